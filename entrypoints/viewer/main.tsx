/** Clip viewer page: `viewer.html?id=<clippingId>` renders one saved clipping from the local database. */
import { render } from 'preact';
import { loadSettings, watchSettings } from '@/components/browser/settings';
import { initI18n, uiLang } from '@/components/ui/i18n';
import { ViewerApp } from '@/components/viewer/ViewerApp';
import { openDb } from '@/lib/clips/db';
import './style.css';

async function main() {
  const root = document.getElementById('app')!;
  const id = new URLSearchParams(location.search).get('id')?.trim() ?? '';
  const db = openDb();
  const settings = await loadSettings().catch(() => null);
  let lang = settings?.uiLanguage ?? 'auto';
  await initI18n(lang);
  const show = () =>
    render(<ViewerApp key={uiLang()} db={db} id={id} locale={uiLang()} aids={settings ?? undefined} />, root);
  show();
  watchSettings(async (s) => {
    if (s.uiLanguage === lang) return;
    lang = s.uiLanguage;
    await initI18n(lang);
    show();
  });
}

void main();
