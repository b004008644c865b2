/**
 * The viewer loads nothing from the network unless the user asks: before sanitised HTML is put
 * into the live page, every remote image/media URL (src, srcset, poster, data, background, inline
 * style url()) is moved aside in an inert copy. "Load images" puts them back for that view only.
 */
import { sanitizeHtml } from '@/lib/reader/sanitize';

/** Attributes that make the browser fetch something as soon as the element is in the page. */
const FETCH_ATTRS = ['src', 'srcset', 'poster', 'data', 'background'] as const;

/** Where a blocked attribute's value is kept, e.g. `data-bg-blocked-src`. */
const keep = (attr: string) => `data-bg-blocked-${attr}`;

/** True for a URL the browser would fetch from another origin (not data:, blob: or a fragment). */
export function isRemoteUrl(value: string): boolean {
  const v = value.trim().toLowerCase();
  if (!v || v.startsWith('data:') || v.startsWith('blob:') || v.startsWith('#')) return false;
  return true;
}

function srcsetIsRemote(value: string): boolean {
  return value
    .split(',')
    .map((part) => part.trim().split(/\s+/)[0] ?? '')
    .some((u) => u && isRemoteUrl(u));
}

export interface Blocked {
  html: string;
  /** Number of URLs moved aside. */
  blocked: number;
}

/**
 * Parses `html` ONCE into an inert `<template>` (nothing loads, no handler is compiled), moves
 * remote URLs aside there, and returns the nodes to move into the page as they are: never
 * serialised and parsed again (a second parse can change sanitised markup, "mutation XSS").
 */
export function blockRemoteMediaNodes(
  html: string,
  doc: Document = document,
): { nodes: DocumentFragment; blocked: number } {
  const tpl = doc.createElement('template');
  tpl.innerHTML = sanitizeHtml(html);
  const blocked = blockIn(tpl.content);
  return { nodes: tpl.content, blocked };
}

/** Moves remote URLs aside in `html` and returns it as a string (for tests and exports). */
export function blockRemoteMedia(html: string, doc: Document = document): Blocked {
  const { nodes, blocked } = blockRemoteMediaNodes(html, doc);
  const box = doc.createElement('template');
  box.content.append(nodes);
  return { html: box.innerHTML, blocked };
}

function blockIn(root: DocumentFragment): number {
  let blocked = 0;
  for (const el of root.querySelectorAll('*')) {
    for (const attr of FETCH_ATTRS) {
      const v = el.getAttribute(attr);
      if (v === null) continue;
      if (attr === 'srcset' ? srcsetIsRemote(v) : isRemoteUrl(v)) {
        el.setAttribute(keep(attr), v);
        el.removeAttribute(attr);
        blocked++;
      }
    }
    const style = el.getAttribute('style');
    if (style && /url\s*\(/i.test(style)) {
      el.removeAttribute('style');
      blocked++;
    }
  }
  return blocked;
}

/** Puts back what `blockRemoteMedia` moved aside, inside `root` (the user asked for images). */
export function unblockRemoteMedia(root: Element): number {
  let n = 0;
  for (const attr of FETCH_ATTRS) {
    for (const el of root.querySelectorAll(`[${keep(attr)}]`)) {
      el.setAttribute(attr, el.getAttribute(keep(attr)) ?? '');
      el.removeAttribute(keep(attr));
      n++;
    }
  }
  return n;
}
