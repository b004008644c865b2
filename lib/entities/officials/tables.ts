/** Phrase tables and word sets of the officials' grammar, built once at module load. */

import { PROVINCES_34, PROVINCES_63 } from '../inventory/places';
import {
  PUBLIC_ACRONYMS as ACRONYMS,
  AIDE_HEADS,
  CHAIR_HEADS,
  COPULAS,
  PERSON_NAMED_PLACES as NAMED_PLACES,
  NAME_PARTICLES as PARTICLES,
  SPEECH_VERBS,
} from '../inventory/title-grammar-words';
import {
  BUSINESS_WORDS,
  COUNTRIES,
  HEAD_MODIFIERS,
  HONORIFICS,
  LOCALITY_WORDS,
  ORG_NOUNS,
  ORGS,
  PLURAL_MARKERS,
  PUBLIC_BODY_START,
  RANKS,
  TITLE_HEADS,
  TITLE_PREFIXES,
} from '../lexicon';
import { phraseTable } from '../tokens';

export const HEAD_T = phraseTable(TITLE_HEADS);
export const MOD_T = phraseTable(HEAD_MODIFIERS);
export const ORG_T = phraseTable([...ORGS, 'đoàn thanh niên', 'đoàn thanh niên cộng sản hồ chí minh']);
export const ORGNOUN_T = phraseTable(ORG_NOUNS);
export const COUNTRY_T = phraseTable(COUNTRIES);
export const LOCALITY_T = phraseTable(LOCALITY_WORDS);
export const HONOR_T = phraseTable(HONORIFICS);
export const PUBLIC_T = phraseTable(PUBLIC_BODY_START);
export const BUSINESS_T = phraseTable(BUSINESS_WORDS);
export const PLURAL_T = phraseTable(PLURAL_MARKERS);
export const PREFIX_T = phraseTable(TITLE_PREFIXES);
export const RANK_SET = new Set(RANKS);
export const SPEECH_T = phraseTable(SPEECH_VERBS);
export const CHAIR_SET = new Set(CHAIR_HEADS);
export const AIDE_SET = new Set(AIDE_HEADS);
export const PUBLIC_ACRONYMS = new Set(ACRONYMS);
/** "là", "hiện là", "giữ chức": a title follows the name. */
export const COPULA_T = phraseTable(COPULAS);
export const NAME_PARTICLES = new Set(PARTICLES);
export const PERSON_NAMED_PLACES = new Set(NAMED_PLACES);
/** Provinces and cities of two or more words whose last word could start a person's name ("Lâm Đồng Đặng …"). */
export const PROVINCE_T = phraseTable([...PROVINCES_63, ...PROVINCES_34].filter((p) => p.includes(' ')));
/** Lower-case words that can start something the main loop acts on (besides capitalised words). */
export const TRIGGERS = phraseTable(
  [...PLURAL_MARKERS, ...TITLE_PREFIXES, ...HONORIFICS].map((x) => x.split(' ')[0]),
);
export const MEMBERSHIP = new Set([
  'ủy viên',
  'tỉnh ủy viên',
  'thành ủy viên',
  'huyện ủy viên',
  'ủy viên dự khuyết',
  ...RANKS,
]);

/** One office phrase found in the text (working-copy offsets). */

export const SEP = new Set([',', '-', '–', '—']);
export const BOUNDARY = new Set([';', ':', '\n', '(', '.', ',', '"', '-', '–', '—', '•']);
export const BOUNDARY_WORDS = new Set(['và', 'cùng', 'có', 'gồm', 'là', 'với']);
