/** Loads fixture pages (tests/fixtures/pages) as Documents in the test DOM. */
import { readFileSync } from 'node:fs';
import path from 'node:path';

export const FIXTURES = path.resolve(__dirname, '../../fixtures/pages');

/** Raw HTML of a fixture page. */
export function fixtureHtml(name: string): string {
  return readFileSync(path.join(FIXTURES, name), 'utf8');
}

/** Parses HTML with the environment's DOMParser. */
export function parse(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

/** A fixture page as a Document. */
export function fixtureDoc(name: string): Document {
  return parse(fixtureHtml(name));
}

/** NFC + whitespace folding, as the corpus scorer compares. */
export const flat = (s: string | null | undefined): string =>
  (s ?? '')
    .normalize('NFC')
    .replace(/[\s\u00a0\u200b]+/g, ' ')
    .trim();
