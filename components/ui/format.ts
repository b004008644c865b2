/** Formatting helpers for extension pages. */
import { displayDate } from '@/lib/format/date';
import { uiLang } from './i18n';

/** The day of a date in the product's one format and the UI language ('' when missing or invalid). */
export function shortDate(iso: string | null | undefined): string {
  return displayDate(iso, uiLang() === 'en' ? 'en' : 'vi', { time: false });
}
