/** Test helpers for the popup and library: i18n from the real locale files, fake services over a test DB. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { act } from 'preact/test-utils';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { PopupServices } from '@/components/popup/types';
import { restoreFromTrash, trashClippings } from '@/lib/clips/trash';
import type { BaoGonDB } from '@/lib/clips/db';
import type { ClipDraft } from '@/lib/clips/draft';
import { saveClipping } from '@/lib/clips/save';
import type { Detection } from '@/lib/types';

type Messages = Record<string, { message: string }>;

/** The content of `public/_locales/<lang>/messages.json`. */
export function loadMessages(lang: 'vi' | 'en'): Messages {
  const file = path.resolve(__dirname, `../../../public/_locales/${lang}/messages.json`);
  return JSON.parse(readFileSync(file, 'utf8')) as Messages;
}

/** Makes `browser.i18n` answer from the real messages.json of `lang`. */
export function installI18n(lang: 'vi' | 'en' = 'vi'): Messages {
  const messages = loadMessages(lang);
  const i18n = fakeBrowser.i18n as unknown as Record<string, unknown>;
  i18n.getUILanguage = () => lang;
  i18n.getMessage = (key: string, subs?: string | string[]) => {
    const list = subs === undefined ? [] : Array.isArray(subs) ? subs : [subs];
    const m = messages[key]?.message ?? '';
    return m.replace(/\$(\d)/g, (_: string, d: string) => list[Number(d) - 1] ?? '');
  };
  return messages;
}

/** Recorded calls of the fake services. */
export interface Calls {
  openTab: string[];
  openReader: number[];
  closed: number;
}

/** Fake popup services over a test database; the tab shows `detection` and yields `draft`. */
export function fakeServices(
  db: BaoGonDB,
  opts: {
    detection?: Detection | null;
    draft?: ClipDraft;
    tabId?: number | null;
    explicitTab?: boolean;
  } = {},
): { services: PopupServices; calls: Calls } {
  const calls: Calls = { openTab: [], openReader: [], closed: 0 };
  let last = 'default';
  const services: PopupServices = {
    db,
    tabId: opts.tabId === undefined ? 7 : opts.tabId,
    explicitTab: opts.explicitTab ?? false,
    tabUrl: async () => opts.draft?.url ?? null,
    detect: async () => opts.detection ?? null,
    getByUrl: async (url) => (await import('@/lib/clips/clippings')).getClippingByUrl(db, url),
    openReader: async (id) => {
      calls.openReader.push(id);
    },
    extractDraft: async () => {
      if (!opts.draft) throw new Error('no-article');
      return opts.draft;
    },
    save: (draft) => saveClipping(db, draft),
    remove: (ids) => trashClippings(db, ids),
    restore: async (ids) => (await restoreFromTrash(db, ids)).restored,
    openTab: async (p) => {
      calls.openTab.push(p);
    },
    closeWindow: () => {
      calls.closed += 1;
    },
    file: async (id, patch) => {
      await (await import('@/lib/clips/clippings')).updateClipping(db, id, patch);
    },
    createCollection: async (name) => (await (await import('@/lib/clips/collections')).createCollection(db, name)).id,
    lastCollection: async () => last,
    rememberCollection: async (id) => {
      last = id;
    },
  };
  return { services, calls };
}

/** Sets an input's value as typing does and fires `input`. */
export async function typeInto(input: HTMLInputElement, text: string): Promise<void> {
  await act(() => {
    input.value = text;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

/** Clicks an element inside act(). */
export async function click(el: Element): Promise<void> {
  await act(() => {
    (el as HTMLElement).click();
  });
}

/** All elements with a data-testid under `root`. */
export function byTestId<T extends Element = HTMLElement>(root: ParentNode, id: string): T[] {
  return [...root.querySelectorAll<T>(`[data-testid="${id}"]`)];
}
