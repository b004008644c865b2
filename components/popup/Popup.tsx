/** The toolbar popup: the current page's status and actions, and the newest clippings. */
import { t } from '@/components/ui/i18n';
import { ClipList } from './ClipList';
import { PageStatus } from './PageStatus';
import type { PopupServices } from './types';

export interface PopupProps {
  services: PopupServices;
  debounceMs?: number;
}

/** Root of the popup (`data-testid="popup"`). */
export function Popup({ services, debounceMs }: PopupProps) {
  const open = (path: string) => (e: Event) => {
    e.preventDefault();
    void services.openTab(path);
  };
  return (
    <main data-testid="popup" class="popup">
      <header>
        <h1>{t('popupTitle')}</h1>
      </header>
      <PageStatus services={services} />
      <ClipList services={services} debounceMs={debounceMs} />
      <nav class="links" aria-label={t('popupLinks')}>
        <a href="/library.html" data-testid="open-library" onClick={open('/library.html')}>
          {t('popupOpenLibrary')}
        </a>
        <a href="/options.html" data-testid="open-options" onClick={open('/options.html')}>
          {t('popupOpenOptions')}
        </a>
      </nav>
    </main>
  );
}
