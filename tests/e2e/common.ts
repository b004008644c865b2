/** Helpers shared by the E2E drivers (no browser library imports here). */
import { readdirSync, readFileSync } from 'node:fs';
import { corpusHosts } from './corpus';
import type { E2EContext, E2EPage } from './types';

/** Known news host under which fixtures are served (must be covered by the build's content-script matches). */
export const NEWS_HOST = 'vnexpress.net';
/** Every host name mapped to 127.0.0.1 by the browsers (the corpus pages' real hosts too). */
export const MAPPED_HOSTS = [...new Set([NEWS_HOST, `www.${NEWS_HOST}`, ...corpusHosts()])];
/** Gecko id from wxt.config.ts and the moz-extension UUID pinned for it. */
export const GECKO_ID = 'bao-gon@baogon.app';
export const FIREFOX_UUID = '6b1a7e0c-2f4d-4c55-9a3e-b40c0e5d7a11';

/** Options every driver gets from the runner. */
export interface LaunchOptions {
  /** Unpacked extension folder (.output/chrome-mv3 or .output/firefox-mv3). */
  extDir: string;
  /** Profile folder (kept between restart() calls). */
  profileDir: string;
  /** Port of the fixture server on 127.0.0.1. */
  port: number;
  /** Headed browser (dev use); default headless. */
  headed?: boolean;
}

/** A running browser with the extension, as seen by the runner. */
export interface BrowserSession {
  ctx: E2EContext;
  /** Saves a PNG of every open page; returns the paths. */
  screenshotAll(prefix: string): Promise<string[]>;
  /** Console errors and page errors seen so far (most recent last). */
  errors(): string[];
  /** Closes gracefully (bounded in time), then kills what is left. */
  close(): Promise<void>;
  /** Loads the rebuilt extension (restarting the browser on its profile) and reopens the web pages. */
  reloadExtension?(): Promise<void>;
}

export const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/** Rejects when `p` takes longer than `ms`. */
export async function withTimeout<T>(p: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  try {
    return await Promise.race([
      p,
      new Promise<T>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`${what}: timed out after ${ms} ms`)), ms);
      }),
    ]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Source of a function call that runs `fn(...args)` in a page. Sent as a string so that helpers a
 * TypeScript transpiler may inject (`__name`) exist there, and so CSP (extension pages) does not apply.
 * Inside, `webext` is the extension API (`browser` in Firefox, `chrome` in Chromium) where available.
 */
export function callSource(fn: (...args: never[]) => unknown, args: unknown[]): string {
  const json = JSON.stringify(args) ?? '[]';
  const prelude = 'const __name = (f) => f; const webext = globalThis.browser ?? globalThis.chrome;';
  return `(() => { ${prelude} return (${fn.toString()})(...${json}); })()`;
}

/**
 * Kills (SIGKILL) every process whose command line mentions `marker` (a unique profile folder of
 * ours), so a browser that did not close cannot outlive its scenario.
 */
export function killProcessesMentioning(marker: string): number {
  let killed = 0;
  let pids: string[] = [];
  try {
    pids = readdirSync('/proc').filter((d) => /^\d+$/.test(d));
  } catch {
    return 0;
  }
  for (const pid of pids) {
    if (Number(pid) === process.pid) continue;
    try {
      const cmd = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
      if (cmd.includes(marker)) {
        process.kill(Number(pid), 'SIGKILL');
        killed++;
      }
    } catch {
      // gone already or not ours
    }
  }
  return killed;
}

/** Waits until `check` returns a truthy value (polling), or throws after `timeout` ms. */
export async function pollUntil<T>(
  check: () => Promise<T | undefined | null | false>,
  timeout: number,
  what: string,
  interval = 100,
): Promise<T> {
  const end = Date.now() + timeout;
  let last: unknown;
  for (;;) {
    try {
      const v = await check();
      if (v) return v;
    } catch (e) {
      last = e;
    }
    if (Date.now() > end)
      throw new Error(`${what}: timed out after ${timeout} ms${last ? ` (${String(last)})` : ''}`);
    await sleep(interval);
  }
}

/** Maps 'Alt+Shift+R' to ['Alt','Shift','R']; used by drivers whose keyboard lacks chords. */
export function splitChord(key: string): string[] {
  if (key === '+') return ['+'];
  return key.split('+').map((k) => (k === '' ? '+' : k));
}

/** The page list kept by a driver, to find pages opened by the extension. */
export type PageFinder = (urlPart: string, timeout: number) => Promise<E2EPage>;
