/**
 * The contract between E2E scenarios and the two browser drivers (Chromium through
 * playwright-core, Firefox through puppeteer-core over WebDriver BiDi). A scenario is written
 * once against these interfaces and runs in both browsers.
 */

export type BrowserName = 'chromium' | 'firefox';

export interface E2EPage {
  /** Current URL. */
  url(): string;
  goto(url: string): Promise<void>;
  /**
   * Runs `fn` in the page's main world and returns its JSON-serialisable result. `fn` is sent as
   * source text: it cannot use imports or closures, only `args`. On extension pages a global
   * `webext` is defined inside `fn` as the extension API (`browser` in Firefox, `chrome` in
   * Chromium); declare it in your scenario file with `declare const webext: typeof browser;`.
   */
  evaluate<R, A extends unknown[]>(fn: (...args: A) => R | Promise<R>, ...args: A): Promise<R>;
  /** Waits (default 10 s) for an element with `data-testid=id`, also inside open shadow roots. */
  waitForTestId(id: string, opts?: { timeout?: number; hidden?: boolean }): Promise<void>;
  /** Clicks the element with `data-testid=id` (pierces open shadow roots). */
  clickTestId(id: string): Promise<void>;
  /** Text content (innerText where available) of the element with `data-testid=id`. */
  textOfTestId(id: string): Promise<string>;
  /** Counts elements with `data-testid=id` (pierces open shadow roots). */
  countTestId(id: string): Promise<number>;
  /** Types text into the element with `data-testid=id` (focuses it first). */
  typeTestId(id: string, text: string): Promise<void>;
  /** CSS selector variants (light DOM only). */
  click(selector: string): Promise<void>;
  waitForSelector(selector: string, opts?: { timeout?: number }): Promise<void>;
  /** Presses a key on the focused element, e.g. 'Escape', 'Alt+Shift+R'. */
  press(key: string): Promise<void>;
  /** Sets files on an <input type=file> found by data-testid. */
  setInputFiles(testId: string, files: { name: string; mimeType: string; buffer: Buffer }[]): Promise<void>;
  /** Dialogs (alert/confirm/prompt) seen since the page was opened. */
  dialogs(): string[];
  screenshot(path: string): Promise<void>;
  bringToFront(): Promise<void>;
  close(): Promise<void>;
  /**
   * The child frame (at any depth, also inside closed shadow roots) whose URL contains `urlPart`,
   * e.g. the reader's extension frame, as an E2EPage over that frame: test-id helpers, evaluate and
   * clicks act inside it; keys and clicks are the top page's real input. Waits (default 10 s).
   */
  frame(urlPart: string, opts?: { timeout?: number }): Promise<E2EPage>;
  /** A real pointer click (move, press, release) at viewport coordinates of the top-level page. */
  mouseClick(x: number, y: number): Promise<void>;
}

export interface E2EContext {
  browser: BrowserName;
  /** Origin of the local fixture server, e.g. http://127.0.0.1:41234 */
  fixtureOrigin: string;
  /**
   * URL of a fixture under tests/fixtures served so that it counts as a known Vietnamese news
   * domain (the real build's content-script matches), e.g. newsUrl('pages/seed-000.html').
   */
  newsUrl(path: string): string;
  /** URL of a fixture on a host that is not a known news site. */
  otherUrl(path: string): string;
  /** chrome-extension://<id> or moz-extension://<uuid> */
  extensionOrigin: string;
  openPage(url: string): Promise<E2EPage>;
  /** Opens an extension page such as 'popup.html?tabId=3' in a new tab. */
  openExtensionPage(path: string): Promise<E2EPage>;
  /** The browser's tab id of a page (for popup.html?tabId=N). */
  tabIdOf(page: E2EPage): Promise<number>;
  /** Badge text the extension set for a page's tab ('' when none). */
  badgeTextOf(page: E2EPage): Promise<string>;
  /** Closes the browser and starts it again on the same profile (persistence tests). */
  restart(): Promise<void>;
  /**
   * A page whose URL contains `urlPart`, already open or opened later (e.g. a tab the extension
   * opened with tabs.create). Default timeout 10 s.
   */
  waitForPage(urlPart: string, opts?: { timeout?: number }): Promise<E2EPage>;
  /** Every page currently open (including ones the extension opened). */
  pages(): E2EPage[];
  /**
   * Launches a second browser with the extension on a fresh profile of its own — the other browser
   * than this one (Chromium ↔ Firefox) — for scenarios with two peers (team sync). Closed by the
   * runner when the scenario ends. Set by the runner.
   */
  launchPeer?(): Promise<E2EContext>;
}

export interface Scenario {
  name: string;
  /** Fresh profile for this scenario (default true). */
  freshProfile?: boolean;
  run(ctx: E2EContext): Promise<void>;
}
