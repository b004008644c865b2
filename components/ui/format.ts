/** Formatting helpers for extension pages. */
import { uiLang } from './i18n';

const formatters = new Map<string, Intl.DateTimeFormat>();

/** Short local date of an ISO timestamp ('' when missing or invalid); one cached formatter per language. */
export function shortDate(iso: string | null | undefined): string {
  if (!iso) return '';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '';
  const locale = uiLang() === 'en' ? 'en-GB' : 'vi-VN';
  let f = formatters.get(locale);
  if (!f) formatters.set(locale, (f = new Intl.DateTimeFormat(locale)));
  return f.format(d);
}
