import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { recognize } from '../../../lib/entities';
import type { Entity } from '../../../lib/types';

const SAMPLE =
  'Sáng 2/4, Phó Thủ tướng Hoàng Trung Hải, Ủy viên Bộ Chính trị, chứng kiến lễ ký “Thỏa thuận hợp tác giữa Bộ Y tế Việt Nam và Bộ Y tế Lào” ' +
  'cùng Nghị quyết số 12-NQ/TW và Luật Khám bệnh, chữa bệnh. Ông Hải khẳng định quan hệ tốt đẹp.';

/** Old-style tone placement: "Thoả", "Uỷ". */
const oldTones = (s: string) => s.replace(/Thỏa/g, 'Thoả').replace(/Ủy/g, 'Uỷ').replace(/hòa/g, 'hoà');

const summary = (ents: Entity[]) =>
  ents.map((e) =>
    `${e.type}|${e.name ?? ''}|${e.text.normalize('NFC').replace(/\s+/g, ' ')}`
      .replace(/Thoả/g, 'Thỏa')
      .replace(/Uỷ/g, 'Ủy'),
  );

function expectOffsets(text: string, ents: Entity[]): void {
  for (const e of ents) {
    expect(e.start).toBeGreaterThanOrEqual(0);
    expect(e.end).toBeGreaterThan(e.start);
    expect(text.slice(e.start, e.end)).toBe(e.text);
  }
}

describe('robust to the form of the text', () => {
  const base = recognize(SAMPLE).entities;
  const variants: [string, string][] = [
    ['NFD', SAMPLE.normalize('NFD')],
    ['old tone placement', oldTones(SAMPLE)],
    ['NFD and old tones', oldTones(SAMPLE).normalize('NFD')],
    ['non-breaking spaces', SAMPLE.replace(/ /g, '\u00a0')],
    ['straight quotes', SAMPLE.replace(/[“”]/g, '"')],
    ['zero-width spaces and CRLF', SAMPLE.replace(/\. /g, '.\r\n\u200b')],
  ];
  it('finds all three kinds in the sample', () => {
    expect(new Set(base.map((e) => e.type))).toEqual(new Set(['official', 'agreement', 'legal_document']));
    expectOffsets(SAMPLE, base);
  });
  it.each(variants)('%s: same entities, offsets into the input', (_name, text) => {
    const ents = recognize(text).entities;
    expectOffsets(text, ents);
    expect(summary(ents)).toEqual(summary(base));
  });
});

describe('groups', () => {
  it('one group per person with the fullest name and all titles', () => {
    const { groups } = recognize(SAMPLE);
    const person = groups.find((g) => g.type === 'official');
    expect(person).toMatchObject({ name: 'Hoàng Trung Hải', mentions: 2 });
    expect(person?.titles).toEqual(['Phó Thủ tướng', 'Ủy viên Bộ Chính trị']);
    expect(person?.firstStart).toBe(SAMPLE.indexOf('Phó Thủ tướng'));
  });
});

const CORPUS = path.resolve(__dirname, '../../../../shared/corpus/entities');

describe.runIf(existsSync(CORPUS))('offsets on every corpus text (shared/corpus/entities)', () => {
  const files = existsSync(CORPUS) ? readdirSync(CORPUS).filter((f) => f.endsWith('.txt')) : [];
  it.each(files)('%s', (file) => {
    const text = readFileSync(path.join(CORPUS, file), 'utf8');
    for (const input of [text, text.normalize('NFD')]) {
      const ents = recognize(input).entities;
      expectOffsets(input, ents);
    }
  });
});

describe('odd inputs do not throw', () => {
  const rows: string[] = [
    '',
    '   \n\n  ',
    '!!! ... ;;; ---',
    '😀 Thủ tướng 😀 Phạm Minh Chính 😀',
    'x'.repeat(5000),
    'Bộ trưởng',
    'Ông',
    'Nghị định số',
    'Hiệp định (',
    '\u0301\u0300 dấu rời đầu văn bản',
  ];
  it.each(rows)('%j', (text) => {
    const { entities } = recognize(text);
    for (const e of entities) expect(text.slice(e.start, e.end)).toBe(e.text);
  });
});
