/**
 * Mapping between a root element's text and DOM Ranges, for highlights. Works on any DOM
 * (browsers, happy-dom); never mutates the tree.
 *
 * The text of a root ("dom text") is its text nodes in document order, normalised so that it
 * does not depend on how the HTML was indented or split into nodes:
 * - every run of whitespace (spaces, tabs, line breaks, no-break spaces) becomes one space;
 * - block elements (p, div, h1–h6, li, blockquote, figure, table rows, …) are separated by a
 *   blank line "\n\n", `<br>` gives "\n"; table cells are separated by a space;
 * - whitespace at the start and end of a block and of the whole text is dropped;
 * - script, style, noscript, template, and elements marked `data-dom-text-skip` are ignored.
 * Splitting a text node or wrapping part of it in an inline element (e.g. `<mark>`) does not
 * change the text, so offsets stay valid after highlights are drawn.
 */

import { BLOCK_TAGS, CELL_TAGS, SKIPPED_TAGS } from '../text-model';

const BLOCKS = BLOCK_TAGS;
const CELLS = CELL_TAGS;
const SKIPPED = SKIPPED_TAGS;
/** Attribute that hides an element's subtree from the dom text (UI added inside an article). */
export const SKIP_ATTRIBUTE = 'data-dom-text-skip';

const WS = /[ \t\n\r\f\u00a0\u2028\u2029\u200b\u3000\u1680\u2000-\u200a\u202f\u205f]/;
const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

/** One text node's share of the dom text: for each text character it produced, its offset in the node. */
interface Segment {
  node: Text;
  /** Dom-text index of the first character this node produced (or where it would be). */
  start: number;
  /** Dom-text index after the last character this node produced. */
  end: number;
  /** For dom-text index `start + k`, the offset in `node.data`. */
  offsets: number[];
}

/** The dom text of a root and how it maps to text nodes. */
export interface DomTextMap {
  text: string;
  segments: Segment[];
}

type Pending = '' | ' ' | '\n' | '\n\n';

function stronger(a: Pending, b: Pending): Pending {
  const rank = { '': 0, ' ': 1, '\n': 2, '\n\n': 3 } as const;
  return rank[b] > rank[a] ? b : a;
}

/** Builds the dom text of `root` with its node map (see the module comment for the normalisation). */
export function mapText(root: Node): DomTextMap {
  let text = '';
  const segments: Segment[] = [];
  let pending: Pending = '';
  // Where the current whitespace run started (the collapsed space maps there).
  let wsSeg: Segment | null = null;
  let wsOff = 0;

  const push = (seg: Segment, ch: string, offset: number): void => {
    if (seg.offsets.length === 0) seg.start = text.length;
    text += ch;
    seg.offsets.push(offset);
    seg.end = seg.start + seg.offsets.length;
  };
  const brk = (p: Pending): void => {
    pending = stronger(pending, p);
    if (p !== ' ') wsSeg = null;
  };

  const visit = (node: Node): void => {
    if (node.nodeType === TEXT_NODE) {
      const t = node as Text;
      const data = t.data;
      const seg: Segment = { node: t, start: text.length, end: text.length, offsets: [] };
      segments.push(seg);
      for (let i = 0; i < data.length; i++) {
        const ch = data[i];
        if (WS.test(ch)) {
          if (pending === '' && !wsSeg) {
            wsSeg = seg;
            wsOff = i;
          }
          pending = stronger(pending, ' ');
          continue;
        }
        if (pending && text.length > 0) {
          if (pending === ' ' && wsSeg) push(wsSeg, ' ', wsOff);
          else text += pending;
        }
        pending = '';
        wsSeg = null;
        push(seg, ch, i);
      }
      return;
    }
    if (node.nodeType !== ELEMENT_NODE) {
      for (let c = node.firstChild; c; c = c.nextSibling) visit(c);
      return;
    }
    const el = node as Element;
    const tag = el.tagName.toUpperCase();
    if (SKIPPED.has(tag) || el.hasAttribute(SKIP_ATTRIBUTE)) return;
    if (tag === 'BR') {
      brk('\n');
      return;
    }
    const block = BLOCKS.has(tag);
    const cell = CELLS.has(tag);
    if (block) brk('\n\n');
    else if (cell) brk(' ');
    for (let c = el.firstChild; c; c = c.nextSibling) visit(c);
    if (block) brk('\n\n');
    else if (cell) brk(' ');
  };
  for (let c = root.firstChild; c; c = c.nextSibling) visit(c);
  return { text, segments };
}

/** The dom text of `root` (see the module comment). */
export function textOf(root: Node): string {
  return mapText(root).text;
}

/** First segment index whose `end` is greater than `index` (the segment holding or following it). */
function segmentAtOrAfter(map: DomTextMap, index: number): number {
  let lo = 0;
  let hi = map.segments.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (map.segments[mid].end <= index) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

interface Point {
  node: Text;
  offset: number;
  /** Dom-text index of the character the point is before (start) or after (end). */
  index: number;
}

/** The DOM point of the first real character at or after dom-text index `index`, or null. */
function pointAtOrAfter(map: DomTextMap, index: number): Point | null {
  for (let s = segmentAtOrAfter(map, index); s < map.segments.length; s++) {
    const seg = map.segments[s];
    if (seg.end <= seg.start) continue;
    const k = Math.max(0, index - seg.start);
    return { node: seg.node, offset: seg.offsets[k], index: seg.start + k };
  }
  return null;
}

/** The DOM point just after the last real character before dom-text index `index`, or null. */
function pointBefore(map: DomTextMap, index: number): Point | null {
  for (let s = Math.min(segmentAtOrAfter(map, index - 1), map.segments.length - 1); s >= 0; s--) {
    const seg = map.segments[s];
    if (seg.end <= seg.start || seg.start >= index) continue;
    const k = Math.min(seg.end, index) - seg.start - 1;
    // A collapsed space stands for a whitespace run: end right after its first character.
    return { node: seg.node, offset: seg.offsets[k] + 1, index: seg.start + k + 1 };
  }
  return null;
}

/**
 * A Range over dom-text [start, end) of `root`. Ends falling on block breaks snap inwards to the
 * nearest real characters; an empty or unplaceable span gives a collapsed range. `map` may be
 * passed to reuse a `mapText(root)` result (it must be current).
 */
export function rangeFromOffsets(root: Node, start: number, end: number, map = mapText(root)): Range {
  const doc = root.ownerDocument ?? (root as Document);
  const range = doc.createRange();
  const a = pointAtOrAfter(map, Math.max(0, start));
  const b = pointBefore(map, Math.min(end, map.text.length));
  if (!a || !b || b.index <= a.index) {
    const p = a ?? b;
    if (p) range.setStart(p.node, p.offset);
    else range.selectNodeContents(root);
    range.collapse(true);
    return range;
  }
  range.setStart(a.node, a.offset);
  range.setEnd(b.node, b.offset);
  return range;
}

/** Does `a` come before `b` in document order (or is it `b`)? */
function precedes(a: Node, b: Node): boolean {
  if (a === b) return false;
  // 4 = DOCUMENT_POSITION_FOLLOWING
  return (a.compareDocumentPosition(b) & 4) !== 0;
}

/** The dom-text index of a DOM boundary point; `side` says which way to look past ignored content. */
function indexOfPoint(map: DomTextMap, container: Node, offset: number, side: 'start' | 'end'): number {
  if (container.nodeType === TEXT_NODE) {
    const seg = map.segments.find((s) => s.node === container);
    if (seg) {
      if (side === 'start') {
        const k = seg.offsets.findIndex((o) => o >= offset);
        return k < 0 ? seg.end : seg.start + k;
      }
      let k = -1;
      for (let i = 0; i < seg.offsets.length; i++) if (seg.offsets[i] < offset) k = i;
      return k < 0 ? seg.start : seg.start + k + 1;
    }
  }
  // An element (or an ignored text node): the point sits between children.
  const anchor =
    container.nodeType === TEXT_NODE
      ? container
      : offset < container.childNodes.length
        ? container.childNodes[offset]
        : null;
  if (side === 'start') {
    for (const seg of map.segments) {
      const after = anchor
        ? seg.node === anchor || anchor.contains(seg.node) || precedes(anchor, seg.node)
        : precedes(container, seg.node) && !container.contains(seg.node);
      if (after && seg.end > seg.start) return seg.start;
    }
    return map.text.length;
  }
  for (let i = map.segments.length - 1; i >= 0; i--) {
    const seg = map.segments[i];
    const before = anchor
      ? precedes(seg.node, anchor) && !(anchor.contains(seg.node) || seg.node === anchor)
      : container.contains(seg.node) || precedes(seg.node, container);
    if (before && seg.end > seg.start) return seg.end;
  }
  return 0;
}

/**
 * The dom-text offsets [start, end) of `range` within `root` (clamped to the root). Points on
 * ignored content or between elements resolve to the nearest text inside the range.
 */
export function offsetsFromRange(
  root: Node,
  range: Range,
  map = mapText(root),
): { start: number; end: number } {
  const start = root.contains(range.startContainer)
    ? indexOfPoint(map, range.startContainer, range.startOffset, 'start')
    : 0;
  const end = root.contains(range.endContainer)
    ? indexOfPoint(map, range.endContainer, range.endOffset, 'end')
    : map.text.length;
  return { start, end: Math.max(start, end) };
}
