import { describe, expect, it } from 'vitest';
import { formatDate, siteOf } from '@/components/reader/format';
import { stepPref } from '@/components/reader/SettingsBar';

describe('reader formatting', () => {
  const dates: [string | null, RegExp | string][] = [
    [null, ''],
    ['not a date', ''],
    ['2024-08-12', '12/8/2024'],
    ['2024-08-12T10:30:00+07:00', '12/8/2024 10:30'],
    ['2024-08-12T23:30:00-05:00', '12/8/2024 23:30'],
    // UTC without an article offset: shown in Việt Nam's time zone.
    ['2024-08-12T20:05:00Z', '13/8/2024 03:05'],
  ];
  for (const [iso, expected] of dates) {
    it(`formatDate(${iso})`, () => {
      const out = formatDate(iso, 'vi-VN');
      if (typeof expected === 'string') expect(out).toBe(expected);
      else expect(out).toMatch(expected);
    });
  }

  const sites: [string, string][] = [
    ['https://www.vnexpress.net/a.html', 'vnexpress.net'],
    ['https://tuoitre.vn/x', 'tuoitre.vn'],
    ['nope', ''],
  ];
  for (const [url, host] of sites) {
    it(`siteOf(${url})`, () => expect(siteOf(url)).toBe(host));
  }

  // [value, delta, lo, hi, expected]
  const steps: [number, number, number, number, number][] = [
    [19, 1, 14, 28, 20],
    [28, 1, 14, 28, 28],
    [14, -1, 14, 28, 14],
    [68, -5, 45, 90, 63],
    [88, 5, 45, 90, 90],
  ];
  for (const [value, delta, lo, hi, expected] of steps) {
    it(`stepPref(${value}, ${delta}) in ${lo}..${hi}`, () =>
      expect(stepPref(value, delta, lo, hi)).toBe(expected));
  }
});
