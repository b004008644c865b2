/** Colours and labels of user highlights and entity types in the reader. */
import { ENTITY_TYPES, HIGHLIGHT_COLORS as COLORS } from '@/lib/schema';
import type { EntityType, HighlightColor } from '@/lib/types';

const PAINT: Record<HighlightColor, { css: string; label: string }> = {
  yellow: { css: '#fde047', label: 'rdColorYellow' },
  green: { css: '#86efac', label: 'rdColorGreen' },
  blue: { css: '#93c5fd', label: 'rdColorBlue' },
  pink: { css: '#f9a8d4', label: 'rdColorPink' },
  purple: { css: '#d8b4fe', label: 'rdColorPurple' },
};

/** Highlight colours offered by the selection toolbar (lib/schema.ts order), with their paint. */
export const HIGHLIGHT_COLORS: readonly { color: HighlightColor; css: string; label: string }[] =
  COLORS.map((color) => ({ color, ...PAINT[color] }));

const TYPE_LABEL: Record<EntityType, string> = {
  official: 'rdTypeOfficial',
  agreement: 'rdTypeAgreement',
  legal_document: 'rdTypeLegal',
  watch: 'rdTypeWatch',
};

/** Entity types in the order the panel lists them (lib/schema.ts), with their i18n label keys. */
export const ENTITY_TYPE_LABELS: readonly { type: EntityType; label: string }[] = ENTITY_TYPES.map(
  (type) => ({ type, label: TYPE_LABEL[type] }),
);

/** Highlight-registry name of an entity type. */
export const entityPaintName = (type: EntityType): string => `bg-${type}`;
/** Highlight-registry name of a user highlight colour. */
export const highlightPaintName = (color: HighlightColor): string => `bg-hl-${color}`;
/** Highlight-registry name of the mention the panel scrolled to. */
export const FOCUS_PAINT = 'bg-focus';

/** The `::highlight()` rules (and fallback `<mark>` rules) for the given entity colours. */
export function paintCss(entityColors: Record<EntityType, string>): string {
  const rules: string[] = [];
  for (const { type } of ENTITY_TYPE_LABELS) {
    const name = entityPaintName(type);
    const c = entityColors[type];
    rules.push(`::highlight(${name}){background-color:${c};color:#111}`);
    rules.push(`mark[data-bg-paint="${name}"]{background-color:${c};color:#111}`);
  }
  for (const { color, css } of HIGHLIGHT_COLORS) {
    const name = highlightPaintName(color);
    rules.push(
      `::highlight(${name}){background-color:${css};color:#111;text-decoration:underline 2px ${css}}`,
    );
    rules.push(`mark[data-bg-paint="${name}"]{background-color:${css};color:#111}`);
  }
  rules.push(`::highlight(${FOCUS_PAINT}){background-color:#f97316;color:#fff}`);
  rules.push(`mark[data-bg-paint="${FOCUS_PAINT}"]{background-color:#f97316;color:#fff}`);
  return rules.join('\n');
}
