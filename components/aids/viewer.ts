/** Reading aids in the clip viewer: the saved clipping's entities drawn as legal links and acronyms. */
import { readText } from '@/lib/article';
import { mapText } from '@/lib/clips/dom-text';
import { DEFAULT_SETTINGS } from '@/lib/settings';
import type { Clipping, Entity } from '@/lib/types';
import { type AidSettings, decorateArticle } from './decorate';

export type { AidSettings } from './decorate';

const recognised = new WeakMap<Clipping, Entity[]>();

/**
 * A decorator for the viewer's rendered article. The stored entities point into the clipping's
 * text; when the rendered text differs (an older save) the text is read again through the one
 * pipeline (lib/article.ts).
 */
export function viewerDecorator(
  c: Clipping,
  aids: AidSettings = DEFAULT_SETTINGS,
): (el: HTMLElement) => void {
  return (el) => {
    try {
      const map = mapText(el);
      let entities: Entity[] = c.entities;
      if (map.text !== c.text || entities.length === 0) {
        entities = recognised.get(c) ?? readText(map.text).entities;
        recognised.set(c, entities);
      }
      // The viewer highlights no entity in the text: acronyms are kept out of legal references only.
      decorateArticle(el, entities, [], aids, map);
    } catch (err) {
      console.warn('[bao-gon] reading aids', err);
    }
  };
}
