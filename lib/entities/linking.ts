/**
 * Linking of later short references to legal documents: "Thông tư 17" after "Thông tư số
 * 17/2024/TT-BGDĐT" is the same document and takes its group key (officials' short forms are
 * linked in `officials/people.ts`).
 */
import type { Entity } from '../types';
import { canonical } from './normalize';

/** "Thông tư số 17/2024/TT-BGDĐT": the type and the leading number of a full reference. */
const FULL = /^(.+?)\s+(?:số\s+)?(\d+)[/-]/u;
/** "Thông tư 17", "Nghị quyết số 57": a short reference, type and number only. */
const SHORT = /^(.+?)\s+(?:số\s+)?(\d+)$/u;

/** Gives later short legal references the key of the full form named before them (entities sorted by start). */
export function linkShortReferences(entities: Entity[]): void {
  const full = new Map<string, string>();
  for (const e of entities) {
    if (e.type !== 'legal_document') continue;
    const t = canonical(e.text).toLowerCase();
    const f = FULL.exec(t);
    if (f) {
      const k = `${f[1]}|${f[2]}`;
      if (!full.has(k)) full.set(k, e.key);
      continue;
    }
    const s = SHORT.exec(t);
    const key = s && full.get(`${s[1]}|${s[2]}`);
    if (key) e.key = key;
  }
}
