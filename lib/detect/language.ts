/**
 * Vietnamese language cues from text: letters that only Vietnamese uses among Latin-script
 * languages (ă đ ơ ư and the tone-marked vowels of the Latin Extended Additional block) and
 * very frequent function words.
 */

/** ă đ ơ ư (both cases) and U+1EA0–U+1EF9 (ạ ả ấ … ỹ): rare outside Vietnamese. */

/** Frequent Vietnamese function words (all lower case, NFC). */
export const VI_FUNCTION_WORDS: ReadonlySet<string> = new Set([
  'của',
  'và',
  'những',
  'được',
  'trong',
  'không',
  'các',
  'cho',
  'với',
  'là',
  'có',
  'người',
  'này',
  'đã',
  'một',
  'khi',
  'từ',
  'theo',
  'về',
  'đến',
  'cũng',
  'như',
  'tại',
  'sẽ',
  'đang',
  'nhiều',
  'năm',
  'ngày',
]);

export interface LanguageCues {
  /** Letters counted in the sample. */
  letters: number;
  /** Share of letters that are Vietnamese-only letters. */
  viLetterRatio: number;
  /** Share of words that are Vietnamese function words. */
  functionWordRatio: number;
}

const COMBINING = /[\u0300-\u036f]/;

/**
 * NFC only when the text has combining marks: most pages are already precomposed, and
 * `normalize` is slow in some engines.
 */
export function toNfc(text: string): string {
  return COMBINING.test(text) ? text.normalize('NFC') : text;
}

/** True for ă đ ơ ư (either case) and U+1EA0–U+1EF9 (ạ ả ấ … ỹ). */
function isVietnameseLetter(c: number): boolean {
  return (
    (c >= 0x1ea0 && c <= 0x1ef9) ||
    c === 0x103 ||
    c === 0x102 ||
    c === 0x111 ||
    c === 0x110 ||
    c === 0x1a1 ||
    c === 0x1a0 ||
    c === 0x1b0 ||
    c === 0x1af
  );
}

/** Rough letter test, enough for ratios: ASCII letters and anything above U+00BF except punctuation blocks. */
function isLetter(c: number): boolean {
  return (
    (c >= 0x61 && c <= 0x7a) ||
    (c >= 0x41 && c <= 0x5a) ||
    (c >= 0xc0 && c !== 0xd7 && c !== 0xf7 && !(c >= 0x2000 && c <= 0x206f) && !(c >= 0x3000 && c <= 0x303f))
  );
}

/** Function words are looked up in this many leading characters only (lookups cost more than letters). */
const WORD_SAMPLE = 500;

/** Measures Vietnamese cues in `text` in one pass (callers bound its length). */
export function languageCues(text: string): LanguageCues {
  const sample = toNfc(text);
  let letters = 0;
  let vi = 0;
  let words = 0;
  let fw = 0;
  let wordStart = -1;
  const wordEnd = Math.min(sample.length, WORD_SAMPLE);
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (isLetter(c)) {
      letters++;
      if (isVietnameseLetter(c)) vi++;
      if (wordStart < 0) wordStart = i;
    } else if (wordStart >= 0) {
      if (i <= wordEnd) {
        words++;
        // Function words are short and lower case in running text: no case folding needed.
        if (i - wordStart <= 5 && VI_FUNCTION_WORDS.has(sample.slice(wordStart, i))) fw++;
      }
      wordStart = -1;
    }
  }
  return {
    letters,
    viLetterRatio: letters ? vi / letters : 0,
    functionWordRatio: words ? fw / words : 0,
  };
}

/** True when the cues of a large enough sample say the text is Vietnamese. */
export function looksVietnamese(c: LanguageCues): boolean {
  return c.viLetterRatio >= 0.04 && c.functionWordRatio >= 0.04;
}

/** True when a large enough sample clearly is not Vietnamese. */
export function clearlyNotVietnamese(c: LanguageCues): boolean {
  return c.letters >= 300 && c.viLetterRatio < 0.01 && c.functionWordRatio < 0.01;
}
