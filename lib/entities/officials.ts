/**
 * Officials: title chains ("Ủy viên Bộ Chính trị, Bộ trưởng Bộ Công an"), the names they attach
 * to (both orders), lists after plural titles, and short mentions linked to the full name.
 * The parts live in `officials/`: tables (word classes), context (the reading position), body and
 * titles (the title grammar), name-at (names), scan (the main loop), people (linking of mentions).
 */

import { Ctx } from './officials/context';
import { scan } from './officials/scan';
import type { OfficialMention, Person } from './officials/types';
import type { Tok } from './tokens';

export { mainTitle } from './officials/people';
export type { OfficialMention, Person, TitleSpan } from './officials/types';

/** Recognises officials in a tokenised working text, chunk by chunk (paragraph groups). */
export function findOfficials(
  chunks: Iterable<Tok[]>,
  lw: string,
): { persons: Person[]; mentions: OfficialMention[] } {
  // Chunks share the people found so far; titles and names never span two.
  const c = new Ctx(lw);
  for (const chunk of chunks) {
    c.load(chunk);
    scan(c);
  }
  return c.people.finish();
}
