import { describe, expect, it } from 'vitest';
import { normalizeIsoDate, parseAnyDate, parseVietnameseDate } from '../../../lib/reader/dates';

describe('parseVietnameseDate', () => {
  const cases: [string, string | null][] = [
    ['Thứ hai, 12/8/2024, 10:30 (GMT+7)', '2024-08-12T10:30:00+07:00'],
    ['13/11/2025 07:49', '2025-11-13T07:49:00+07:00'],
    ['23/12/2012 14:02', '2012-12-23T14:02:00+07:00'],
    ['Thứ Ba, 25/12/2012 - 10:03', '2012-12-25T10:03:00+07:00'],
    ['21/12/2012 - 08:04', '2012-12-21T08:04:00+07:00'],
    ['05/03/2014 | 00:01', '2014-03-05T00:01:00+07:00'],
    ['08:36 ngày 14/03/2016', '2016-03-14T08:36:00+07:00'],
    ['Cập nhật thứ hai, ngày 24/12/12 11:05 tối', '2012-12-24T23:05:00+07:00'],
    ['Thứ năm, 20/12/2012, 16:10 GMT+7', '2012-12-20T16:10:00+07:00'],
    ['Thứ Sáu, 28/03/2014', '2014-03-28'],
    ['19.12.2012 17:41', '2012-12-19T17:41:00+07:00'],
    ['10h30 ngày 1/9/2025', '2025-09-01T10:30:00+07:00'],
    ['31/02/2020 10:00', null],
    ['Không có ngày', null],
  ];
  it.each(cases)('%s → %s', (input, iso) => {
    expect(parseVietnameseDate(input)).toBe(iso);
  });
});

describe('normalizeIsoDate / parseAnyDate', () => {
  const cases: [string, string | null][] = [
    ['2026-03-01T09:51:00+07:00', '2026-03-01T09:51:00+07:00'],
    ['2012-12-23T14:02+07:00', '2012-12-23T14:02:00+07:00'],
    ['2026-03-07T00:01:00', '2026-03-07T00:01:00'],
    ['2026-03-01T02:51:00.000Z', '2026-03-01T02:51:00Z'],
    ['2014-03-28', '2014-03-28'],
    ['2025-11-20T08:00:00+0700', '2025-11-20T08:00:00+07:00'],
    ['not a date', null],
  ];
  it.each(cases)('%s → %s', (input, iso) => {
    expect(parseAnyDate(input)).toBe(iso);
  });
  it('rejects impossible ISO dates', () => {
    expect(normalizeIsoDate('2025-02-30T10:00:00Z')).toBeNull();
  });
});
