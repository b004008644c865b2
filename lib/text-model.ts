/**
 * The one text model of an article: which elements start a paragraph, which are table cells and
 * which are not text at all. Used by the dom text of highlights and entity offsets
 * (lib/clips/dom-text.ts) and by the article's plain text (lib/reader/text.ts), so both cut an
 * article the same way. Changing these lists changes stored offsets: bump the database version
 * with an upgrade that re-derives them (lib/clips/db.ts).
 */

/** Elements that are paragraphs of their own ("\n\n" around them). */
export const BLOCK_TAGS: ReadonlySet<string> = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'CAPTION',
  'DD',
  'DETAILS',
  'DIALOG',
  'DIV',
  'DL',
  'DT',
  'FIELDSET',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HGROUP',
  'HR',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'SUMMARY',
  'TABLE',
  'TBODY',
  'THEAD',
  'TFOOT',
  'TR',
  'UL',
]);

/** Table cells: a row's cells are one line, separated by a space. */
export const CELL_TAGS: ReadonlySet<string> = new Set(['TD', 'TH']);

/** Elements whose content is never article text. */
export const SKIPPED_TAGS: ReadonlySet<string> = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);
