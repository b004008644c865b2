/** User settings: shape and defaults. Stored in the extension-origin database (lib/settings-store.ts), never in `storage.local`. */
import { is } from 'valibot';
import { IdSchema } from './schema';
import { DEFAULT_LEGAL_SEARCH, isLegalSearchTemplate } from './aids/legal-symbol';
import { normalizeUserAcronyms, type UserAcronym } from './aids/user-acronyms';
import type { EntityType } from './types';

/** 'auto' follows the system's light or dark mode (prefers-color-scheme) until the user picks one. */
export const READER_THEMES = ['auto', 'light', 'sepia', 'dark'] as const;
export const READER_FONTS = ['serif', 'sans'] as const;
/** Bounds of the reader's number settings: font size in px, line width in characters. */
export const READER_RANGES = { fontSize: { min: 14, max: 28 }, lineWidth: { min: 45, max: 90 } } as const;
export type ReaderTheme = (typeof READER_THEMES)[number];
export type ReaderFont = (typeof READER_FONTS)[number];

export interface ReaderPrefs {
  fontSize: number; // px, 14..28
  lineWidth: number; // characters (ch), 45..90
  theme: ReaderTheme;
  font: ReaderFont;
}

export interface Settings {
  reader: ReaderPrefs;
  /** Open the reader by itself on detected Vietnamese articles. */
  autoOpenReader: boolean;
  /** Run detection on every site (needs the optional host permission), not only the built-in list. */
  detectAllSites: boolean;
  entityTypesShown: Record<EntityType, boolean>;
  entityColors: Record<EntityType, string>;
  /** Names or phrases highlighted as type "watch". */
  watchlist: string[];
  /** 'auto' follows the browser. */
  uiLanguage: 'auto' | 'vi' | 'en';
  /** The collection the last save was filed in: the next save proposes it. */
  lastCollectionId: string;
  /** Legal-document search for legal references (`{number}` is replaced); '' = no links. */
  legalSearch: string;
  /** Acronyms the user added to the glossary. */
  acronyms: UserAcronym[];
}

export const DEFAULT_SETTINGS: Settings = {
  reader: { fontSize: 19, lineWidth: 68, theme: 'auto', font: 'serif' },
  autoOpenReader: false,
  detectAllSites: false,
  entityTypesShown: { official: true, agreement: true, legal_document: true, watch: true },
  entityColors: { official: '#fde68a', agreement: '#bbf7d0', legal_document: '#bfdbfe', watch: '#fbcfe8' },
  watchlist: [],
  uiLanguage: 'auto',
  lastCollectionId: 'default',
  legalSearch: DEFAULT_LEGAL_SEARCH,
  acronyms: [],
};

/** Fills missing or malformed fields of a stored value with defaults (never throws). */
export function normalizeSettings(value: unknown): Settings {
  const v = (value && typeof value === 'object' ? value : {}) as Partial<Settings>;
  const r = (v.reader && typeof v.reader === 'object' ? v.reader : {}) as Partial<ReaderPrefs>;
  const clamp = (n: unknown, range: { min: number; max: number }, d: number) =>
    typeof n === 'number' && Number.isFinite(n) ? Math.min(range.max, Math.max(range.min, n)) : d;
  const d = DEFAULT_SETTINGS;
  return {
    reader: {
      fontSize: clamp(r.fontSize, READER_RANGES.fontSize, d.reader.fontSize),
      lineWidth: clamp(r.lineWidth, READER_RANGES.lineWidth, d.reader.lineWidth),
      theme:
        r.theme === 'sepia' || r.theme === 'dark' || r.theme === 'light' || r.theme === 'auto'
          ? r.theme
          : d.reader.theme,
      font: r.font === 'sans' || r.font === 'serif' ? r.font : d.reader.font,
    },
    autoOpenReader: typeof v.autoOpenReader === 'boolean' ? v.autoOpenReader : d.autoOpenReader,
    detectAllSites: typeof v.detectAllSites === 'boolean' ? v.detectAllSites : d.detectAllSites,
    entityTypesShown: { ...d.entityTypesShown, ...pickBooleans(v.entityTypesShown) },
    entityColors: { ...d.entityColors, ...pickColors(v.entityColors) },
    watchlist: Array.isArray(v.watchlist)
      ? v.watchlist.filter((w): w is string => typeof w === 'string' && w.trim() !== '').slice(0, 500)
      : [],
    uiLanguage: v.uiLanguage === 'vi' || v.uiLanguage === 'en' ? v.uiLanguage : 'auto',
    lastCollectionId:
      is(IdSchema, v.lastCollectionId) ? v.lastCollectionId : d.lastCollectionId,
    legalSearch:
      typeof v.legalSearch === 'string' && isLegalSearchTemplate(v.legalSearch)
        ? v.legalSearch
        : d.legalSearch,
    acronyms: normalizeUserAcronyms(v.acronyms),
  };
}

function pickBooleans(o: unknown): Partial<Record<EntityType, boolean>> {
  if (!o || typeof o !== 'object') return {};
  return Object.fromEntries(Object.entries(o).filter(([, b]) => typeof b === 'boolean'));
}

function pickColors(o: unknown): Partial<Record<EntityType, string>> {
  if (!o || typeof o !== 'object') return {};
  return Object.fromEntries(
    Object.entries(o).filter(([, c]) => typeof c === 'string' && /^#[0-9a-f]{6}$/i.test(c)),
  );
}
