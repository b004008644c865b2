/**
 * TEMPORARY stand-in until `lib/reader/sanitize.ts` (reader lib) exists, so the build keeps
 * working meanwhile. Replaced by the real `sanitizeHtml` import in index.ts and sanitizer/main.ts.
 */
import DOMPurify from 'dompurify';

/** DOMPurify with its defaults (the real `sanitizeHtml` adds link rules). */
export function pendingSanitizeHtml(html: string): string {
  return DOMPurify.sanitize(html);
}
