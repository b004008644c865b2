import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { MessageError, SANITIZER_TARGET, sendMessage } from '@/components/browser/messaging';
import { createBackgroundSanitizer, textToHtml } from '@/entrypoints/background/sanitize';

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

function answerWith(response: unknown) {
  const seen: unknown[] = [];
  fakeBrowser.runtime.onMessage.addListener((m: unknown, _s: unknown, sendResponse: (r: unknown) => void) => {
    seen.push(m);
    sendResponse(response);
    return true;
  });
  return seen;
}

describe('sendMessage', () => {
  it('sends { type, payload } and returns the typed response', async () => {
    const seen = answerWith({ clipping: null });
    expect(await sendMessage('clip.getByUrl', { url: 'https://a.vn/x' })).toEqual({ clipping: null });
    expect(seen).toEqual([{ type: 'clip.getByUrl', payload: { url: 'https://a.vn/x' } }]);
  });

  it.each([
    [{ error: { code: 'forbidden', message: 'Từ chối / Refused' } }, 'forbidden', undefined],
    [{ error: { code: 'failed', message: 'Bộ nhớ đầy', reason: 'quota' } }, 'failed', 'quota'],
    [undefined, 'failed', undefined],
  ])('throws MessageError for %j', async (response, code, reason) => {
    answerWith(response);
    const err = await sendMessage('clip.delete', { ids: ['a'] }).catch((e) => e);
    expect(err).toBeInstanceOf(MessageError);
    expect(err.code).toBe(code);
    expect(err.reason).toBe(reason);
  });

  it('throws MessageError when nobody listens', async () => {
    const err = await sendMessage('clip.getByUrl', { url: 'https://a.vn/' }).catch((e) => e);
    expect(err).toBeInstanceOf(MessageError);
    expect(err.message).toMatch(/Không liên lạc được/);
  });
});

describe('background sanitiser', () => {
  it('textToHtml escapes and makes paragraphs', () => {
    expect(textToHtml('a <b>\n\n c & d ')).toBe('<p>a &lt;b&gt;</p><p>c &amp; d</p>');
  });

  it('uses sanitizeHtml where there is a DOM', async () => {
    const s = vi.fn(() => '<p>ok</p>');
    expect(await createBackgroundSanitizer(s)('<p>ok</p><img onerror=x>', 'ok')).toBe('<p>ok</p>');
    expect(s).toHaveBeenCalledOnce();
  });

  it('without a DOM (Chrome service worker) asks the offscreen document', async () => {
    vi.stubGlobal('document', undefined);
    const createDocument = vi.fn(async () => {});
    vi.stubGlobal('chrome', { offscreen: { createDocument } });
    const getContexts = vi.fn(async () => []);
    Object.assign(fakeBrowser.runtime, { getContexts });
    const seen = answerWith({ html: '<p>clean</p>' });
    const s = vi.fn(() => 'never');
    expect(await createBackgroundSanitizer(s)('<p>dirty</p><script>x</script>', 'dirty')).toBe(
      '<p>clean</p>',
    );
    expect(s).not.toHaveBeenCalled();
    expect(createDocument).toHaveBeenCalledWith(
      expect.objectContaining({ url: 'sanitizer.html', reasons: ['DOM_PARSER'] }),
    );
    expect(getContexts).toHaveBeenCalledWith({ contextTypes: ['OFFSCREEN_DOCUMENT'] });
    expect(seen).toEqual([{ target: SANITIZER_TARGET, html: '<p>dirty</p><script>x</script>' }]);
  });

  it('without a DOM nor offscreen API, stores escaped text, never the raw HTML', async () => {
    vi.stubGlobal('document', undefined);
    vi.stubGlobal('chrome', undefined);
    expect(await createBackgroundSanitizer(() => 'never')('<img src=x onerror=alert(1)>', 'Chào <bạn>')).toBe(
      '<p>Chào &lt;bạn&gt;</p>',
    );
  });
});
