/** Plain text of article HTML: one paragraph per block, paragraphs separated by blank lines. */
import { BLOCK_TAGS, CELL_TAGS, SKIPPED_TAGS } from '../text-model';

// Paragraphs, cells and skipped elements: the one text model (lib/text-model.ts). Form controls
// and inline SVG are not article text either.
const BLOCK = BLOCK_TAGS;
const SKIP = new Set([...SKIPPED_TAGS, 'svg', 'SVG', 'BUTTON', 'SELECT', 'TEXTAREA']);

/**
 * Walks `root` and returns its text, blocks separated by blank lines, `<br>` as a line break,
 * whitespace folded inside lines.
 */
export function blockText(root: Node): string {
  const paragraphs: string[] = [];
  let current = '';
  const flush = () => {
    const lines = current
      .split('\n')
      .map((l) => l.replace(/[ \t\r\f\v\u00a0\u200b]+/g, ' ').trim())
      .filter(Boolean);
    if (lines.length) paragraphs.push(lines.join('\n'));
    current = '';
  };
  const walk = (node: Node) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        current += (child.nodeValue ?? '').replace(/[\n\r\t]+/g, ' ');
      } else if (child.nodeType === 1) {
        const tag = (child as Element).tagName.toUpperCase();
        if (SKIP.has(tag)) continue;
        if (tag === 'BR') {
          current += '\n';
          continue;
        }
        const block = BLOCK.has(tag);
        if (block) flush();
        walk(child);
        if (block) flush();
        else if (CELL_TAGS.has(tag)) current += ' ';
      }
    }
  };
  walk(root);
  flush();
  return paragraphs.join('\n\n').normalize('NFC');
}

/** Words (syllables, for Vietnamese) in `text`. */
export function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}][\p{L}\p{N}\p{M}'’.,-]*/gu)?.length ?? 0;
}

/** Vietnamese reads at roughly 200–250 syllables a minute; 220 is used, at least one minute. */
export function readingMinutes(words: number): number {
  return Math.max(1, Math.round(words / 220));
}
