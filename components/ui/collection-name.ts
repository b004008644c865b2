/** The name of a collection as shown: the built-in default one in the UI language, others as the user named them. */
import { DEFAULT_COLLECTION_ID } from '@/lib/clips/db';
import { t } from './i18n';

export function collectionName(c: { id: string; name: string }): string {
  return c.id === DEFAULT_COLLECTION_ID ? t('uiDefaultCollection') : c.name;
}
