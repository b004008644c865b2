/** Small formatting helpers of the reader. */

/**
 * A date as Vietnamese people write it (vi-VN), with the time when the value has one, shown as the
 * article states it (in its own UTC offset, not the reader's time zone); '' when invalid.
 */
export function formatDate(iso: string | null, locale = 'vi-VN'): string {
  if (!iso) return '';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '';
  const hasTime = /T\d{2}:\d{2}/.test(iso);
  const offset = /([+-])(\d{2}):?(\d{2})$/.exec(iso);
  const minutes = offset ? (offset[1] === '-' ? -1 : 1) * (Number(offset[2]) * 60 + Number(offset[3])) : 0;
  const shown = new Date(d.getTime() + minutes * 60_000);
  const timeZone = offset || /Z$/i.test(iso) || !hasTime ? 'UTC' : undefined;
  const options: Intl.DateTimeFormatOptions = hasTime
    ? { dateStyle: 'long', timeStyle: 'short' }
    : { dateStyle: 'long' };
  return new Intl.DateTimeFormat(locale, { ...options, timeZone }).format(shown);
}

/** The host name of a URL without "www.", or ''. */
export function siteOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return '';
  }
}
