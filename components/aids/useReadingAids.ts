/** Draws the reading aids into the reader's body whenever its entities or the aid settings change. */
import { useLayoutEffect } from 'preact/hooks';
import type { Settings } from '@/lib/settings';
import type { Entity } from '@/lib/types';
import { decorateArticle, undecorate } from './decorate';

/**
 * `onDrawn` is called after the body's text nodes were split (maps of the body must be rebuilt).
 * Entity spans of the shown types count as highlighted: no acronym is marked inside them.
 */
export function useReadingAids(
  bodyRef: { current: HTMLElement | null },
  entities: readonly Entity[],
  settings: Pick<Settings, 'entityTypesShown' | 'legalSearch' | 'acronyms'>,
  onDrawn: () => void,
): void {
  useLayoutEffect(() => {
    const body = bodyRef.current;
    if (!body?.firstChild) return;
    const highlighted = entities.filter((e) => settings.entityTypesShown[e.type]);
    try {
      decorateArticle(body, entities, highlighted, settings);
    } catch (err) {
      // An aid must never cost the user the article.
      console.error('[bao-gon] reading aids', err);
      undecorate(body);
    }
    onDrawn();
  }, [entities, settings.entityTypesShown, settings.legalSearch, settings.acronyms]);
}
