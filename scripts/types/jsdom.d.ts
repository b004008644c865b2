/** Minimal typing of the part of jsdom the CLI uses (no @types/jsdom in the project). */
declare module 'jsdom' {
  export class JSDOM {
    constructor(html?: string, options?: Record<string, unknown>);
    readonly window: Window & typeof globalThis;
  }
}
