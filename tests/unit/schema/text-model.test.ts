/**
 * One text model (lib/text-model.ts): the article's plain text and the dom text that highlights
 * and entity offsets point into cut an article the same way, and highlights stored by schema v1
 * (tests/fixtures/db/v1.json) still land on their quotes, at their stored positions.
 */
import { describe, expect, it } from 'vitest';
import { anchorSelectors } from '@/lib/clips/anchor';
import { textOf } from '@/lib/clips/dom-text';
import { blockText } from '@/lib/reader/text';
import type { Clipping, TextPositionSelector } from '@/lib/types';
import v1 from '../../fixtures/db/v1.json';

const fold = (s: string) => s.replace(/\s+/g, ' ').trim();

/** Our own test HTML, parsed into an inert document. */
function render(html: string): HTMLElement {
  return new DOMParser().parseFromString(`<div>${html}</div>`, 'text/html').body.firstElementChild as HTMLElement;
}

describe('one text model', () => {
  it('plain text and dom text split paragraphs, rows and cells alike', () => {
    const root = render(
      '<h2>Nhân sự</h2><p>Chiều qua,  <b>Bộ trưởng</b>\n phát biểu.</p>' +
        '<table><tr><td>Thủ tướng</td><td>Phạm Minh B</td></tr><tr><th>Bộ trưởng</th><td>Lê Văn C</td></tr></table>' +
        '<form><p>Đăng ký</p></form><hgroup><h3>Tiêu đề</h3></hgroup><ul><li>Ý một</li><li>Ý hai</li></ul>',
    );
    const plain = blockText(root);
    const dom = textOf(root);
    expect(plain.split('\n\n').map(fold)).toEqual(dom.split('\n\n').map(fold));
    expect(dom).toContain('Thủ tướng Phạm Minh B');
  });

  const clippings = (v1 as unknown as { clippings: Clipping[] }).clippings.filter((c) => c.highlights.length);

  it('the v1 fixture has stored highlights to check', () => {
    expect(clippings.length).toBeGreaterThan(0);
  });

  for (const c of clippings) {
    it(`v1 highlights of ${c.id} still anchor at their stored offsets`, () => {
      // Stored offsets point into the stored text; the text model moved without changing the dom
      // text, so no schema bump re-derives them and they must still hold.
      const text = c.text;
      for (const h of c.highlights) {
        const pos = h.selectors.find((s): s is TextPositionSelector => s.type === 'TextPositionSelector');
        if (pos) expect(text.slice(pos.start, pos.end)).toBe(h.quote);
        const hit = anchorSelectors(text, h.selectors);
        expect(hit && text.slice(hit.start, hit.end)).toBe(h.quote);
      }
    });
  }
});
