/** Small formatting helpers of the reader. */

/** A date as Vietnamese people write it (vi-VN), with the time when the value has one; '' when invalid. */
export function formatDate(iso: string | null, locale = 'vi-VN'): string {
  if (!iso) return '';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '';
  const hasTime = /T\d{2}:\d{2}/.test(iso);
  return new Intl.DateTimeFormat(
    locale,
    hasTime ? { dateStyle: 'long', timeStyle: 'short' } : { dateStyle: 'long' },
  ).format(d);
}

/** The host name of a URL without "www.", or ''. */
export function siteOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return '';
  }
}
