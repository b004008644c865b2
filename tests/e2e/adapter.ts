/**
 * The part of the E2E contract both browser drivers share: tracking pages (dialogs, errors, tab
 * ids), the URLs of fixtures and extension pages, tab ids and badge text through the extension
 * API, waiting for a page, screenshots. A driver (./chromium.ts, ./firefox.ts) supplies only what
 * its browser library does differently (see `Driver`); the scenario API (./types.ts) is unchanged.
 */
import { NEWS_HOST, pollUntil, withTimeout } from './common';
import type { BrowserName, E2EContext, E2EPage } from './types';

/** The events the adapter listens to on a browser library's page object. */
interface EventedPage {
  // biome-ignore lint/suspicious/noExplicitAny: both libraries type their own event maps
  on(event: 'dialog' | 'pageerror' | 'console' | 'close', handler: (arg: any) => void): unknown;
}

/** The WebExtension API as seen where `inExtension` runs (service worker or extension page). */
declare const webext: {
  tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> };
  action: { getBadgeText(d: { tabId: number }): Promise<string> };
};

/** What a browser library must provide. `P` is its page type. */
export interface Driver<P extends EventedPage> {
  browser: BrowserName;
  port: number;
  extensionOrigin(): string;
  /** A new blank tab. */
  newPage(): Promise<P>;
  /** Navigates and waits for the load. */
  goto(page: P, url: string): Promise<void>;
  /** The user-visible pages now (no probe page). */
  pagesNow(): P[];
  /** The same, asking the browser (may find pages not tracked yet). */
  listPages(): Promise<P[]>;
  /** Best known URL, synchronously (for messages) and asking the page when needed. */
  urlOf(page: P): string;
  liveUrl(page: P): Promise<string>;
  /** Waits (leniently) until a page found by waitForPage has loaded. */
  waitLoaded(page: P): Promise<void>;
  /** Runs `fn(...args)` with the extension API in scope as `webext`. */
  inExtension<R>(fn: (...a: never[]) => R | Promise<R>, ...args: unknown[]): Promise<R>;
  /** The scenario-facing wrapper of a page. */
  wrap(page: P, dialogs: string[]): E2EPage;
  /** Closes the browser and starts it again on the same profile. */
  restart(): Promise<void>;
  screenshot(page: P, file: string): Promise<void>;
}

interface PageState {
  e2e: E2EPage;
  dialogs: string[];
  tabId?: number;
}

/** Everything a driver's session needs from the adapter. */
export interface Adapter<P> {
  ctx: E2EContext;
  /** Starts tracking a page (dialogs dismissed and recorded, errors collected). Idempotent. */
  track(page: P): E2EPage;
  /** Forgets every page (after a restart). */
  reset(): void;
  errors(): string[];
  screenshotAll(prefix: string): Promise<string[]>;
}

export function createAdapter<P extends EventedPage>(d: Driver<P>): Adapter<P> {
  const errors: string[] = [];
  const states = new Map<P, PageState>();

  const state = (page: P): PageState => {
    let st = states.get(page);
    if (st) return st;
    const dialogs: string[] = [];
    st = { e2e: d.wrap(page, dialogs), dialogs };
    states.set(page, st);
    page.on('dialog', (dlg: { message(): string; dismiss(): Promise<void> }) => {
      dialogs.push(dlg.message());
      void dlg.dismiss().catch(() => {});
    });
    page.on('pageerror', (e: Error) => errors.push(`[pageerror ${d.urlOf(page)}] ${e?.message ?? e}`));
    page.on('console', (m: { type(): string; text(): string }) => {
      if (m.type() === 'error') errors.push(`[console ${d.urlOf(page)}] ${m.text()}`);
    });
    page.on('close', () => states.delete(page));
    return st;
  };

  const allTabIds = () =>
    d.inExtension(async () => (await webext.tabs.query({})).map((t) => t.id as number)) as Promise<number[]>;

  /** A new tab whose tab id is known from the tabs that appeared meanwhile. */
  const newTrackedPage = async (): Promise<P> => {
    const before = new Set(await allTabIds());
    const page = await d.newPage();
    const st = state(page);
    const fresh = (await allTabIds()).filter((id) => !before.has(id));
    if (fresh.length === 1) st.tabId = fresh[0];
    return page;
  };

  const pageOf = (p: E2EPage): P => {
    for (const [page, st] of states) if (st.e2e === p) return page;
    throw new Error('tabIdOf: page is closed or belongs to a browser that was restarted');
  };

  const path = (p: string) => p.replace(/^\//, '');
  const ctx: E2EContext = {
    browser: d.browser,
    fixtureOrigin: `http://127.0.0.1:${d.port}`,
    newsUrl: (p) => `http://${NEWS_HOST}:${d.port}/${path(p)}`,
    otherUrl: (p) => `http://127.0.0.1:${d.port}/${path(p)}`,
    get extensionOrigin() {
      return d.extensionOrigin();
    },
    async openPage(url) {
      const page = await newTrackedPage();
      await d.goto(page, url);
      return state(page).e2e;
    },
    async openExtensionPage(p) {
      return ctx.openPage(`${d.extensionOrigin()}/${path(p)}`);
    },
    async tabIdOf(p) {
      const page = pageOf(p);
      const st = state(page);
      if (st.tabId != null) return st.tabId;
      const url = await d.liveUrl(page);
      const matches = (await d.inExtension(
        async (u: string) =>
          (await webext.tabs.query({})).filter((t) => t.url === u).map((t) => t.id as number),
        url,
      )) as number[];
      if (matches.length !== 1)
        throw new Error(`tabIdOf: cannot tell the tab of ${url} (${matches.length} candidates)`);
      st.tabId = matches[0];
      return st.tabId;
    },
    async badgeTextOf(p) {
      const tabId = await ctx.tabIdOf(p);
      return (await d.inExtension((id: number) => webext.action.getBadgeText({ tabId: id }), tabId)) as string;
    },
    async restart() {
      states.clear();
      await d.restart();
    },
    async waitForPage(urlPart, o) {
      const page = await pollUntil(
        async () => {
          for (const p of await d.listPages()) if ((await d.liveUrl(p)).includes(urlPart)) return p;
          return undefined;
        },
        o?.timeout ?? 10_000,
        `waitForPage(${urlPart})`,
      );
      await d.waitLoaded(page);
      return state(page).e2e;
    },
    pages: () => d.pagesNow().map((p) => state(p).e2e),
  };

  return {
    ctx,
    track: (page) => state(page).e2e,
    reset: () => states.clear(),
    errors: () => errors.slice(),
    async screenshotAll(prefix) {
      const out: string[] = [];
      let i = 0;
      for (const p of await d.listPages()) {
        const file = `${prefix}-${i++}.png`;
        try {
          await withTimeout(d.screenshot(p, file), 10_000, 'screenshot');
          out.push(file);
        } catch {
          // a page that cannot be captured is skipped
        }
      }
      return out;
    },
  };
}
