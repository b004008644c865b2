/**
 * The published JSON Schema of the backup format (`lib/export/backup-v1.schema.json`), generated from the
 * valibot schemas. Regenerate with `npx tsx scripts/backup-schema.ts`; a unit test fails when the file
 * and the schemas differ.
 */
import { toJsonSchema } from '@valibot/to-json-schema';
import { BackupSchemaV1 } from './schema';

/** Checks that JSON Schema cannot express (ISO timestamps, http(s) URLs) are left to the importer. */
export function backupJsonSchema(): Record<string, unknown> {
  const schema = toJsonSchema(BackupSchemaV1, { errorMode: 'ignore' }) as Record<string, unknown>;
  return {
    $schema: schema.$schema ?? 'http://json-schema.org/draft-07/schema#',
    $id: 'https://bao-gon.invalid/schemas/backup-v1.schema.json',
    title: 'Báo Gọn backup (JSON export, version 1)',
    description:
      'Collections and clippings as written by the JSON export. The importer also checks what this schema cannot: ISO 8601 timestamps and http(s) URLs.',
    ...Object.fromEntries(Object.entries(schema).filter(([k]) => k !== '$schema')),
  };
}
