/** The published JSON Schema of the backup format: up to date with the valibot schemas, and it accepts what the export writes. */
import { readFileSync } from 'node:fs';
import Ajv from 'ajv';
import { describe, expect, it } from 'vitest';
import { exportClippings } from '@/lib/export';
import { backupJsonSchema } from '@/lib/export/json-schema';
import { clippings, COLLECTIONS } from './helpers';
import { awkwardClippings } from './interop/awkward';

const published = JSON.parse(
  readFileSync('lib/export/backup-v1.schema.json', 'utf8'),
);

describe('backup JSON Schema (lib/export/backup-v1.schema.json)', () => {
  it('is the schema generated from the valibot schemas (regenerate: npx tsx scripts/backup-schema.ts)', () => {
    expect(published).toEqual(backupJsonSchema());
  });

  const ajv = new Ajv({ allErrors: true, strict: false });
  const validate = ajv.compile(published);

  it('accepts JSON exports of ordinary and awkward clippings', async () => {
    for (const list of [clippings(5), awkwardClippings()]) {
      const r = await exportClippings('json', { clippings: list, collections: COLLECTIONS });
      const ok = validate(JSON.parse(r.data as string));
      expect(validate.errors ?? []).toEqual([]);
      expect(ok).toBe(true);
    }
  });

  it.each([
    ['a wrong format name', (e: Record<string, unknown>) => ({ ...e, format: 'other' })],
    [
      'a clipping without id',
      (e: Record<string, unknown>) => ({
        ...e,
        clippings: [{ ...(e.clippings as object[])[0], id: undefined }],
      }),
    ],
    [
      'an unknown highlight colour',
      (e: Record<string, unknown>) => {
        const c = (e.clippings as { highlights: object[] }[])[0];
        return { ...e, clippings: [{ ...c, highlights: [{ ...c.highlights[0], color: 'red' }] }] };
      },
    ],
  ])('rejects %s', async (_l, spoil) => {
    const r = await exportClippings('json', { clippings: clippings(1), collections: COLLECTIONS });
    expect(validate(JSON.parse(JSON.stringify(spoil(JSON.parse(r.data as string)))))).toBe(false);
  });
});
