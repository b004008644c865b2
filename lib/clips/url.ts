/** Canonical URLs for de-duplicating clippings. Pure string functions. */

/** Query parameters that only track the visitor and never change the page's content. */
const TRACKING_PARAMS = new Set([
  'fbclid',
  'gclid',
  'dclid',
  'msclkid',
  'yclid',
  'igshid',
  'mc_cid',
  'mc_eid',
]);

/** True for a query parameter name that is pure tracking (utm_*, fbclid, gclid, …). */
export function isTrackingParam(name: string): boolean {
  const n = name.toLowerCase();
  return n.startsWith('utm_') || TRACKING_PARAMS.has(n);
}

/**
 * Normalises a page URL so that the same article saved twice gets the same key:
 * lower-case scheme and host (WHATWG URL does this), default port dropped, fragment dropped,
 * tracking parameters (utm_*, fbclid, gclid, …) removed, remaining parameters kept in their order,
 * and a trailing slash removed from the path (except for the root "/").
 * A string that is not an absolute URL is returned trimmed, unchanged otherwise.
 */
export function canonicalizeUrl(input: string): string {
  const raw = input.trim();
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return raw;
  }
  url.hash = '';
  const kept = [...url.searchParams].filter(([name]) => !isTrackingParam(name));
  const query = new URLSearchParams(kept).toString();
  let path = url.pathname;
  if (path.length > 1 && path.endsWith('/')) path = path.replace(/\/+$/, '') || '/';
  const auth = url.username ? `${url.username}${url.password ? `:${url.password}` : ''}@` : '';
  const origin = url.host ? `${url.protocol}//${auth}${url.host.toLowerCase()}` : url.protocol;
  return `${origin}${path}${query ? `?${query}` : ''}`;
}

/** The key of a selection clipping: the page's canonical URL plus `#quote-<hash of the quote>`. */
export function selectionKey(canonicalUrl: string, quoteHash: string): string {
  return `${canonicalUrl}#quote-${quoteHash}`;
}
