import { describe, expect, it } from 'vitest';
import { decorateArticle } from '@/components/aids/decorate';
import { readText } from '@/lib/article';
import { mapText } from '@/lib/clips/dom-text';
import { sanitizeHtml } from '@/lib/reader/sanitize';
import { DEFAULT_SETTINGS } from '@/lib/settings';

const HTML =
  '<p>UBND TP.HCM triển khai <b>Nghị định</b> số 67/2025/NĐ-CP. UBND họp.</p><p>Theo Nghị định 67, HĐND giám sát.</p>';

function render() {
  const root = document.createElement('div');
  root.innerHTML = sanitizeHtml(HTML);
  document.body.append(root);
  const text = mapText(root).text;
  return { root, text, entities: readText(text).entities };
}

describe('decorateArticle', () => {
  it('links legal references and marks acronyms without changing the dom text; again after a redraw', () => {
    const { root, text, entities } = render();
    for (let round = 0; round < 2; round++) {
      const drawn = decorateArticle(root, entities, [], DEFAULT_SETTINGS);
      expect(mapText(root).text).toBe(text);
      expect(drawn.links).toBeGreaterThanOrEqual(1);
      const links = Array.from(root.querySelectorAll('[data-testid="legal-link"]'));
      expect(links[0].getAttribute('href')).toBe(
        'https://thuvienphapluat.vn/page/tim-van-ban.aspx?keyword=67%2F2025%2FN%C4%90-CP',
      );
      expect(links[0].getAttribute('rel')).toBe('noopener noreferrer');
      const acr = Array.from(root.querySelectorAll('[data-testid="acronym"]')).map((a) => a.textContent);
      expect(acr).toEqual(['UBND', 'TP.HCM', 'HĐND']);
      const ubnd = root.querySelector('[data-testid="acronym"]')!;
      expect(ubnd.getAttribute('tabindex')).toBe('0');
      expect(document.getElementById(ubnd.getAttribute('aria-describedby')!)?.textContent).toMatch(
        /Ủy ban nhân dân/,
      );
    }
  });

  it('the short reference links to the full number; no links when the setting is none', () => {
    const { root, entities } = render();
    decorateArticle(root, entities, [], DEFAULT_SETTINGS);
    const hrefs = Array.from(root.querySelectorAll('a[data-bg-aid]')).map((a) => a.getAttribute('href'));
    expect(new Set(hrefs).size).toBe(1);
    decorateArticle(root, entities, [], { ...DEFAULT_SETTINGS, legalSearch: '' });
    expect(root.querySelectorAll('a[data-bg-aid]').length).toBe(0);
  });
});
