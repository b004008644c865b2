import { afterEach, describe, expect, it } from 'vitest';
import { createPainter } from '@/components/reader/paint';
import { mapText } from '@/lib/clips/dom-text';

/** A stand-in for the CSS Custom Highlight API (happy-dom has none). */
class FakeHighlight extends Set<Range> {
  priority = 0;
  constructor(...ranges: Range[]) {
    super(ranges);
  }
}

const w = window as unknown as { CSS?: { highlights?: Map<string, FakeHighlight> }; Highlight?: unknown };
const saved = { CSS: w.CSS, Highlight: w.Highlight };
afterEach(() => {
  w.CSS = saved.CSS;
  w.Highlight = saved.Highlight;
});

function setup() {
  const registry = new Map<string, FakeHighlight>();
  w.CSS = { ...(saved.CSS ?? {}), highlights: registry };
  w.Highlight = FakeHighlight;
  const root = document.createElement('div');
  const p1 = document.createElement('p');
  p1.append(
    'Sáng nay, ',
    Object.assign(document.createElement('b'), { textContent: 'Thủ tướng' }),
    ' Phạm Minh Chính đến.',
  );
  const p2 = document.createElement('p');
  p2.textContent = 'Nghị định số 15/2020/NĐ-CP có hiệu lực.';
  root.append(p1, p2);
  document.body.append(root);
  return { registry, root };
}

describe('painting with the Custom Highlight API', () => {
  it('registers one Highlight per name with ranges over the text, and leaves the DOM alone', () => {
    const { registry, root } = setup();
    const html = root.innerHTML;
    const text = mapText(root).text;
    const painter = createPainter(root);
    expect(painter.mode).toBe('highlight-api');
    const a = text.indexOf('Thủ tướng Phạm Minh Chính');
    const b = text.indexOf('Nghị định số 15/2020/NĐ-CP');
    painter.paint('bg-official', [{ start: a, end: a + 25 }], 1);
    painter.paint('bg-legal_document', [{ start: b, end: b + 26 }], 1);
    const official = registry.get('bg-official');
    expect(official && [...official].map((r) => r.toString())).toEqual(['Thủ tướng Phạm Minh Chính']);
    expect(official?.priority).toBe(1);
    expect([...(registry.get('bg-legal_document') ?? [])].map((r) => r.toString())).toEqual([
      'Nghị định số 15/2020/NĐ-CP',
    ]);
    expect(root.innerHTML).toBe(html);
    painter.clear('bg-official');
    expect(registry.has('bg-official')).toBe(false);
    painter.clearAll();
    expect(registry.size).toBe(0);
    root.remove();
  });

  it('skips empty spans instead of registering collapsed ranges', () => {
    const { registry, root } = setup();
    const painter = createPainter(root);
    painter.paint('bg-watch', [{ start: 5, end: 5 }]);
    expect(registry.get('bg-watch')?.size).toBe(0);
    root.remove();
  });
});
