import { render } from 'preact';
import { OptionsApp } from '@/components/options/OptionsApp';
import { createOptionsServices } from '@/components/options/services';
import { loadSettings, watchSettings } from '@/components/browser/settings';
import { initI18n } from '@/components/ui/i18n';
import '@/components/ui/theme.css';
import './options.css';

async function main() {
  const root = document.getElementById('app')!;
  const services = createOptionsServices(window.location);
  const settings = await loadSettings();
  await initI18n(settings.uiLanguage);
  document.title = browser.i18n.getMessage('optionsTitle') || document.title;
  render(<OptionsApp services={services} />, root);
  let lang = settings.uiLanguage;
  watchSettings(async (s) => {
    if (s.uiLanguage === lang) return;
    lang = s.uiLanguage;
    await initI18n(lang);
    render(<OptionsApp key={lang} services={services} />, root);
  });
}

void main();
