import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { initI18n, t, uiLang } from '@/components/ui/i18n';
import { installI18n, loadMessages } from './helpers';

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('t() and the uiLanguage setting', () => {
  it.each([
    { served: 'vi', choice: 'auto', lang: 'vi', save: 'Lưu', fetches: 0 },
    { served: 'vi', choice: 'vi', lang: 'vi', save: 'Lưu', fetches: 0 },
    { served: 'vi', choice: 'en', lang: 'en', save: 'Save', fetches: 1 },
    { served: 'en', choice: 'auto', lang: 'en', save: 'Save', fetches: 0 },
    { served: 'en', choice: 'vi', lang: 'vi', save: 'Lưu', fetches: 1 },
  ] as const)(
    'browser serves $served, setting $choice → $lang',
    async ({ served, choice, lang, save, fetches }) => {
      installI18n(served);
      const other = served === 'vi' ? 'en' : 'vi';
      const otherMessages = loadMessages(other);
      const fetchMock = vi.fn(async (url: string) => {
        expect(url).toContain(`/_locales/${other}/messages.json`);
        return new Response(JSON.stringify(otherMessages));
      });
      vi.stubGlobal('fetch', fetchMock);
      (fakeBrowser.runtime as unknown as { getURL: (p: string) => string }).getURL = (p) =>
        `chrome-extension://test${p}`;
      await initI18n(choice);
      expect(uiLang()).toBe(lang);
      expect(t('popupSave')).toBe(save);
      expect(fetchMock).toHaveBeenCalledTimes(fetches);
      expect(document.documentElement.lang).toBe(lang);
    },
  );

  it.each([
    { key: 'uiDeleted', subs: 3, vi: 'Đã xoá 3 bài.' },
    { key: 'libPageOf', subs: [2, 9], vi: 'Trang 2 / 9' },
    { key: 'no-such-key', subs: undefined, vi: 'no-such-key' },
  ])('substitutes $key', async ({ key, subs, vi: expected }) => {
    installI18n('vi');
    await initI18n('auto');
    expect(t(key, subs)).toBe(expected);
  });

  it('falls back to the browser language when the locale file cannot be fetched', async () => {
    installI18n('vi');
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => {
        throw new Error('offline');
      }),
    );
    (fakeBrowser.runtime as unknown as { getURL: (p: string) => string }).getURL = (p) => p;
    await initI18n('en');
    expect(uiLang()).toBe('vi');
    expect(t('popupSave')).toBe('Lưu');
  });
});
