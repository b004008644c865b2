/**
 * Named HTML character references that news pages use, for the places that read HTML without a DOM
 * (the export's HTML tree, the reader's metadata). A Map, so that names such as `valueOf` or
 * `constructor` are never taken for references.
 */
export const NAMED_CHAR_REFS: ReadonlyMap<string, string> = new Map([
  ['amp', '&'],
  ['lt', '<'],
  ['gt', '>'],
  ['quot', '"'],
  ['apos', "'"],
  ['nbsp', '\u00a0'],
  ['ndash', '–'],
  ['mdash', '—'],
  ['hellip', '…'],
  ['laquo', '«'],
  ['raquo', '»'],
  ['ldquo', '“'],
  ['rdquo', '”'],
  ['lsquo', '‘'],
  ['rsquo', '’'],
  ['copy', '©'],
  ['reg', '®'],
  ['deg', '°'],
  ['middot', '·'],
  ['bull', '•'],
  ['times', '×'],
  ['shy', '\u00ad'],
  ['zwj', '\u200d'],
  ['zwnj', '\u200c'],
]);
