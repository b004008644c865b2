import { render } from 'preact';
import { messageActions } from '@/components/library/actions';
import { Library } from '@/components/library/Library';
import { loadSettings, watchSettings } from '@/components/browser/settings';
import { initI18n, t } from '@/components/ui/i18n';
import { openDb } from '@/lib/clips/db';
import '@/components/ui/theme.css';
import './library.css';

async function main() {
  const root = document.getElementById('app')!;
  const settings = await loadSettings();
  await initI18n(settings.uiLanguage);
  document.title = t('libPageTitle');
  const db = openDb();
  const actions = messageActions();
  const params = new URLSearchParams(window.location.search);
  const initialFilters = { entityKey: params.get('entity') ?? '', query: params.get('q') ?? '' };
  render(<Library db={db} actions={actions} initialFilters={initialFilters} />, root);
  let lang = settings.uiLanguage;
  watchSettings(async (s) => {
    if (s.uiLanguage === lang) return;
    lang = s.uiLanguage;
    await initI18n(lang);
    document.title = t('libPageTitle');
    render(<Library key={lang} db={db} actions={actions} initialFilters={initialFilters} />, root);
  });
}

void main();
