/**
 * The reader's handover messages: payload validation (reader.open/context/save/close), who may send
 * them, and saves bound to the tab's own URL (a page that replaced its address can neither read
 * nor overwrite another URL's clipping).
 */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { createReaderHandlers } from '@/entrypoints/background/handlers/reader';
import { getClippingByUrl } from '@/lib/clips/clippings';
import { saveClipping } from '@/lib/clips/save';
import { dispatch, type ExtensionIdentity, isErrorResponse, type SenderInfo } from '@/lib/protocol';
import { draft, freshDb, highlight } from '../clips/helpers';

const ME: ExtensionIdentity = { runtimeId: 'ext-id', extensionOrigin: 'chrome-extension://ext-id/' };
const A = 'https://vnexpress.net/bai-a.html';
const B = 'https://vnexpress.net/bai-b.html';

const content = (url: string, tabId = 7): SenderInfo => ({ id: 'ext-id', url, frameId: 0, tab: { id: tabId, url } });
const frame = (tabUrl: string, tabId = 7): SenderInfo => ({
  id: 'ext-id',
  url: 'chrome-extension://ext-id/reader-frame.html',
  frameId: 3,
  tab: { id: tabId, url: tabUrl },
});

const article = (title: string) => ({
  title,
  byline: null,
  siteName: 'VnExpress',
  publishedTime: null,
  lang: 'vi',
  excerpt: null,
  html: '<p>Nội dung bài viết.</p>',
  text: 'Nội dung bài viết.',
  wordCount: 4,
  readingMinutes: 1,
  leadImage: null,
  canonicalUrl: null,
});
const reading = (title = 'Bài A') => ({ article: article(title), text: 'Nội dung bài viết.', entities: [], groups: [] });

function setup(tabUrls: Record<number, string>) {
  const db = freshDb();
  const closed: number[] = [];
  const handlers = createReaderHandlers({
    db,
    me: ME,
    sanitize: (html) => html,
    tabUrl: async (id) => tabUrls[id],
    closeReader: async (id) => {
      closed.push(id);
    },
  });
  const send = (type: string, payload: unknown, sender: SenderInfo) =>
    dispatch(handlers, { type, payload }, sender, ME);
  return { db, closed, send };
}

describe('reader protocol: validation', () => {
  it('accepts a well-formed handover and an extraction error', async () => {
    const { send } = setup({ 7: A });
    expect(await send('reader.open', { reading: reading(), loadedUrl: A }, content(A))).toEqual({ ok: true });
    expect(
      await send('reader.open', { reading: { error: 'Trang quá lớn', code: 'too-large' }, loadedUrl: A }, content(A)),
    ).toEqual({ ok: true });
  });

  it.each([
    ['missing loadedUrl', { reading: reading() }],
    ['relative loadedUrl', { reading: reading(), loadedUrl: '/a.html' }],
    ['unknown error code', { reading: { error: 'x', code: 'boom' }, loadedUrl: A }],
    ['entity outside the text', {
      reading: { ...reading(), entities: [{ type: 'official', text: 'x', start: 5, end: 999, key: 'x' }] },
      loadedUrl: A,
    }],
    ['html too long', { reading: { ...reading(), article: { ...article('A'), html: 'x'.repeat(5_000_001) } }, loadedUrl: A }],
    ['non-numeric word count', { reading: { ...reading(), article: { ...article('A'), wordCount: 'many' } }, loadedUrl: A }],
  ])('refuses reader.open with %s', async (_name, payload) => {
    const { send } = setup({ 7: A });
    const res = await send('reader.open', payload, content(A));
    expect(isErrorResponse(res) && res.error.code).toBe('invalid');
  });

  it('reader.context and reader.close take an empty payload only', async () => {
    const { send } = setup({ 7: A });
    const res = await send('reader.context', { tabId: 9 }, frame(A));
    expect(isErrorResponse(res) && res.error.code).toBe('invalid');
    const close = await send('reader.close', { tabId: 9 }, frame(A));
    expect(isErrorResponse(close) && close.error.code).toBe('invalid');
  });
});

describe('reader protocol: senders', () => {
  it('only a content script in a tab hands over; only the reader frame reads, saves and closes', async () => {
    const { send, closed } = setup({ 7: A });
    const fromFrame = await send('reader.open', { reading: reading(), loadedUrl: A }, frame(A));
    expect(isErrorResponse(fromFrame) && fromFrame.error.code).toBe('forbidden');
    const fromPage = await send('reader.context', {}, content(A));
    expect(isErrorResponse(fromPage) && fromPage.error.code).toBe('forbidden');
    const popup = { id: 'ext-id', url: 'chrome-extension://ext-id/popup.html' };
    const fromPopup = await send('reader.close', {}, popup);
    expect(isErrorResponse(fromPopup) && fromPopup.error.code).toBe('forbidden');
    expect(await send('reader.close', {}, frame(A))).toEqual({ ok: true });
    expect(closed).toEqual([7]);
  });

  it('the frame gets the handover of its own tab only', async () => {
    const { send } = setup({ 7: A, 8: B });
    await send('reader.open', { reading: reading('Bài A'), loadedUrl: A }, content(A, 7));
    const other = await send('reader.context', {}, frame(B, 8));
    expect(isErrorResponse(other)).toBe(true);
    const own = (await send('reader.context', {}, frame(A, 7))) as { url: string; reading: { article: { title: string } } };
    expect(own.url).toBe(A);
    expect(own.reading.article.title).toBe('Bài A');
  });
});

describe('reader protocol: saves bound to the tab URL', () => {
  it('saves under the tab URL, whatever URL the draft names', async () => {
    const { db, send } = setup({ 7: A });
    await send('reader.open', { reading: reading(), loadedUrl: A }, content(A));
    const res = (await send('reader.save', { url: A, draft: draft({ url: B, title: 'Bài A' }) }, frame(A))) as {
      clipping: { url: string };
    };
    expect(res.clipping.url).toBe(A);
    expect(await getClippingByUrl(db, B)).toBeNull();
  });

  it('a page that replaceState-d to another article URL neither reads nor overwrites its clipping', async () => {
    const { db, send } = setup({ 7: B });
    await saveClipping(db, draft({ url: B, title: 'Bài B', highlights: [highlight('h1', 'Nội dung', 0, 'ghi chú riêng')] }));
    // Loaded as A, then history.replaceState(…, B): the tab URL is now B.
    await send('reader.open', { reading: reading('Bài A'), loadedUrl: A }, content(B));
    const ctx = (await send('reader.context', {}, frame(B))) as { moved: boolean; existing: unknown };
    expect(ctx.moved).toBe(true);
    expect(ctx.existing).toBeNull();
    const saved = await send('reader.save', { url: B, draft: draft({ url: B, title: 'Bài A' }) }, frame(B));
    expect(isErrorResponse(saved) && saved.error.code).toBe('forbidden');
    const b = await getClippingByUrl(db, B);
    expect(b?.title).toBe('Bài B');
    expect(b?.highlights[0].note).toBe('ghi chú riêng');
  });

  it('refuses when the tab moved after the frame got its context', async () => {
    const urls: Record<number, string> = { 7: A };
    const { send } = setup(urls);
    await send('reader.open', { reading: reading(), loadedUrl: A }, content(A));
    await send('reader.context', {}, frame(A));
    urls[7] = B;
    const saved = await send('reader.save', { url: A, draft: draft({ url: A }) }, frame(B));
    expect(isErrorResponse(saved) && saved.error.code).toBe('forbidden');
  });
});
