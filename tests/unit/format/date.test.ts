import { describe, expect, it } from 'vitest';
import { displayDate, isoDay, wallClock } from '@/lib/format/date';

describe('one date formatter', () => {
  it.each([
    // an article's own offset wins over the reader's zone
    ['2026-03-06T23:30:00+07:00', 'UTC', '2026-03-06'],
    // a UTC instant is a Hà Nội day by default
    ['2026-03-06T23:30:00Z', undefined, '2026-03-07'],
    ['2026-03-06T23:30:00.000Z', 'Europe/Paris', '2026-03-07'],
    ['2026-03-06T12:00:00Z', 'America/New_York', '2026-03-06'],
    ['2026-03-07', 'America/Los_Angeles', '2026-03-07'],
    ['2026-02-30', undefined, ''],
    ['không phải ngày', undefined, ''],
    ['', undefined, ''],
  ])('isoDay(%s, %s) = %s', (value, zone, want) => {
    expect(isoDay(value, zone)).toBe(want);
  });

  it('dates a moment saved at 06:15 in Hà Nội on that day, not the UTC day before', () => {
    const saved = Date.parse('2026-03-06T23:15:00Z'); // 06:15 on 7 March in Hà Nội
    expect(isoDay(saved)).toBe('2026-03-07');
    expect(isoDay(new Date(saved))).toBe('2026-03-07');
  });

  it('shows one form per language, with the time only when the value has one', () => {
    expect(displayDate('2026-03-07T14:05:00+07:00', 'vi')).toBe('7/3/2026 14:05');
    expect(displayDate('2026-03-07T14:05:00+07:00', 'en')).toBe('7 Mar 2026, 14:05');
    expect(displayDate('2026-03-07', 'vi')).toBe('7/3/2026');
    expect(displayDate('2026-03-07T14:05:00+07:00', 'vi', { time: false })).toBe('7/3/2026');
    expect(displayDate(null, 'vi')).toBe('');
  });

  it('falls back to Việt Nam time for an unknown zone', () => {
    expect(wallClock('2026-03-06T23:30:00Z', 'Not/AZone')?.day).toBe(7);
  });
});
