import { describe, expect, it, vi } from 'vitest';
import {
  defineHandlers,
  dispatch,
  type ExtensionIdentity,
  isExtensionPage,
  ProtocolError,
  type SenderInfo,
} from '@/lib/protocol';
import type { Detection } from '@/lib/types';
import { draft } from '../clips/helpers';

const ME: ExtensionIdentity = { runtimeId: 'ext-id', extensionOrigin: 'chrome-extension://ext-id/' };
const POPUP: SenderInfo = { id: 'ext-id', url: 'chrome-extension://ext-id/popup.html' };
const LIBRARY_TAB: SenderInfo = {
  id: 'ext-id',
  url: 'chrome-extension://ext-id/library.html',
  frameId: 0,
  tab: { id: 5, url: 'chrome-extension://ext-id/library.html' },
};
const CONTENT: SenderInfo = {
  id: 'ext-id',
  url: 'https://vnexpress.net/bai.html',
  frameId: 0,
  tab: { id: 7, url: 'https://vnexpress.net/bai.html' },
};
const FOREIGN: SenderInfo = { id: 'other-extension', url: 'chrome-extension://other-extension/x.html' };

const detection: Detection = {
  isVietnamese: true,
  isNewsArticle: true,
  isVietnameseNews: true,
  score: 0.9,
  reasons: ['html lang=vi'],
};

function table() {
  return defineHandlers({
    'page.detected': vi.fn(async () => ({ ok: true as const })),
    'clip.getByUrl': vi.fn(async () => ({ clipping: null })),
    'clip.save': vi.fn(async () => {
      throw Object.assign(new Error('Bộ nhớ của trình duyệt đã đầy'), { code: 'quota' });
    }),
    'clip.delete': vi.fn(async () => ({ deleted: [] })),
    'clip.update': vi.fn(async () => {
      throw new ProtocolError('forbidden', 'không phải trang này');
    }),
  });
}

describe('isExtensionPage', () => {
  it.each([
    ['popup (no tab)', POPUP, true],
    ['extension page in its own tab', LIBRARY_TAB, true],
    ['extension page in a tab, url hidden, top frame', { ...LIBRARY_TAB, tab: { id: 5 } }, true],
    [
      'extension frame inside a web page tab',
      { ...LIBRARY_TAB, frameId: 3, tab: { id: 7, url: 'https://x.vn/' } },
      false,
    ],
    [
      'extension frame in a tab, url hidden, sub-frame',
      { ...LIBRARY_TAB, frameId: 3, tab: { id: 7 } },
      false,
    ],
    ['content script', CONTENT, false],
    ['foreign extension', FOREIGN, false],
    ['no id', { url: 'chrome-extension://ext-id/popup.html' }, false],
    ['look-alike origin', { id: 'ext-id', url: 'chrome-extension://ext-id.evil/popup.html' }, false],
  ] as [string, SenderInfo, boolean][])('%s', (_l, sender, expected) => {
    expect(isExtensionPage(sender, ME)).toBe(expected);
  });
});

describe('dispatch', () => {
  it('routes a valid message to its handler with the parsed payload', async () => {
    const h = table();
    const res = await dispatch(
      h,
      { type: 'page.detected', payload: { detection, url: 'https://vnexpress.net/a', junk: 1 } },
      CONTENT,
      ME,
    );
    expect(res).toEqual({ ok: true });
    expect(h['page.detected']).toHaveBeenCalledWith(
      { detection, url: 'https://vnexpress.net/a' },
      { sender: CONTENT, privileged: false },
    );
  });

  const refusals: [string, unknown, SenderInfo, string, RegExp][] = [
    [
      'foreign sender id',
      { type: 'clip.getByUrl', payload: { url: 'https://a.vn/' } },
      FOREIGN,
      'forbidden',
      /không đến từ tiện ích/,
    ],
    [
      'sender without id',
      { type: 'clip.getByUrl', payload: { url: 'https://a.vn/' } },
      {},
      'forbidden',
      /not this extension/,
    ],
    [
      'content script asks clip.delete',
      { type: 'clip.delete', payload: { ids: ['x'] } },
      CONTENT,
      'forbidden',
      /only allowed from extension pages/,
    ],
    [
      'extension frame in a web tab asks clip.delete',
      { type: 'clip.delete', payload: { ids: ['x'] } },
      { ...LIBRARY_TAB, frameId: 2, tab: { id: 7, url: 'https://x.vn/' } },
      'forbidden',
      /chỉ trang của tiện ích/,
    ],
    [
      'content script asks clip.restore',
      { type: 'clip.restore', payload: { ids: ['x'] } },
      CONTENT,
      'forbidden',
      /clip\.restore/,
    ],
    ['unknown type', { type: 'clip.nuke', payload: {} }, POPUP, 'unknown-message', /Unknown message type/],
    ['prototype key as type', { type: 'constructor', payload: {} }, POPUP, 'unknown-message', /Unknown/],
    [
      'known type without handler',
      { type: 'clip.restore', payload: { ids: ['x'] } },
      POPUP,
      'unknown-message',
      /Unknown/,
    ],
    ['not an object', 'clip.save', POPUP, 'invalid', /missing "type"/],
    ['null', null, POPUP, 'invalid', /missing "type"/],
    ['missing payload', { type: 'clip.getByUrl' }, POPUP, 'invalid', /Invalid payload for "clip.getByUrl"/],
    [
      'relative url',
      { type: 'clip.getByUrl', payload: { url: '/a' } },
      POPUP,
      'invalid',
      /url: not an absolute URL/,
    ],
    ['empty ids', { type: 'clip.delete', payload: { ids: [] } }, POPUP, 'invalid', /ids/],
    ['ids not strings', { type: 'clip.delete', payload: { ids: [1] } }, POPUP, 'invalid', /ids\.0/],
    [
      'detection score out of range',
      { type: 'page.detected', payload: { detection: { ...detection, score: 3 }, url: 'https://a.vn/' } },
      CONTENT,
      'invalid',
      /detection\.score/,
    ],
    [
      'draft with a bad kind',
      { type: 'clip.save', payload: { draft: { ...draft(), kind: 'page' } } },
      CONTENT,
      'invalid',
      /draft\.kind/,
    ],
    [
      'draft with a bad highlight color',
      {
        type: 'clip.save',
        payload: {
          draft: {
            ...draft(),
            highlights: [
              {
                id: 'h',
                color: 'red',
                quote: 'q',
                selectors: [],
                note: '',
                createdAt: '2026-01-01T00:00:00Z',
              },
            ],
          },
        },
      },
      CONTENT,
      'invalid',
      /draft\.highlights\.0\.color/,
    ],
    [
      'draft too large',
      { type: 'clip.save', payload: { draft: { ...draft(), html: 'x'.repeat(5_000_001) } } },
      CONTENT,
      'invalid',
      /draft\.html/,
    ],
  ];
  it.each(refusals)('refuses %s', async (_label, message, sender, code, pattern) => {
    const h = table();
    const res = await dispatch(h, message, sender, ME);
    expect(res).toMatchObject({ error: { code } });
    expect((res as { error: { message: string } }).error.message).toMatch(pattern);
    for (const fn of Object.values(h)) expect(fn).not.toHaveBeenCalled();
  });

  it('lets an extension page send privileged messages', async () => {
    const h = table();
    expect(await dispatch(h, { type: 'clip.delete', payload: { ids: ['a'] } }, LIBRARY_TAB, ME)).toEqual({
      deleted: [],
    });
    expect(h['clip.delete']).toHaveBeenCalledWith({ ids: ['a'] }, { sender: LIBRARY_TAB, privileged: true });
  });

  it('turns a handler failure into a "failed" error with its reason', async () => {
    const res = await dispatch(table(), { type: 'clip.save', payload: { draft: draft() } }, CONTENT, ME);
    expect(res).toEqual({
      error: {
        code: 'failed',
        message: 'Bộ nhớ của trình duyệt đã đầy / The operation failed.',
        reason: 'quota',
      },
    });
  });

  it("passes a handler's own ProtocolError through", async () => {
    const res = await dispatch(
      table(),
      { type: 'clip.update', payload: { id: 'x', patch: { note: 'n' } } },
      CONTENT,
      ME,
    );
    expect(res).toEqual({ error: { code: 'forbidden', message: 'không phải trang này' } });
  });
});
