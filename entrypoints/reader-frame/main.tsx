/**
 * The reader page, shown inside the reader's top-layer host over a web page: it asks the
 * background for the article its tab's content script handed over, reads the user's settings
 * through the settings accessor, and saves through the background (which binds the save to the
 * tab's own URL). Nothing of the user's ever enters the web page's document.
 */
import { render } from 'preact';
import { sendMessage } from '@/components/browser/messaging';
import { Reader, type ReaderData } from '@/components/reader/Reader';
import { loadSettings, saveSettings, watchSettings } from '@/components/browser/settings';
import { initI18n, uiLang } from '@/components/ui/i18n';
import { DEFAULT_SETTINGS } from '@/lib/settings';
import './style.css';

async function main() {
  const root = document.getElementById('app') as HTMLElement;
  const close = () => {
    void sendMessage('reader.close', {}).catch(() => undefined);
  };
  const settings = await loadSettings().catch(() => DEFAULT_SETTINGS);
  let lang = settings.uiLanguage;
  await initI18n(lang);
  let data: ReaderData | null = null;
  let failure: string | null = null;
  const show = () =>
    render(
      <Reader
        key={uiLang()}
        data={data}
        failure={failure}
        onClose={close}
        save={(draft) => sendMessage('reader.save', { url: data?.url ?? draft.url, draft })}
        saveSettings={(patch) => {
          void saveSettings(patch).catch((err) => console.warn('[bao-gon] settings', err));
        }}
      />,
      root,
    );
  show();
  try {
    const ctx = await sendMessage('reader.context', {});
    data = { url: ctx.url, reading: ctx.reading, existing: ctx.existing, moved: ctx.moved, settings };
  } catch (err) {
    failure = err instanceof Error ? err.message : String(err);
  }
  show();
  watchSettings(async (s) => {
    if (s.uiLanguage === lang) return;
    lang = s.uiLanguage;
    await initI18n(lang);
    show();
  });
}

void main();
