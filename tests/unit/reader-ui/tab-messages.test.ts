import { describe, expect, it, vi } from 'vitest';
import { createTabMessageHandler, type ReaderActions } from '@/components/reader/tab-messages';

function actions(open = false) {
  const state = { open };
  const a: ReaderActions & { calls: string[] } = {
    calls: [],
    isOpen: () => state.open,
    open: vi.fn(() => {
      a.calls.push('open');
      state.open = true;
    }),
    close: vi.fn(() => {
      a.calls.push('close');
      state.open = false;
    }),
    extractDraft: vi.fn(async () => {
      a.calls.push('extractDraft');
      return { draft: { title: 'T' } };
    }),
    saveSelection: vi.fn(async (text?: string) => {
      a.calls.push(`saveSelection:${text ?? ''}`);
      return { clipping: { id: 'c1' }, alreadySaved: false };
    }),
  };
  return a;
}

describe('reader tab messages', () => {
  const cases: { name: string; open: boolean; message: unknown; response: unknown; calls: string[] }[] = [
    {
      name: 'ping when closed',
      open: false,
      message: { type: 'reader.ping' },
      response: { ok: true, open: false },
      calls: [],
    },
    {
      name: 'ping when open',
      open: true,
      message: { type: 'reader.ping' },
      response: { ok: true, open: true },
      calls: [],
    },
    {
      name: 'open',
      open: false,
      message: { type: 'reader.open' },
      response: { ok: true, open: true },
      calls: ['open'],
    },
    {
      name: 'close',
      open: true,
      message: { type: 'reader.close' },
      response: { ok: true, open: false },
      calls: ['close'],
    },
    {
      name: 'toggle opens',
      open: false,
      message: { type: 'reader.toggle' },
      response: { ok: true, open: true },
      calls: ['open'],
    },
    {
      name: 'toggle closes',
      open: true,
      message: { type: 'reader.toggle' },
      response: { ok: true, open: false },
      calls: ['close'],
    },
    {
      name: 'extract draft',
      open: false,
      message: { type: 'page.extractDraft' },
      response: { draft: { title: 'T' } },
      calls: ['extractDraft'],
    },
    {
      name: 'save selection with menu text',
      open: false,
      message: { type: 'selection.save', selectionText: 'Hà Nội' },
      response: { clipping: { id: 'c1' }, alreadySaved: false },
      calls: ['saveSelection:Hà Nội'],
    },
  ];
  for (const c of cases) {
    it(c.name, async () => {
      const a = actions(c.open);
      const handler = createTabMessageHandler(a);
      await expect(handler(c.message)).resolves.toEqual(c.response);
      expect(a.calls).toEqual(c.calls);
    });
  }

  const ignored: { name: string; message: unknown }[] = [
    { name: 'detector message', message: { type: 'page.detect' } },
    { name: 'protocol message', message: { type: 'clip.save', payload: {} } },
    { name: 'no type', message: { hello: 1 } },
    { name: 'null', message: null },
    { name: 'string', message: 'reader.open' },
  ];
  for (const c of ignored) {
    it(`leaves ${c.name} to other listeners`, () => {
      const a = actions();
      expect(createTabMessageHandler(a)(c.message)).toBeUndefined();
      expect(a.calls).toEqual([]);
    });
  }

  it('answers { error } when an action fails', async () => {
    const a = actions();
    a.saveSelection = async () => {
      throw new Error('Chưa chọn đoạn nào để lưu.');
    };
    await expect(createTabMessageHandler(a)({ type: 'selection.save' })).resolves.toEqual({
      error: 'Chưa chọn đoạn nào để lưu.',
    });
  });
});
