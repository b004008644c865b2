/**
 * The built-in acronyms as news use them, each with Vietnamese and English expansions (written for
 * Báo Gọn), kept as data by subject: ./data/glossary-state.json (the state, the Party, courts,
 * security forces, mass organisations) and ./data/glossary-general.json (places, international
 * bodies and agreements, the economy, education, health, technology, the press). Issuer codes of
 * document symbols (codes.ts) join the glossary where they are used on their own in prose.
 */
import general from './data/glossary-general.json';
import state from './data/glossary-state.json';

export type Entry = readonly [abbr: string, vi: string, en: string];

const flat = (bySubject: Record<string, string[][]>): Entry[] =>
  Object.values(bySubject).flatMap((rows) => rows.map(([abbr, vi, en]) => [abbr, vi, en] as const));

export const STATE_ENTRIES: readonly Entry[] = flat(state);
export const GENERAL_ENTRIES: readonly Entry[] = flat(general);
