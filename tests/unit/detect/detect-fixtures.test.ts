import { describe, expect, it } from 'vitest';
import { detectPage } from '../../../lib/detect';
import { makeXssArticlePage } from '../../fixtures/make-xss-page';
import { fixtureDoc, parse } from '../reader/fixture-doc';

const NEWS = 'https://vnexpress.net/bai-viet-thu-nghiem-4980003.html';
const OTHER = 'https://example.org/2025/11/20/some-story-about-things';

describe('detectPage on the fixture pages', () => {
  const cases: { page: string; url: string; yes: boolean; reason: RegExp }[] = [
    { page: 'seed-000.html', url: NEWS, yes: true, reason: /jsonLdArticle|ogArticle/ },
    { page: 'seed-001.html', url: NEWS, yes: true, reason: /textVietnamese/ },
    { page: 'vi-news-clutter.html', url: NEWS, yes: true, reason: /headline/ },
    { page: 'seed-000.html', url: OTHER, yes: true, reason: /verdictNews/ },
    { page: 'vi-news-clutter.html', url: OTHER, yes: true, reason: /verdictNews/ },
    { page: 'en-news.html', url: OTHER, yes: false, reason: /NotVietnamese|verdictForeignNews/ },
    { page: 'en-news.html', url: NEWS, yes: false, reason: /NotVietnamese|verdictForeignNews/ },
    {
      page: 'vi-home.html',
      url: 'https://vnexpress.net/',
      yes: false,
      reason: /sectionUrl|verdictNotArticle/,
    },
    {
      page: 'vi-home.html',
      url: 'http://127.0.0.1:8080/pages/vi-home.html',
      yes: false,
      reason: /verdictNotArticle/,
    },
  ];
  it.each(cases)('$page at $url → $yes', ({ page, url, yes, reason }) => {
    const d = detectPage(fixtureDoc(page), url);
    expect(d.isVietnameseNews).toBe(yes);
    expect(d.reasons.join(' | ')).toMatch(reason);
    expect(d.score).toBeGreaterThanOrEqual(0);
    expect(d.score).toBeLessThanOrEqual(1);
    if (yes) expect(d.score).toBeGreaterThan(0.5);
    else expect(d.score).toBeLessThan(0.5);
  });

  it('says yes to a Vietnamese article with hostile markup', () => {
    const d = detectPage(parse(makeXssArticlePage(['<img src=x onerror=alert(1)>'])), NEWS);
    expect(d.isVietnamese).toBe(true);
  });

  it('does not modify the document', () => {
    const doc = fixtureDoc('vi-news-clutter.html');
    const before = doc.documentElement.outerHTML;
    detectPage(doc, NEWS);
    expect(doc.documentElement.outerHTML).toBe(before);
  });
});
