/**
 * The one date formatter of the product. Every screen and every export formats dates through here:
 * - an article's own date is shown in its own UTC offset when the value states one (a page that says
 *   "+07:00" is shown on that day), otherwise in the reader's time zone;
 * - moments of the user's (saved, accessed, exported) are shown in the user's time zone;
 * - the time zone defaults to Việt Nam's.
 */

export const DEFAULT_TIME_ZONE = 'Asia/Ho_Chi_Minh';

export type DateLang = 'vi' | 'en';

/** Calendar fields of a moment as a wall clock shows them. */
export interface WallClock {
  year: number;
  month: number; // 1–12
  day: number;
  /** null when the value was a date without a time. */
  hour: number | null;
  minute: number | null;
}

const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;
const OFFSET = /(?:T|\s)\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?([+-])(\d{2}):?(\d{2})$/;

const partsFormatters = new Map<string, Intl.DateTimeFormat>();
function partsFormatter(timeZone: string): Intl.DateTimeFormat {
  let f = partsFormatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      hourCycle: 'h23',
    });
    partsFormatters.set(timeZone, f);
  }
  return f;
}

function validZone(timeZone: string | undefined): string {
  if (!timeZone) return DEFAULT_TIME_ZONE;
  try {
    partsFormatter(timeZone);
    return timeZone;
  } catch {
    return DEFAULT_TIME_ZONE;
  }
}

/**
 * The wall clock of a value (ISO string, epoch milliseconds or Date); null when it is not a date.
 * A string with its own offset keeps that offset; anything else is read in `timeZone`.
 */
export function wallClock(
  value: string | number | Date | null | undefined,
  timeZone?: string,
): WallClock | null {
  if (value === null || value === undefined || value === '') return null;
  if (typeof value === 'string') {
    const s = value.trim();
    const dateOnly = DATE_ONLY.exec(s);
    if (dateOnly) {
      const [, y, m, d] = dateOnly;
      const check = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
      if (check.getUTCDate() !== Number(d)) return null;
      return { year: Number(y), month: Number(m), day: Number(d), hour: null, minute: null };
    }
    const ms = Date.parse(s);
    if (Number.isNaN(ms)) return null;
    const offset = OFFSET.exec(s);
    if (offset) {
      const minutes = (offset[1] === '-' ? -1 : 1) * (Number(offset[2]) * 60 + Number(offset[3]));
      return shiftedClock(ms, minutes);
    }
    return zoned(ms, timeZone);
  }
  const ms = value instanceof Date ? value.getTime() : value;
  if (!Number.isFinite(ms)) return null;
  return zoned(ms, timeZone);
}

/** UTC offsets (minutes) of a zone per quarter hour already seen: formatToParts is costly and zones change offset only on quarter hours. */
const offsets = new Map<string, Map<number, number>>();
const QUARTER = 15 * 60_000;

function zoned(ms: number, timeZone: string | undefined): WallClock {
  const zone = validZone(timeZone);
  let perZone = offsets.get(zone);
  if (!perZone) offsets.set(zone, (perZone = new Map()));
  const bucket = Math.floor(ms / QUARTER);
  let offset = perZone.get(bucket);
  if (offset === undefined) {
    const at = bucket * QUARTER;
    const parts = partsFormatter(zone).formatToParts(new Date(at));
    const get = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
    const wall = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'));
    offset = Math.round((wall - at) / 60_000);
    if (perZone.size > 10_000) perZone.clear();
    perZone.set(bucket, offset);
  }
  return shiftedClock(ms, offset);
}

/** The wall clock `offsetMinutes` away from UTC at instant `ms`. */
function shiftedClock(ms: number, offsetMinutes: number): WallClock {
  const shifted = new Date(ms + offsetMinutes * 60_000);
  return {
    year: shifted.getUTCFullYear(),
    month: shifted.getUTCMonth() + 1,
    day: shifted.getUTCDate(),
    hour: shifted.getUTCHours(),
    minute: shifted.getUTCMinutes(),
  };
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** YYYY-MM-DD of a value (see wallClock); '' when it is not a date. */
export function isoDay(value: string | number | Date | null | undefined, timeZone?: string): string {
  const w = wallClock(value, timeZone);
  return w ? `${pad(w.year, 4)}-${pad(w.month)}-${pad(w.day)}` : '';
}

const MONTHS_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

export interface DisplayOptions {
  /** Show the time when the value has one (default true). */
  time?: boolean;
  timeZone?: string;
}

/**
 * The product's one display form: "7/3/2026 14:05" in Vietnamese, "7 Mar 2026, 14:05" in English;
 * '' when the value is not a date.
 */
export function displayDate(
  value: string | number | Date | null | undefined,
  lang: DateLang = 'vi',
  options: DisplayOptions = {},
): string {
  const w = wallClock(value, options.timeZone);
  if (!w) return '';
  const day =
    lang === 'en' ? `${w.day} ${MONTHS_EN[w.month - 1]} ${w.year}` : `${w.day}/${w.month}/${w.year}`;
  if (options.time === false || w.hour === null || w.minute === null) return day;
  return `${day}${lang === 'en' ? ',' : ''} ${pad(w.hour)}:${pad(w.minute)}`;
}
