/**
 * Word lists of Vietnamese public life used by the recogniser, gathered from `inventory/` (one file per
 * domain: offices, bodies, countries, places, people's names, closed word classes, law names).
 */
export { BUSINESS_WORDS, ORG_NOUNS, ORGS, PUBLIC_BODY_START } from './inventory/bodies';
export { COUNTRIES } from './inventory/countries';
export { HEAD_MODIFIERS, RANKS, RESTRICTED_HEADS, TITLE_HEADS, TITLE_PREFIXES } from './inventory/offices';
export { FAMILY_NAMES, HONORIFICS } from './inventory/people';
export { NAME_LIKE_PLACES } from './inventory/places';
export { LOCALITY_WORDS, PLURAL_MARKERS, STOP_WORDS } from './inventory/words';
