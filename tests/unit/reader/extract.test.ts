// @vitest-environment jsdom
// Extraction ends with DOMPurify, which needs jsdom (happy-dom is not supported by DOMPurify).
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../lib/reader';
import type { Article, ExtractError } from '../../../lib/types';
import { makeXssArticlePage } from '../../fixtures/make-xss-page';
import { fixtureDoc, fixtureHtml, flat, parse } from './fixture-doc';

const URL_NEWS = 'https://vnexpress.net/hop-tac-xa-ca-phe-huu-co-dak-lak-4980003.html';

function article(r: Article | ExtractError): Article {
  if ('error' in r) throw new Error(`expected an article, got ${r.code}: ${r.error}`);
  return r;
}

const clutter = JSON.parse(fixtureHtml('clutter-phrases.json')) as {
  page: string;
  title: string;
  mustContain: string[];
  mustNotContain: string[];
};

describe('extractArticle on the clutter fixture', () => {
  const a = article(extractArticle(fixtureDoc(clutter.page), URL_NEWS));
  const text = flat(a.text);
  it('has the real headline as title', () => expect(a.title).toBe(clutter.title));
  it.each(clutter.mustContain)('keeps body text: %s', (phrase) => expect(text).toContain(flat(phrase)));
  it.each(clutter.mustNotContain)('drops clutter: %s', (phrase) => expect(text).not.toContain(flat(phrase)));
  it('resolves the lazy image to an absolute URL and keeps its caption', () => {
    expect(a.html).toMatch(/<img[^>]+src="https:\/\/vnexpress\.net\/images\/photo\.svg"/);
    expect(a.html).not.toContain('data:image/gif');
    expect(a.html).toContain('<figcaption>');
  });
  it('makes every link absolute and opens it in a new tab', () => {
    const hrefs = [...a.html.matchAll(/href="([^"]*)"/g)].map((m) => m[1]);
    for (const h of hrefs) expect(h).toMatch(/^(https?:|mailto:|tel:|#)/);
    for (const tag of a.html.match(/<a\s[^>]*>/g) ?? []) expect(tag).toContain('rel="noopener noreferrer"');
  });
  it('separates paragraphs with blank lines and counts words', () => {
    expect(a.text).toMatch(/\S\n\n\S/);
    expect(a.wordCount).toBeGreaterThan(100);
    expect(a.readingMinutes).toBeGreaterThanOrEqual(1);
    expect(a.lang).toBe('vi');
  });
});

describe('extractArticle on the seed pages', () => {
  const seeds: { page: string; seedText: string; title: string; date: string }[] = [
    {
      page: 'seed-000.html',
      seedText: 'seed-000.txt',
      title: 'Tăng cường hợp tác Việt Nam - Lào trong lĩnh vực lao động',
      date: '2025-11-13T07:49:00+07:00',
    },
    {
      page: 'seed-001.html',
      seedText: 'seed-001.txt',
      title: 'Bộ trưởng Đỗ Thanh Bình gặp song phương Bộ trưởng Lao động và Phúc lợi xã hội Lào',
      date: '2025-12-02T10:30:00+07:00',
    },
  ];
  it.each(seeds)('$page: title, date, byline, no clutter', ({ page, title, date }) => {
    const a = article(extractArticle(fixtureDoc(page), URL_NEWS));
    expect(a.title).toBe(title);
    expect(a.publishedTime).toBe(date);
    expect(a.byline).toBeTruthy();
    const text = flat(a.text);
    for (const phrase of ['Tin liên quan', 'Đọc nhiều', 'Mới nhất', 'Tin bài khác', 'Gửi bình luận'])
      expect(text).not.toContain(phrase);
  });
  const seedDir = path.resolve(__dirname, '../../../../shared/corpus/entities');
  it.runIf(existsSync(path.join(seedDir, 'seed-001.txt')))(
    'seed-001.html keeps the paragraphs of the seed text',
    () => {
      const a = article(extractArticle(fixtureDoc('seed-001.html'), URL_NEWS));
      const paragraphs = readFileSync(path.join(seedDir, 'seed-001.txt'), 'utf8')
        .split(/\n\s*\n/)
        .map(flat)
        .filter((p) => p.length > 80);
      expect(paragraphs.length).toBeGreaterThan(3);
      for (const p of paragraphs) expect(flat(a.text)).toContain(p.slice(0, 60));
    },
  );
});

describe('extractArticle safety and limits', () => {
  it('never mutates the input document', () => {
    const doc = fixtureDoc(clutter.page);
    const before = doc.documentElement.outerHTML;
    article(extractArticle(doc, URL_NEWS));
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it('refuses too large pages with a Vietnamese message', () => {
    const r = extractArticle(fixtureDoc('seed-000.html'), URL_NEWS, { maxElemsToParse: 50 });
    expect(r).toMatchObject({ code: 'too-large' });
    expect((r as ExtractError).error).toMatch(/Trang quá lớn/);
  });

  it('refuses a huge generated page quickly rather than hanging', () => {
    const cells = '<div><span>ô</span></div>'.repeat(20000);
    const r = extractArticle(parse(`<html lang="vi"><body>${cells}</body></html>`), URL_NEWS);
    expect(r).toMatchObject({ code: 'too-large' });
  });

  it.each([
    ['an empty page', '<html lang="vi"><body></body></html>'],
    ['a page of links only', `<html lang="vi"><body>${'<a href="/x">Tin</a> '.repeat(30)}</body></html>`],
  ])('says there is no article on %s', (_name, html) => {
    const r = extractArticle(parse(html), URL_NEWS);
    expect(r).toMatchObject({ code: 'no-article' });
    expect((r as ExtractError).error).toMatch(/Không tìm thấy/);
  });

  it('strips every payload from a hostile article and keeps its text', () => {
    const page = makeXssArticlePage([
      '<img src=x onerror=alert(1)>',
      '<a href="javascript:alert(2)">bấm</a>',
      '<script>alert(3)</script>',
      '<svg onload=alert(4)>',
      '<iframe src="javascript:alert(5)"></iframe>',
    ]);
    const a = article(extractArticle(parse(page), URL_NEWS));
    expect(a.html).not.toMatch(/<script|onerror|onload|javascript:|<iframe|<svg/i);
    expect(a.text).toContain('Đoạn kết');
  });
});
