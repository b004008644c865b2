// js-yaml ships without types; the tests only use `load` to parse front matter back.
declare module 'js-yaml' {
  export function load(src: string): unknown;
}
