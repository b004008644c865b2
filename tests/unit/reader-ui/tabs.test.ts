import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  autoOpenReader,
  DETECTOR_SCRIPT,
  detectTab,
  ensureReader,
  isTabMessage,
  READER_SCRIPT,
} from '@/components/browser/tabs';
import type { Detection } from '@/lib/types';

const DETECTION: Detection = {
  isVietnamese: true,
  isNewsArticle: true,
  isVietnameseNews: true,
  score: 0.9,
  reasons: ['html lang=vi'],
};

/** Fakes tabs.sendMessage with `answer(message)` (throw = no receiver) and records executeScript. */
function fakeTab(answer: (message: { type: string }, injected: string[]) => unknown) {
  const injected: string[] = [];
  const sent: string[] = [];
  (fakeBrowser.tabs as unknown as { sendMessage: unknown }).sendMessage = vi.fn(
    async (_tabId: number, message: { type: string }) => {
      sent.push(message.type);
      return answer(message, injected);
    },
  );
  (fakeBrowser as unknown as { scripting: unknown }).scripting = {
    executeScript: vi.fn(async (opts: { target: { tabId: number }; files: string[] }) => {
      injected.push(...opts.files);
      return [];
    }),
  };
  return { injected, sent };
}

const noReceiver = () => {
  throw new Error('Could not establish connection. Receiving end does not exist.');
};

describe('components/tabs', () => {
  const ensureCases = [
    {
      name: 'injects the reader when nobody answers the ping',
      present: false,
      injected: [READER_SCRIPT],
      result: true,
    },
    { name: 'does not inject twice when the reader answers', present: true, injected: [], result: false },
  ];
  for (const c of ensureCases) {
    it(c.name, async () => {
      const tab = fakeTab((m) =>
        c.present && m.type === 'reader.ping' ? { ok: true, open: false } : noReceiver(),
      );
      await expect(ensureReader(7)).resolves.toBe(c.result);
      expect(tab.injected).toEqual(c.injected);
      expect(tab.sent).toEqual(['reader.ping']);
    });
  }

  it('detectTab asks the detector already in the page', async () => {
    const tab = fakeTab((m) => (m.type === 'page.detect' ? DETECTION : noReceiver()));
    await expect(detectTab(3)).resolves.toEqual(DETECTION);
    expect(tab.injected).toEqual([]);
  });

  it('detectTab injects the detector on other sites, then asks again', async () => {
    const tab = fakeTab((m, injected) =>
      m.type === 'page.detect' && injected.length > 0 ? DETECTION : noReceiver(),
    );
    await expect(detectTab(3)).resolves.toEqual(DETECTION);
    expect(tab.injected).toEqual([DETECTOR_SCRIPT]);
    expect(tab.sent).toEqual(['page.detect', 'page.detect']);
  });

  it('detectTab rejects when the detector answers nonsense', async () => {
    fakeTab(() => ({ nope: true }));
    await expect(detectTab(3)).rejects.toThrow(/Detection/);
  });

  const autoCases = [
    { name: 'setting off', auto: false, news: true, opened: false },
    { name: 'not Vietnamese news', auto: true, news: false, opened: false },
    { name: 'setting on and Vietnamese news', auto: true, news: true, opened: true },
  ];
  for (const c of autoCases) {
    it(`autoOpenReader: ${c.name}`, async () => {
      const tab = fakeTab((m) => (m.type === 'reader.open' ? { ok: true, open: true } : noReceiver()));
      const result = await autoOpenReader(5, { ...DETECTION, isVietnameseNews: c.news }, c.auto);
      expect(result).toBe(c.opened);
      expect(tab.sent.includes('reader.open')).toBe(c.opened);
    });
  }

  const messageCases: [unknown, boolean][] = [
    [{ type: 'reader.open' }, true],
    [{ type: 'page.extractDraft' }, true],
    [{ type: 'selection.save', selectionText: 'x' }, true],
    [{ type: 'clip.save' }, false],
    [{ type: 42 }, false],
    [undefined, false],
  ];
  for (const [message, ok] of messageCases) {
    it(`isTabMessage(${JSON.stringify(message)}) is ${ok}`, () => {
      expect(isTabMessage(message)).toBe(ok);
    });
  }
});
