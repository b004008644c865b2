/**
 * UI strings: `t(key, subs?)` over `browser.i18n.getMessage`, honouring the user's `uiLanguage`
 * setting by loading that locale's messages.json when it differs from the browser's language.
 */
type MessageEntry = { message: string; placeholders?: Record<string, { content: string }> };
type Messages = Record<string, MessageEntry>;

let override: Messages | null = null;
let current: 'vi' | 'en' = 'vi';

/** The language the UI is shown in after `initI18n` ('vi' or 'en'). */
export function uiLang(): 'vi' | 'en' {
  return current;
}

/**
 * The language `browser.i18n.getMessage` actually serves: read from the `uiLangCode` message
 * ("vi"/"en" in each messages.json), since `getUILanguage()` may name a locale the browser does
 * not use for extension messages.
 */
function browserLang(): 'vi' | 'en' {
  const served = browser.i18n.getMessage('uiLangCode' as never);
  if (served === 'vi' || served === 'en') return served;
  const ui = (browser.i18n.getUILanguage?.() ?? 'vi').toLowerCase();
  return ui.startsWith('en') ? 'en' : 'vi';
}

/**
 * Chooses the UI language: 'auto' follows the browser; 'vi'/'en' loads that locale's
 * messages.json when the browser's language is another one. Never throws (falls back to the browser's).
 */
export async function initI18n(choice: 'auto' | 'vi' | 'en' = 'auto'): Promise<void> {
  const native = browserLang();
  override = null;
  current = native;
  if (choice !== 'auto' && choice !== native) {
    try {
      const res = await fetch(browser.runtime.getURL(`/_locales/${choice}/messages.json` as '/'));
      if (res.ok) {
        override = (await res.json()) as Messages;
        current = choice;
      }
    } catch {
      override = null;
    }
  }
  if (typeof document !== 'undefined') document.documentElement.lang = current;
}

/** Replaces `$1`…`$9` (and named `$name$` placeholders) like `browser.i18n.getMessage` does. */
function substitute(entry: MessageEntry, subs: readonly string[]): string {
  let msg = entry.message;
  if (entry.placeholders) {
    for (const [name, ph] of Object.entries(entry.placeholders)) {
      msg = msg.split(`$${name}$`).join(ph.content);
      msg = msg.split(`$${name.toUpperCase()}$`).join(ph.content);
    }
  }
  return msg.replace(/\$(\d)/g, (_, d: string) => subs[Number(d) - 1] ?? '');
}

/**
 * The UI string `key` in the chosen language, with `$1`, `$2`… replaced by `subs`.
 * Falls back to the key itself when the message is missing (visible, never empty).
 */
/** A count with its noun: `one` for exactly 1 ("1 mention"), `many` otherwise (Vietnamese uses one form for both). */
export function tCount(many: string, one: string, n: number): string {
  return t(n === 1 ? one : many, n);
}

export function t(key: string, subs?: string | number | readonly (string | number)[]): string {
  const list = (subs === undefined ? [] : Array.isArray(subs) ? subs : [subs]).map(String);
  const entry = override?.[key];
  if (entry) return substitute(entry, list);
  const msg = browser.i18n.getMessage(key as never, list);
  return msg || key;
}
