/** Formatting helpers for extension pages. */
import { uiLang } from './i18n';

/** Short local date of an ISO timestamp ('' when missing or invalid). */
export function shortDate(iso: string | null | undefined): string {
  if (!iso) return '';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '';
  return d.toLocaleDateString(uiLang() === 'en' ? 'en-GB' : 'vi-VN');
}
