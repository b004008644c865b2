import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createDetector, type Detector } from '@/entrypoints/detector/detector';

const ARTICLE = `<html lang="vi"><head><title>Thủ tướng làm việc với tỉnh Quảng Ninh</title>
<meta property="og:type" content="article"></head><body><article><h1>Thủ tướng làm việc với tỉnh Quảng Ninh</h1>
${'<p>Chiều nay, Thủ tướng Chính phủ đã có buổi làm việc với lãnh đạo tỉnh Quảng Ninh về tình hình phát triển kinh tế, xã hội của địa phương trong những tháng đầu năm và các nhiệm vụ trọng tâm thời gian tới.</p>'.repeat(8)}
</article></body></html>`;

let detector: Detector | null = null;
afterEach(() => {
  detector?.stop();
  detector = null;
});

function listen() {
  const sent: { type: string; payload: { url: string; detection: { isVietnameseNews: boolean } } }[] = [];
  vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(async (m: unknown) => {
    sent.push(m as (typeof sent)[number]);
    return { ok: true };
  });
  let handler: ((m: unknown) => unknown) | null = null;
  vi.spyOn(fakeBrowser.runtime.onMessage, 'addListener').mockImplementation((fn: unknown) => {
    handler = fn as (m: unknown) => unknown;
  });
  return { sent, ask: (m: unknown) => handler?.(m) };
}

describe('detector content script', () => {
  it('reports the detection of the page once and answers page.detect and detector.ping', async () => {
    const parsed = new DOMParser().parseFromString(ARTICLE, 'text/html');
    document.documentElement.lang = 'vi';
    document.head.replaceChildren(
      ...Array.from(parsed.head.childNodes).map((n) => document.importNode(n, true)),
    );
    document.body.replaceChildren(
      ...Array.from(parsed.body.childNodes).map((n) => document.importNode(n, true)),
    );
    const { sent, ask } = listen();
    detector = createDetector();
    expect(detector).not.toBeNull();
    detector!.start();
    expect(sent.filter((m) => m.type === 'page.detected')).toHaveLength(1);
    expect(sent[0].payload.url).toBe(location.href);
    const answer = (await ask({ type: 'page.detect' })) as { isVietnameseNews: boolean; reasons: string[] };
    expect(typeof answer.isVietnameseNews).toBe('boolean');
    expect(answer).toEqual(sent[0].payload.detection);
    await expect(ask({ type: 'detector.ping' })).resolves.toEqual({ ok: true });
    expect(ask({ type: 'reader.open' })).toBeUndefined();
  });

  it('does not run twice in one page, and runs again once the first one stopped', () => {
    listen();
    detector = createDetector();
    expect(detector).not.toBeNull();
    expect(createDetector()).toBeNull();
    detector!.stop();
    detector = createDetector();
    expect(detector).not.toBeNull();
  });

  it('re-detects only when the URL changed (SPA navigation)', async () => {
    vi.useFakeTimers();
    try {
      const { sent } = listen();
      detector = createDetector();
      detector!.start();
      detector!.redetect();
      await vi.advanceTimersByTimeAsync(1000);
      expect(sent.filter((m) => m.type === 'page.detected')).toHaveLength(1);
      history.pushState({}, '', '/bai-moi-123.html');
      detector!.redetect();
      await vi.advanceTimersByTimeAsync(1000);
      const reports = sent.filter((m) => m.type === 'page.detected');
      expect(reports).toHaveLength(2);
      expect(reports[1].payload.url).toMatch(/bai-moi-123\.html$/);
    } finally {
      vi.useRealTimers();
    }
  });
});
