import { describe, expect, it } from 'vitest';
import { canonicalizeUrl, isTrackingParam } from '@/lib/clips/url';

describe('canonicalizeUrl', () => {
  const cases: [string, string][] = [
    ['https://VNEXPRESS.net/Bai-Viet.html', 'https://vnexpress.net/Bai-Viet.html'],
    ['https://example.vn/a/b/#comments', 'https://example.vn/a/b'],
    ['https://example.vn/a?utm_source=fb&utm_medium=x&id=5', 'https://example.vn/a?id=5'],
    ['https://example.vn/a?fbclid=abc&gclid=def', 'https://example.vn/a'],
    ['https://example.vn/pages/seed-000.html?n=7', 'https://example.vn/pages/seed-000.html?n=7'],
    ['https://example.vn/', 'https://example.vn/'],
    ['https://example.vn', 'https://example.vn/'],
    ['https://example.vn:443/x', 'https://example.vn/x'],
    ['http://127.0.0.1:41234/p.html?b=2&a=1#h', 'http://127.0.0.1:41234/p.html?b=2&a=1'],
    ['  https://example.vn/x//  ', 'https://example.vn/x'],
    ['not a url', 'not a url'],
  ];
  it.each(cases)('%s → %s', (input, expected) => {
    expect(canonicalizeUrl(input)).toBe(expected);
  });

  it.each([
    ['utm_campaign', true],
    ['UTM_Source', true],
    ['fbclid', true],
    ['gclid', true],
    ['id', false],
    ['n', false],
  ] as const)('isTrackingParam(%s) = %s', (name, expected) => {
    expect(isTrackingParam(name)).toBe(expected);
  });
});
