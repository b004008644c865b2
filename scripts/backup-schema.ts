/** Writes lib/export/backup-v1.schema.json from the valibot schemas (npx tsx scripts/backup-schema.ts). */
import { writeFileSync } from 'node:fs';
import { backupJsonSchema } from '../lib/export/json-schema';

writeFileSync(
  new URL('../lib/export/backup-v1.schema.json', import.meta.url),
  `${JSON.stringify(backupJsonSchema(), null, 2)}\n`,
);
console.log('wrote lib/export/backup-v1.schema.json');
