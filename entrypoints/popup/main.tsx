import { render } from 'preact';
import { Popup } from '@/components/popup/Popup';
import { createPopupServices } from '@/components/popup/services';
import { initI18n } from '@/components/ui/i18n';
import { loadSettings, watchSettings } from '@/components/browser/settings';
import '@/components/ui/theme.css';
import './popup.css';

async function main() {
  const root = document.getElementById('app')!;
  const [settings, services] = await Promise.all([loadSettings(), createPopupServices(window.location)]);
  await initI18n(settings.uiLanguage);
  render(<Popup services={services} />, root);
  let lang = settings.uiLanguage;
  watchSettings(async (s) => {
    if (s.uiLanguage === lang) return;
    lang = s.uiLanguage;
    await initI18n(lang);
    render(<Popup key={lang} services={services} />, root);
  });
}

void main();
