/**
 * HTML character references left undecoded in metadata (JSON-LD and some CMSs encode names twice,
 * e.g. "NH&#7852;T XUÂN"): numeric references and the named ones news pages use.
 */
import { NAMED_CHAR_REFS } from '../format/char-refs';

// Latin letters with grave/acute/circumflex/tilde (the named ones Vietnamese text needs).
const ACCENTS: Record<string, string> = { grave: '\u0300', acute: '\u0301', circ: '\u0302', tilde: '\u0303' };

function named(name: string): string | null {
  // A no-break space in a name or a date is an ordinary space.
  if (name === 'nbsp') return ' ';
  const known = NAMED_CHAR_REFS.get(name);
  if (known !== undefined) return known;
  const m = /^([A-Za-z])(grave|acute|circ|tilde)$/.exec(name);
  if (m) return `${m[1]}${ACCENTS[m[2]]}`.normalize('NFC');
  if (name === 'yacute') return 'ý';
  if (name === 'Yacute') return 'Ý';
  return null;
}

/** Decodes `&#NNN;`, `&#xHH;` and common named references; unknown ones are left as they are. */
export function decodeEntities(s: string): string {
  if (!s.includes('&')) return s;
  return s
    .replace(/&(#\d{1,7}|#x[0-9a-f]{1,6}|[a-z]{2,8});/gi, (whole, ref: string) => {
      if (ref[0] === '#') {
        const code =
          ref[1] === 'x' || ref[1] === 'X' ? Number.parseInt(ref.slice(2), 16) : Number(ref.slice(1));
        if (!code || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return whole;
        return String.fromCodePoint(code);
      }
      return named(ref) ?? whole;
    })
    .normalize('NFC');
}
