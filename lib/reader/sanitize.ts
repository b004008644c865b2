/**
 * The one place where HTML that came from a web page is made safe to insert: DOMPurify with
 * the HTML profile only, no scripts/styles/frames/forms/embeds, no event handlers, no style
 * attributes, links opened in a new tab without opener, and URLs limited to http(s), mailto,
 * tel, relative ones and raster `data:image/*`.
 */
import DOMPurify, { type Config, type DOMPurify as Purifier, type WindowLike } from 'dompurify';

const FORBID_TAGS = [
  'script',
  'style',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'form',
  'input',
  'button',
  'select',
  'textarea',
  'option',
  'link',
  'meta',
  'base',
  'noscript',
  'template',
  'svg',
  'math',
];

const CONFIG: Config = {
  USE_PROFILES: { html: true },
  FORBID_TAGS,
  FORBID_ATTR: ['style', 'srcdoc', 'formaction', 'action', 'ping', 'background'],
  ALLOW_DATA_ATTR: false,
};

const URL_ATTRS = ['href', 'src', 'xlink:href', 'poster', 'cite', 'longdesc', 'srcset', 'data'];
const RASTER_DATA_URL = /^data:image\/(?:png|jpe?g|gif|webp|avif|bmp);/i;

/** Whether a URL attribute value may stay. Control characters and spaces are ignored, as browsers do. */
export function isSafeUrl(value: string): boolean {
  const v = value.replace(/[\u0000-\u0020\u007f-\u009f]/g, '').toLowerCase();
  if (v.startsWith('javascript:') || v.startsWith('vbscript:')) return false;
  if (v.startsWith('data:')) return RASTER_DATA_URL.test(v);
  return true;
}

/** URL filtering and safe link targets, after DOMPurify's own attribute checks. */
function addSafetyHooks(purifier: Purifier): void {
  purifier.addHook('afterSanitizeAttributes', (node) => {
    const el = node as Element;
    if (typeof el.getAttribute !== 'function') return;
    for (const attr of URL_ATTRS) {
      const v = el.getAttribute(attr);
      if (v === null) continue;
      const values = attr === 'srcset' ? v.split(',').map((part) => part.trim().split(/\s+/)[0] ?? '') : [v];
      if (!values.every(isSafeUrl)) el.removeAttribute(attr);
    }
    if (el.tagName?.toUpperCase() === 'A' && el.hasAttribute('href')) {
      el.setAttribute('target', '_blank');
      el.setAttribute('rel', 'noopener noreferrer');
    }
  });
}

/**
 * Builds a sanitiser bound to `win` (a browser window, or a DOM window such as happy-dom's or
 * linkedom's in Node).
 * @returns a function from untrusted HTML to safe HTML.
 */
export function createSanitizer(win: WindowLike): (html: string) => string {
  const purifier: Purifier = DOMPurify(win);
  if (!purifier.isSupported || !passesProbe(purifier)) return textOnly;
  addSafetyHooks(purifier);
  // Set once: a config passed at every call is parsed again at every call (costly for many small documents).
  purifier.setConfig({ ...CONFIG, RETURN_TRUSTED_TYPE: false });
  return (html: string) => String(purifier.sanitize(html));
}

/**
 * Builds an in-place sanitiser bound to `win`: it cleans the children of an element of an inert
 * working document (never the live page) with the same rules and hooks as {@link createSanitizer},
 * then serialises it once, which spares DOMPurify a serialise-and-reparse round trip.
 * @returns a function from an element (modified) to the safe HTML of its children.
 */
export function createElementSanitizer(win: WindowLike): (el: Element) => string {
  const clean = createInPlaceSanitizer(win);
  return (el: Element) => clean(el).html;
}

/** What an in-place sanitiser did: the safe HTML, and whether `el` itself now holds exactly it. */
export interface InPlaceResult {
  html: string;
  /** True when the children of `el` were cleaned in place (their HTML is `html`); false when the string path was taken. */
  inPlace: boolean;
}

/** Like {@link createElementSanitizer}, telling whether the element itself was cleaned. */
export function createInPlaceSanitizer(win: WindowLike): (el: Element) => InPlaceResult {
  const html = createSanitizer(win);
  if (html === textOnly) return (el) => ({ html: textOnly(el.innerHTML), inPlace: false });
  const purifier: Purifier = DOMPurify(win);
  addSafetyHooks(purifier);
  return (el: Element) => {
    try {
      purifier.sanitize(el, { ...CONFIG, IN_PLACE: true });
    } catch {
      // A root DOMPurify refuses to clean in place: fall back to the string path.
      return { html: html(el.innerHTML), inPlace: false };
    }
    return { html: el.innerHTML, inPlace: true };
  };
}

/**
 * Builds a sanitiser bound to `win` that returns a fragment to insert (`replaceChildren`), not a
 * string: DOMPurify parses the HTML once and its cleaned nodes are inserted as they are, sparing a
 * serialise-and-reparse round trip (and any difference between the two parses).
 */
export function createFragmentSanitizer(win: WindowLike): (html: string) => DocumentFragment {
  const asString = createSanitizer(win);
  const doc = (win as unknown as { document: Document }).document;
  const viaTemplate = (html: string): DocumentFragment => {
    const template = doc.createElement('template');
    template.innerHTML = sanitizeHtml(html);
    return template.content;
  };
  if (asString === textOnly) return viaTemplate;
  const purifier: Purifier = DOMPurify(win);
  addSafetyHooks(purifier);
  return (html: string) => {
    const out = purifier.sanitize(html, { ...CONFIG, RETURN_DOM_FRAGMENT: true }) as unknown;
    return out && typeof (out as DocumentFragment).nodeType === 'number' ? (out as DocumentFragment) : viaTemplate(html);
  };
}

// The probe carries a handler that can never fire on its own (onclick, no network source) and an
// inert script body, so checking DOMPurify can never run anything even on a DOM that misbehaves.
const PROBE_IN = '<p title="t">a<b>b</b></p><img alt="i" onclick="void 0"><script>void 0</script>';
const PROBE_OUT = '<p title="t">a<b>b</b></p><img alt="i">';

/**
 * DOMPurify is only as good as the DOM under it; some DOM implementations (linkedom, happy-dom)
 * make it return unsafe or mangled output. Check a known input before trusting it.
 */
function passesProbe(purifier: Purifier): boolean {
  try {
    return String(purifier.sanitize(PROBE_IN, { USE_PROFILES: { html: true } })) === PROBE_OUT;
  } catch {
    return false;
  }
}

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/**
 * Fallback when DOMPurify cannot be trusted here: the text only, every character that could
 * start markup escaped, blocks kept as paragraphs. Never returns a tag from the input.
 */
export function textOnly(html: string): string {
  const text = html
    .replace(/<(script|style|template|noscript)[\s\S]*?<\/\1\s*>/gi, ' ')
    .replace(/<\/?(p|div|br|h[1-6]|li|figcaption|blockquote|tr|section|article)\b[^>]*>/gi, '\n\n')
    .replace(/<[^>]*>?/g, ' ')
    .replace(/&nbsp;/g, ' ');
  return text
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .map((p) => `<p>${p.replace(/[&<>"']/g, (c) => ESCAPES[c])}</p>`)
    .join('');
}

let defaultSanitizer: ((html: string) => string) | null = null;
let defaultElementSanitizer: ((el: Element) => InPlaceResult) | null = null;
let defaultFragmentSanitizer: ((html: string) => DocumentFragment) | null = null;
let defaultWindow: WindowLike | null = null;

/**
 * Sets the window `sanitizeHtml` uses where there is no global `window` (Node, the CLI).
 * In browsers and in happy-dom tests it is not needed.
 */
export function setSanitizerWindow(win: WindowLike): void {
  defaultWindow = win;
  defaultSanitizer = null;
  defaultElementSanitizer = null;
  defaultFragmentSanitizer = null;
}

/**
 * Sanitises untrusted HTML for insertion with `innerHTML`: DOMPurify, no script/style/iframe/
 * object/embed/form/input, no event handlers, links get target=_blank rel="noopener noreferrer",
 * javascript:/vbscript:/non-raster data: URLs removed.
 */
export function sanitizeHtml(html: string): string {
  if (!defaultSanitizer) defaultSanitizer = createSanitizer(defaultWin());
  return defaultSanitizer(html);
}

/** The document of the sanitiser's window: where inert HTML documents can be made in Node. */
export function sanitizerDocument(): Document {
  return (defaultWin() as unknown as { document: Document }).document;
}

function defaultWin(): WindowLike {
  const win = defaultWindow ?? (globalThis as { window?: WindowLike }).window;
  if (!win) throw new Error('sanitizeHtml: no window; call setSanitizerWindow(win) first');
  return win;
}

/**
 * Sanitises, in place, the children of `el` — an element of an inert working copy (e.g. the
 * Readability result on a cloned document, never the live page) — with the rules of
 * {@link sanitizeHtml}, and returns their safe HTML.
 */
export function sanitizeElementHtml(el: Element): string {
  return sanitizeElement(el).html;
}

/**
 * {@link sanitizeElementHtml}, also telling whether `el` was cleaned in place (then its children
 * are exactly the safe HTML, and can be read without parsing that HTML again).
 */
export function sanitizeElement(el: Element): InPlaceResult {
  if (!defaultElementSanitizer) defaultElementSanitizer = createInPlaceSanitizer(defaultWin());
  return defaultElementSanitizer(el);
}

/**
 * Sanitises untrusted HTML where it is inserted, as nodes: `target.replaceChildren(sanitizeFragment(html))`
 * (same rules as {@link sanitizeHtml}, one parse, no serialise-and-reparse).
 */
export function sanitizeFragment(html: string): DocumentFragment {
  if (!defaultFragmentSanitizer) defaultFragmentSanitizer = createFragmentSanitizer(defaultWin());
  return defaultFragmentSanitizer(html);
}
