/**
 * Painting spans of the reader's article text: the CSS Custom Highlight API (`CSS.highlights`,
 * styled by `::highlight(<name>)` inside the reader's shadow root) where the browser has it, and
 * `<mark data-bg-paint="<name>">` inside the reader's own DOM otherwise. Never touches the page.
 */

import { wrapRange } from '@/components/viewer/marks';
import { type DomTextMap, mapText, rangeFromOffsets } from '@/lib/clips/dom-text';

/** A span of the dom text of the painted root. */
export interface Span {
  start: number;
  end: number;
}

/** Paints named groups of spans over one root. */
export interface Painter {
  /** 'highlight-api' or 'marks'. */
  readonly mode: 'highlight-api' | 'marks';
  /** Replaces the spans painted under `name` (priority: higher wins where spans overlap). */
  paint(name: string, spans: readonly Span[], priority?: number): void;
  /** Removes what was painted under `name`. */
  clear(name: string): void;
  /** Removes everything this painter painted. */
  clearAll(): void;
}

interface HighlightRegistryLike {
  set(name: string, h: unknown): void;
  delete(name: string): boolean;
}

type HighlightCtor = new (...ranges: Range[]) => { priority: number };

/** The page's highlight registry and constructor, when the browser has the API. */
function highlightApi(
  win: Window | null,
): { registry: HighlightRegistryLike; Highlight: HighlightCtor } | null {
  const w = win as
    | (Window & { CSS?: { highlights?: HighlightRegistryLike }; Highlight?: HighlightCtor })
    | null;
  const registry = w?.CSS?.highlights;
  const Highlight = w?.Highlight;
  return registry && typeof Highlight === 'function' ? { registry, Highlight } : null;
}

/** Attribute of the fallback `<mark>` elements: the group name. */
export const PAINT_ATTRIBUTE = 'data-bg-paint';

/**
 * A painter over `root`. `forceMarks` uses `<mark>`s even where the Highlight API exists (tests).
 * `markStyle(name)` gives the inline style of fallback marks.
 */
export function createPainter(
  root: HTMLElement,
  opts: { forceMarks?: boolean; markStyle?: (name: string) => string; map?: () => DomTextMap } = {},
): Painter {
  const api = opts.forceMarks ? null : highlightApi(root.ownerDocument.defaultView);
  if (api) {
    const names = new Set<string>();
    return {
      mode: 'highlight-api',
      paint(name, spans, priority = 0) {
        // The Highlight API never changes the DOM: one map of the root serves every paint.
        const map = opts.map?.() ?? mapText(root);
        const ranges = spans
          .map((s) => rangeFromOffsets(root, s.start, s.end, map))
          .filter((r) => !r.collapsed);
        const h = new api.Highlight(...ranges);
        h.priority = priority;
        api.registry.set(name, h);
        names.add(name);
      },
      clear(name) {
        api.registry.delete(name);
        names.delete(name);
      },
      clearAll() {
        for (const n of names) api.registry.delete(n);
        names.clear();
      },
    };
  }
  const doc = root.ownerDocument;
  const unwrap = (name: string | null) => {
    for (const mark of Array.from(root.querySelectorAll(`mark[${PAINT_ATTRIBUTE}]`))) {
      if (name !== null && mark.getAttribute(PAINT_ATTRIBUTE) !== name) continue;
      mark.replaceWith(...Array.from(mark.childNodes));
    }
    root.normalize();
  };
  return {
    mode: 'marks',
    paint(name, spans) {
      unwrap(name);
      for (const s of spans) {
        const range = rangeFromOffsets(root, s.start, s.end);
        wrapRange(range, () => {
          const mark = doc.createElement('mark');
          mark.setAttribute(PAINT_ATTRIBUTE, name);
          const style = opts.markStyle?.(name);
          if (style) mark.setAttribute('style', style);
          return mark;
        });
      }
    },
    clear(name) {
      unwrap(name);
    },
    clearAll() {
      unwrap(null);
    },
  };
}
