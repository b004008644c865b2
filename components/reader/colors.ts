/** Colours and labels of user highlights and entity types in the reader. */
import type { EntityType, HighlightColor } from '@/lib/types';

/** Highlight colours offered by the selection toolbar, with their paint. */
export const HIGHLIGHT_COLORS: readonly { color: HighlightColor; css: string; label: string }[] = [
  { color: 'yellow', css: '#fde047', label: 'rdColorYellow' },
  { color: 'green', css: '#86efac', label: 'rdColorGreen' },
  { color: 'blue', css: '#93c5fd', label: 'rdColorBlue' },
  { color: 'pink', css: '#f9a8d4', label: 'rdColorPink' },
  { color: 'purple', css: '#d8b4fe', label: 'rdColorPurple' },
];

/** Entity types in the order the panel lists them, with their i18n label keys. */
export const ENTITY_TYPE_LABELS: readonly { type: EntityType; label: string }[] = [
  { type: 'official', label: 'rdTypeOfficial' },
  { type: 'agreement', label: 'rdTypeAgreement' },
  { type: 'legal_document', label: 'rdTypeLegal' },
  { type: 'watch', label: 'rdTypeWatch' },
];

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
