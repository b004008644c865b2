/**
 * Escaping of text for Markdown (CommonMark, GFM, Obsidian and pandoc's Markdown), so that page text,
 * quotes and notes render as the text they are: no emphasis, link, HTML, tag, math, citation,
 * highlight, list or heading is ever made from them.
 */

/** ASCII punctuation that has a meaning somewhere in the Markdown dialects we write for. */
const INLINE = /[\\`*_[\]<>&|~=$%#@^{}]/g;

const INLINE_TEST = /[\\`*_[\]<>&|~=$%#@^{}]/;
const LINE_START_TEST = /^\s|^[-+:]|^\d/;

/** Escapes one line of text (no line breaks inside); `lineStart` when it begins a Markdown line. */
export function escapeInline(text: string, lineStart = false): string {
  let s = INLINE_TEST.test(text) ? text.replace(INLINE, '\\$&') : text;
  if (lineStart && LINE_START_TEST.test(s)) {
    s = s
      .replace(/^(\s*)([-+:])(?=\s|$)/, '$1\\$2')
      .replace(/^(\s*\d{1,9})([.)])/, '$1\\$2')
      .replace(/^(\s+)/, (ws) => ws.replace(/ /g, '&#32;').replace(/\t/g, '&#9;'));
  }
  return s;
}

/**
 * Escapes free text that may hold line breaks (a note, a quote): each line escaped as a line start,
 * lines joined by hard breaks (`\` + newline) followed by `indent` (for list items).
 */
export function escapeText(text: string, indent = ''): string {
  return text
    .replace(/\r\n?/g, '\n')
    .trim()
    .split('\n')
    .map((l) => l.replace(/\s+$/, ''))
    .filter((l) => l.trim())
    .map((l) => escapeInline(l, true))
    .join(`\\\n${indent}`);
}

/** A code span holding `text` verbatim (backtick run longer than any inside, padded when needed). */
export function codeSpan(text: string): string {
  const t = text.replace(/\s+/g, ' ');
  if (!t.trim()) return '';
  const longest = Math.max(0, ...(t.match(/`+/g) ?? []).map((r) => r.length));
  const fence = '`'.repeat(longest + 1);
  const pad = t.startsWith('`') || t.endsWith('`') || (t.startsWith(' ') && t.endsWith(' ')) ? ' ' : '';
  return `${fence}${pad}${t}${pad}${fence}`;
}

/** A fenced code block holding `text` verbatim. */
export function codeBlock(text: string): string {
  const body = text.replace(/\r\n?/g, '\n').replace(/^\n+|\s+$/g, '');
  const longest = Math.max(2, ...(body.match(/`{3,}/g) ?? []).map((r) => r.length));
  const fence = '`'.repeat(longest + 1);
  return `${fence}\n${body}\n${fence}`;
}

/** A link destination in angle brackets (`<`, `>` and line breaks percent-encoded); '' unless http(s)/mailto. */
export function linkTarget(url: string): string {
  const u = url.trim();
  if (!/^(?:https?:\/\/|mailto:)/i.test(u)) return '';
  return `<${u.replace(/[<>\s\\]/g, (c) => encodeURIComponent(c))}>`;
}
