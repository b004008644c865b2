/** Lazy images and relative URLs, fixed on the working copy of a page before extraction. */

const LAZY_SRC_ATTRS = [
  'data-src',
  'data-original',
  'data-lazy-src',
  'data-lazy',
  'data-actualsrc',
  'data-url',
  'data-echo',
  'data-img-src',
];
const LAZY_SRCSET_ATTRS = ['data-srcset', 'data-lazy-srcset', 'data-original-set'];
/** A `src` that is only a placeholder: empty, a tiny inline image, or a "blank/loading" picture. */
const PLACEHOLDER =
  /^$|^data:image\/(gif|png|svg\+xml)[;,]|(blank|spacer|loading|lazy|placeholder|grey|gray|transparent|pixel)\.(gif|png|svg|jpg)/i;

/** Copies the real image address of lazily loaded images into `src`/`srcset`. */
export function resolveLazyImages(root: ParentNode): number {
  let fixed = 0;
  for (const img of Array.from(root.querySelectorAll('img, source'))) {
    const src = img.getAttribute('src')?.trim() ?? '';
    const lazy = LAZY_SRC_ATTRS.map((a) => img.getAttribute(a)?.trim()).find(
      (v) => v && !PLACEHOLDER.test(v),
    );
    if (lazy && (PLACEHOLDER.test(src) || src !== lazy)) {
      if (img.tagName.toUpperCase() === 'IMG') img.setAttribute('src', lazy);
      else img.setAttribute('srcset', lazy);
      fixed++;
    }
    const lazySet = LAZY_SRCSET_ATTRS.map((a) => img.getAttribute(a)?.trim()).find(Boolean);
    if (lazySet) {
      img.setAttribute('srcset', lazySet);
      fixed++;
    }
    for (const a of [...LAZY_SRC_ATTRS, ...LAZY_SRCSET_ATTRS]) img.removeAttribute(a);
    if (img.getAttribute('loading') === 'lazy') img.removeAttribute('loading');
  }
  return fixed;
}

/** Already absolute http(s) addresses (most links on news pages) need no URL parsing. */
const ABSOLUTE_HTTP = /^https?:\/\/[^/\s]/i;

function absolutize(value: string, base: string): string {
  const v = value.trim();
  if (!v || v.startsWith('#') || /^(data|mailto|tel|javascript|vbscript):/i.test(v)) return v;
  if (ABSOLUTE_HTTP.test(v) && !/[\s\\]/.test(v)) return v;
  try {
    return new URL(v, base).href;
  } catch {
    return v;
  }
}

function absolutizeSrcset(value: string, base: string): string {
  return value
    .split(',')
    .map((part) => {
      const [u, ...rest] = part.trim().split(/\s+/);
      return u ? [absolutize(u, base), ...rest].join(' ') : '';
    })
    .filter(Boolean)
    .join(', ');
}

/** Makes every link and media address under `root` absolute against `base`. */
export function absolutizeUrls(root: ParentNode, base: string): void {
  for (const el of Array.from(root.querySelectorAll('[href], [src], [srcset], [poster]'))) {
    for (const attr of ['href', 'src', 'poster']) {
      const v = el.getAttribute(attr);
      if (v === null) continue;
      const abs = absolutize(v, base);
      if (abs !== v) el.setAttribute(attr, abs);
    }
    const set = el.getAttribute('srcset');
    if (set !== null) el.setAttribute('srcset', absolutizeSrcset(set, base));
  }
}
