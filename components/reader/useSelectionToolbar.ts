/** A selection inside the article body opens the highlight toolbar next to it. */
import { useEffect, useRef, useState } from 'preact/hooks';
import { mapText, offsetsFromRange } from '@/lib/clips/dom-text';
import { currentRange, rangeWithin } from './selection';

/** A selection waiting for a colour and a note. */
export interface Pending {
  start: number;
  end: number;
  quote: string;
  top: number;
  left: number;
}

export function useSelectionToolbar(
  bodyRef: { current: HTMLElement | null },
  rootRef: { current: HTMLElement | null },
  textRef: { current: string },
) {
  const [pending, setPending] = useState<Pending | null>(null);
  const pendingRef = useRef<Pending | null>(null);
  pendingRef.current = pending;
  useEffect(() => {
    const doc = bodyRef.current?.ownerDocument;
    if (!doc) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const onChange = () => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        const body = bodyRef.current;
        const root = rootRef.current;
        if (!body || !root) return;
        const range = rangeWithin(body, currentRange(doc, null));
        if (!range) return;
        const { start, end } = offsetsFromRange(body, range, mapText(body));
        const quote = textRef.current.slice(start, end);
        if (!quote.trim()) return;
        const r = range.getBoundingClientRect();
        const rootBox = root.getBoundingClientRect();
        setPending({
          start,
          end,
          quote,
          top: Math.max(4, r.bottom - rootBox.top + root.scrollTop + 8),
          left: Math.max(4, Math.min(r.left - rootBox.left, rootBox.width - 380)),
        });
      }, 120);
    };
    doc.addEventListener('selectionchange', onChange);
    return () => {
      clearTimeout(timer);
      doc.removeEventListener('selectionchange', onChange);
    };
  }, []);
  return { pending, setPending, pendingRef };
}
