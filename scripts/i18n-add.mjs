// Adds or updates UI strings in both locales at once:
//   flock /tmp/bao-gon-i18n.lock node scripts/i18n-add.mjs '{"key": ["Tiếng Việt", "English"]}'
import { readFileSync, writeFileSync } from 'node:fs';

const add = JSON.parse(process.argv[2] ?? '{}');
for (const [i, lang] of ['vi', 'en'].entries()) {
  const file = `public/_locales/${lang}/messages.json`;
  const messages = JSON.parse(readFileSync(file, 'utf8'));
  for (const [key, texts] of Object.entries(add)) {
    if (!/^[A-Za-z0-9_]+$/.test(key)) throw new Error(`bad message key: ${key}`);
    messages[key] = { message: texts[i] };
  }
  writeFileSync(file, `${JSON.stringify(messages, null, 2)}\n`);
}
console.log(`added ${Object.keys(add).length} message(s)`);
