/** Small formatting helpers of the reader. */
import { displayDate } from '@/lib/format/date';

/**
 * An article date in the product's one format (lib/format/date.ts): shown as the article states it
 * (in its own UTC offset), with the time when the value has one; '' when invalid.
 */
export function formatDate(iso: string | null, locale = 'vi-VN'): string {
  return displayDate(iso, locale.toLowerCase().startsWith('en') ? 'en' : 'vi');
}

/** The host name of a URL without "www.", or ''. */
export function siteOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return '';
  }
}
