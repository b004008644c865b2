/** Derived index fields of a clipping, and their removal when a record leaves the data layer. */
import type { Clipping } from '../types';
import type { DerivedFields, StoredClipping } from './db';
import { uniqueTokens } from './fold';

const SEP = '\u001f';

/** Computes `searchTokens`, `entityKeys` and `entityLabels` from a clipping's content. */
export function deriveFields(c: Clipping): DerivedFields {
  const keys = new Set<string>();
  const labels = new Map<string, string>();
  const entityTexts: string[] = [];
  for (const e of c.entities) {
    if (!e.key) continue;
    keys.add(e.key);
    const label = e.name || e.text;
    if (!labels.has(e.key)) labels.set(e.key, [e.key, e.type, label, e.text].join(SEP));
    entityTexts.push(label);
    if (e.title) entityTexts.push(e.title);
  }
  const highlightTexts = c.highlights.flatMap((h) => [h.quote, h.note]);
  return {
    searchTokens: uniqueTokens([
      c.title,
      c.text,
      c.note,
      c.quote ?? '',
      c.tags.join(' '),
      c.siteName ?? '',
      ...entityTexts,
      ...highlightTexts,
    ]),
    entityKeys: [...keys],
    entityLabels: [...labels.values()],
  };
}

/** Splits an `entityLabels` entry into its parts (`name` is the person's name or the text). */
export function parseEntityLabel(entry: string): { key: string; type: string; name: string; text: string } {
  const [key = '', type = '', name = '', text = name] = entry.split(SEP);
  return { key, type, name, text };
}

/** Adds the derived fields to a clipping, ready to be stored. */
export function toStored(c: Clipping): StoredClipping {
  return { ...stripDerived(c as StoredClipping), ...deriveFields(c) };
}

/** Removes the derived fields, returning a plain `Clipping`. */
export function stripDerived(s: StoredClipping | Clipping): Clipping {
  const { searchTokens: _t, entityKeys: _k, entityLabels: _l, ...clipping } = s as StoredClipping;
  return clipping;
}
