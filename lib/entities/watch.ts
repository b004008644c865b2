/** Watch-list phrases, found diacritic- and case-insensitively. */
import { foldString } from './normalize';
import type { Span } from './spans';

const ESCAPE = /[.*+?^${}()|[\]\\]/g;
const WORD = /[\p{L}\p{N}]/u;

/** Finds every occurrence of the watch-list phrases in the working copy `w`. */
export function findWatch(w: string, phrases: string[]): Span[] {
  const folded = foldString(w);
  const out: Span[] = [];
  for (const phrase of phrases) {
    const words = foldString(phrase.normalize('NFC'))
      .split(/[\s\u00a0]+/)
      .filter(Boolean);
    if (!words.length) continue;
    const re = new RegExp(words.map((x) => x.replace(ESCAPE, '\\$&')).join('\\s+'), 'g');
    let m: RegExpExecArray | null = re.exec(folded);
    while (m !== null) {
      const s = m.index;
      const e = s + m[0].length;
      const before = s > 0 ? w[s - 1] : '';
      const after = e < w.length ? w[e] : '';
      if (!(before && WORD.test(before)) && !(after && WORD.test(after))) out.push({ s, e });
      if (m[0].length === 0) re.lastIndex++;
      m = re.exec(folded);
    }
  }
  return out;
}
