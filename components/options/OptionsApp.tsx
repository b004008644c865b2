/** The options page: export, import, settings and storage. */
import { AidsSettings } from '@/components/aids/AidsSettings';
import { t } from '@/components/ui/i18n';
import { ExportSection } from './ExportSection';
import { ImportSection } from './ImportSection';
import { SettingsSection } from './SettingsSection';
import { StorageSection } from './StorageSection';
import { SyncSection } from './SyncSection';
import type { OptionsServices } from './services';

/** Root of the options page (`data-testid="options"`). */
export function OptionsApp({ services }: { services: OptionsServices }) {
  return (
    <main data-testid="options" class="options">
      <h1>{t('optionsTitle')}</h1>
      <ExportSection services={services} />
      <ImportSection services={services} />
      <SettingsSection services={services} />
      <AidsSettings services={services} />
      <StorageSection services={services} />
      <SyncSection services={services} />
    </main>
  );
}
