/** The shared named-reference table and sorted search used by the export, the reader and the recogniser. */
import { describe, expect, it } from 'vitest';
import { decodeEntities as decodeExportHtml } from '@/lib/export/html-tree';
import { decodeEntities as decodeMeta } from '@/lib/reader/entities';
import { lowerBound } from '@/lib/sorted';

describe('named character references', () => {
  it('decode the same named references in the export and in page metadata', () => {
    expect(decodeExportHtml('&laquo;Hà Nội&raquo; &copy; &hellip;')).toBe('«Hà Nội» © …');
    expect(decodeMeta('&laquo;Hà Nội&raquo; &copy; &hellip;')).toBe('«Hà Nội» © …');
  });
  it('metadata reads a no-break space as a space, the export keeps it', () => {
    expect(decodeMeta('Lê&nbsp;Văn A')).toBe('Lê Văn A');
    expect(decodeExportHtml('Lê&nbsp;Văn A')).toBe('Lê\u00a0Văn A');
  });
  it('never take object property names for references', () => {
    expect(decodeExportHtml('a &valueOf; &constructor; b')).toBe('a &valueOf; &constructor; b');
    expect(decodeMeta('a &valueOf; &toString; b')).toBe('a &valueOf; &toString; b');
  });
});

describe('lowerBound', () => {
  it('finds the first index not below x', () => {
    const a = Int32Array.from([1, 3, 3, 7]);
    expect([0, 1, 2, 3, 4, 7, 8].map((x) => lowerBound(a, x))).toEqual([0, 0, 1, 1, 3, 3, 4]);
    expect(lowerBound([], 5)).toBe(0);
  });
});
