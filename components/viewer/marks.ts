/**
 * Drawing highlights into rendered article HTML: each highlight's selectors are re-anchored in the
 * dom text of the article (`lib/clips/dom-text.ts`), and the placed range is wrapped in `<mark>`s.
 * Only the viewer's own rendering is changed, never a web page.
 */
import { anchorSelectors } from '@/lib/clips/anchor';
import { mapText, rangeFromOffsets } from '@/lib/clips/dom-text';
import type { Highlight } from '@/lib/types';

/** Where a highlight was placed in the dom text; `exact` false when placed by the tolerant match. */
export interface PlacedHighlight {
  highlight: Highlight;
  start: number;
  end: number;
  exact: boolean;
}

export interface PaintResult {
  placed: PlacedHighlight[];
  orphans: Highlight[];
}

/** The text nodes a range covers (whitespace-only ones skipped), split at the range's ends. */
function coveredTextNodes(range: Range): Text[] {
  const doc = range.startContainer.ownerDocument!;
  const root = range.commonAncestorContainer;
  const nodes: Text[] = [];
  if (root.nodeType === 3) {
    nodes.push(root as Text);
  } else {
    const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      if (range.intersectsNode(n)) nodes.push(n as Text);
    }
  }
  const out: Text[] = [];
  for (let node of nodes) {
    let from = 0;
    let to = node.data.length;
    if (node === range.startContainer) from = range.startOffset;
    if (node === range.endContainer) to = range.endOffset;
    if (from >= to) continue;
    if (to < node.data.length) node.splitText(to);
    if (from > 0) node = node.splitText(from);
    if (node.data.trim() === '') continue;
    out.push(node);
  }
  return out;
}

/** Wraps the text of `range` in elements made by `make` (one per text node); returns them. */
export function wrapRange(range: Range, make: () => HTMLElement): HTMLElement[] {
  if (range.collapsed) return [];
  return coveredTextNodes(range).map((node) => {
    const el = make();
    node.parentNode!.insertBefore(el, node);
    el.appendChild(node);
    return el;
  });
}

/**
 * Places every highlight in `root` and wraps it in `<mark class="bg-hl bg-hl-<color>">` elements
 * carrying `data-highlight-id`, the note as `title`, and `aria-describedby` = `describedBy(id)`
 * when given. The first mark of each highlight is focusable. Highlights that cannot be placed are
 * returned as orphans. The dom text of `root` is unchanged by the marks.
 */
export function paintHighlights(
  root: HTMLElement,
  highlights: readonly Highlight[],
  describedBy?: (id: string) => string,
): PaintResult {
  const map = mapText(root);
  const placed: PlacedHighlight[] = [];
  const orphans: Highlight[] = [];
  for (const h of highlights) {
    const at = anchorSelectors(map.text, h.selectors);
    if (!at || at.end <= at.start) orphans.push(h);
    else placed.push({ highlight: h, ...at });
  }
  // Wrap from the end so earlier offsets stay valid while nodes are split.
  const order = [...placed].sort((a, b) => b.start - a.start);
  const doc = root.ownerDocument;
  for (const p of order) {
    const range = rangeFromOffsets(root, p.start, p.end, mapText(root));
    const marks = wrapRange(range, () => {
      const m = doc.createElement('mark');
      m.className = `bg-hl bg-hl-${p.highlight.color}`;
      m.dataset.highlightId = p.highlight.id;
      if (p.highlight.note) {
        m.title = p.highlight.note;
        m.dataset.note = p.highlight.note;
      }
      if (describedBy) m.setAttribute('aria-describedby', describedBy(p.highlight.id));
      return m;
    });
    if (marks[0]) marks[0].tabIndex = 0;
  }
  placed.sort((a, b) => a.start - b.start);
  return { placed, orphans };
}
