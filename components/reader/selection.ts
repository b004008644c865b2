/** The user's text selection, also inside the reader's (open) shadow root. */

type ComposedSelection = Selection & {
  getComposedRanges?: (
    options?: { shadowRoots?: ShadowRoot[] } | ShadowRoot,
    ...more: ShadowRoot[]
  ) => StaticRange[];
};

/**
 * The current selection as a live Range, seeing into `shadow` when given (getComposedRanges,
 * then Chrome's ShadowRoot.getSelection, then document.getSelection). Null when nothing is selected.
 */
export function currentRange(doc: Document, shadow?: ShadowRoot | null): Range | null {
  const sel = doc.getSelection() as ComposedSelection | null;
  if (shadow && sel && typeof sel.getComposedRanges === 'function' && sel.rangeCount > 0) {
    try {
      let ranges: StaticRange[];
      try {
        ranges = sel.getComposedRanges({ shadowRoots: [shadow] });
      } catch {
        ranges = sel.getComposedRanges(shadow);
      }
      const r = ranges[0];
      if (r && !r.collapsed) {
        const live = doc.createRange();
        live.setStart(r.startContainer, r.startOffset);
        live.setEnd(r.endContainer, r.endOffset);
        return live;
      }
    } catch {
      // fall through to the older ways
    }
  }
  const shadowSel = (
    shadow as (ShadowRoot & { getSelection?: () => Selection | null }) | null | undefined
  )?.getSelection?.();
  for (const s of [shadowSel, sel]) {
    if (s && s.rangeCount > 0) {
      const r = s.getRangeAt(0);
      if (!r.collapsed) return r;
    }
  }
  return null;
}

/** The selection as a Range when it lies (at least partly) inside `root`, clipped to it; else null. */
export function rangeWithin(root: Node, range: Range | null): Range | null {
  if (!range || range.collapsed) return null;
  const startIn = root.contains(range.startContainer);
  const endIn = root.contains(range.endContainer);
  if (!startIn && !endIn) return null;
  const doc = root.ownerDocument ?? (root as Document);
  const r = doc.createRange();
  if (startIn) r.setStart(range.startContainer, range.startOffset);
  else r.setStart(root, 0);
  if (endIn) r.setEnd(range.endContainer, range.endOffset);
  else r.setEnd(root, root.childNodes.length);
  return r.collapsed ? null : r;
}
