/**
 * Cheap removal of obviously hostile markup from imported article HTML. Not a security boundary:
 * every viewer re-sanitises with DOMPurify when inserting; this only keeps scripts and event
 * handlers out of the database. String-only, no DOM.
 */

const DANGEROUS_ELEMENTS =
  /<(script|style|iframe|frame|frameset|object|embed|applet|noscript|template|base|meta|link|form)\b[\s\S]*?(<\/\1\s*>|$)/gi;
const LONE_TAGS =
  /<\/?(script|style|iframe|frame|frameset|object|embed|applet|base|meta|link|form)\b[^>]*>/gi;
const EVENT_ATTRS = /(\s|["'/])on[a-z]+\s*=\s*("[^"]*"|'[^']*'|[^\s>]+)/gi;
const BAD_URL_ATTRS =
  /(\s|["'/])(?:href|src|xlink:href|action|formaction|srcset|poster|background)\s*=\s*("\s*(?:javascript|vbscript|data):[^"]*"|'\s*(?:javascript|vbscript|data):[^']*'|(?:javascript|vbscript|data):[^\s>]*)/gi;

/** Drops a matched attribute, keeping a closing quote of the previous attribute that preceded it. */
const keepQuote = (_m: string, before: string) => (before.trim() && before !== '/' ? before : '');

/** A start tag with its attributes (quoted values may contain `>`). */
const START_TAG =
  /<[a-zA-Z][^\s>/]*(?:(?:\s+|(?<=["']))[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>"']+))?|\s*\/)*\s*>/g;

/** Removes script-like elements, and `on*` attributes and javascript:/vbscript:/data: URLs from tags (text is left alone). */
export function stripHostileHtml(html: string): string {
  if (!/[<]/.test(html)) return html;
  let out = html;
  for (let i = 0; i < 3; i++) {
    const next = out
      .replace(DANGEROUS_ELEMENTS, '')
      .replace(LONE_TAGS, '')
      .replace(START_TAG, (tag) => tag.replace(EVENT_ATTRS, keepQuote).replace(BAD_URL_ATTRS, keepQuote));
    if (next === out) break;
    out = next;
  }
  return out;
}
