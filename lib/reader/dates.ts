/**
 * Publication dates as ISO 8601. Accepts ISO strings from metadata and the visible Vietnamese
 * formats news sites print, e.g. "Thứ hai, 12/8/2024, 10:30 (GMT+7)", "13/11/2025 07:49",
 * "08:36 ngày 14/03/2016", "Cập nhật thứ hai, ngày 24/12/12 11:05 tối". Visible Vietnamese
 * times without an explicit zone are taken as Vietnam time (+07:00).
 */

const pad = (n: number): string => String(n).padStart(2, '0');

function validDate(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1 || d > 31 || y < 1990 || y > 2100) return false;
  const dt = new Date(Date.UTC(y, m - 1, d));
  return dt.getUTCMonth() === m - 1 && dt.getUTCDate() === d;
}

function offsetOf(s: string): string | null {
  const m = s.match(/(?:GMT|UTC)\s*([+-])\s*(\d{1,2})(?::?(\d{2}))?/i);
  if (!m) return null;
  return `${m[1]}${pad(Number(m[2]))}:${m[3] ?? '00'}`;
}

/** Normalises an ISO-like date string (keeps its offset; adds seconds). Null when not ISO-like. */
export function normalizeIsoDate(s: string): string | null {
  const m = s
    .trim()
    .match(
      /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?\s*(Z|[+-]\d{2}:?\d{2})?)?$/,
    );
  if (!m) return null;
  const [, y, mo, d, h, mi, sec, zone] = m;
  if (!validDate(Number(y), Number(mo), Number(d))) return null;
  if (h === undefined) return `${y}-${mo}-${d}`;
  if (Number(h) > 23 || Number(mi) > 59) return null;
  const z =
    zone === undefined
      ? ''
      : zone === 'Z'
        ? 'Z'
        : zone.includes(':')
          ? zone
          : `${zone.slice(0, 3)}:${zone.slice(3)}`;
  return `${y}-${mo}-${d}T${h}:${mi}:${sec ?? '00'}${z}`;
}

/**
 * Parses a visible Vietnamese date (day first), with an optional time before or after it.
 * @returns ISO 8601 (`YYYY-MM-DDTHH:mm:ss+07:00`, or `YYYY-MM-DD` without a time), or null.
 */
export function parseVietnameseDate(input: string): string | null {
  const s = input.normalize('NFC').replace(/\s+/g, ' ');
  const dm = s.match(/(?<!\d)(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4}|\d{2})(?![\d/])/);
  if (!dm) return null;
  const d = Number(dm[1]);
  const m = Number(dm[2]);
  let y = Number(dm[3]);
  if (dm[3].length === 2) y += 2000;
  if (!validDate(y, m, d)) return null;
  const date = `${y}-${pad(m)}-${pad(d)}`;
  const rest = s.slice(0, dm.index) + ' | ' + s.slice((dm.index ?? 0) + dm[0].length);
  const tm = rest.match(
    /(?<![\d/])(\d{1,2})\s*[:hg]\s*(\d{2})(?::(\d{2}))?(?!\d)\s*(sáng|trưa|chiều|tối|đêm|SA|CH|AM|PM)?/i,
  );
  if (!tm) return date;
  let h = Number(tm[1]);
  const mi = Number(tm[2]);
  const sec = tm[3] ? Number(tm[3]) : 0;
  const part = tm[4]?.toLowerCase();
  if (part && ['chiều', 'tối', 'đêm', 'ch', 'pm'].includes(part) && h < 12) h += 12;
  if (part && ['sáng', 'sa', 'am'].includes(part) && h === 12) h = 0;
  if (h > 23 || mi > 59 || sec > 59) return date;
  return `${date}T${pad(h)}:${pad(mi)}:${pad(sec)}${offsetOf(rest) ?? '+07:00'}`;
}

/** ISO strings first, then the visible Vietnamese formats. */
export function parseAnyDate(input: string | null | undefined): string | null {
  if (!input) return null;
  return normalizeIsoDate(input) ?? parseVietnameseDate(input);
}
