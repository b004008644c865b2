/**
 * The reader's host in the page: one custom element under <html> with a CLOSED shadow root that
 * holds a modal <dialog> (the browser's top layer: above every page element, whatever its
 * z-index or transformed ancestors) and, in it, an iframe of the extension's reader page. The page
 * sees only the host element; it cannot reach into the shadow root or the extension's document.
 */
import { closedHost } from './shadow-host';

export const HOST_TAG = 'bao-gon-reader';

/** Inline style of the host: wins over any page rule (inline !important), takes no room. */
const HOST_STYLE = [
  'all: initial',
  'display: block',
  'position: fixed',
  'top: 0',
  'left: 0',
  'width: 0',
  'height: 0',
  'margin: 0',
  'padding: 0',
  'border: 0',
  'overflow: visible',
  'visibility: visible',
  'opacity: 1',
  'transform: none',
  'filter: none',
  'contain: none',
  'pointer-events: auto',
  'z-index: 2147483647',
]
  .map((d) => `${d} !important`)
  .join('; ');

const SHADOW_CSS = `
:host { ${HOST_STYLE}; }
dialog {
  position: fixed; inset: 0; width: 100vw; height: 100vh; max-width: none; max-height: none;
  margin: 0; padding: 0; border: 0; background: transparent; overflow: hidden; outline: none;
  display: block; visibility: visible; opacity: 1; transform: none; pointer-events: auto;
}
dialog:not([open]) { display: none; }
dialog::backdrop { background: rgba(0, 0, 0, 0.25); }
iframe { display: block; width: 100%; height: 100%; border: 0; margin: 0; padding: 0; background: transparent; }
`;

export interface ReaderHost {
  /** Removes the host from the page. */
  remove(): void;
  /** Focuses the reader frame. */
  focus(): void;
}

/**
 * Puts the host at the end of <html> and opens its dialog over the page with `frameUrl`.
 * `onCancel` runs when the browser asks to close the dialog (Escape while the page had the focus).
 */
export function mountHost(doc: Document, frameUrl: string, onCancel: () => void): ReaderHost {
  const { host, shadow } = closedHost(doc, HOST_TAG, SHADOW_CSS, HOST_STYLE);
  const dialog = doc.createElement('dialog');
  dialog.setAttribute('aria-label', 'Báo Gọn');
  const frame = doc.createElement('iframe');
  frame.setAttribute('title', 'Báo Gọn');
  frame.src = frameUrl;
  dialog.append(frame);
  shadow.append(dialog);
  dialog.addEventListener('cancel', (e) => {
    e.preventDefault();
    onCancel();
  });
  frame.addEventListener('load', () => frame.focus());
  doc.documentElement.append(host);
  try {
    dialog.showModal();
  } catch {
    // Without a top layer (e.g. the page holds a fullscreen element): an open dialog still covers it.
    dialog.setAttribute('open', '');
  }
  return {
    remove() {
      if (dialog.open) dialog.close();
      host.remove();
    },
    focus() {
      frame.focus();
    },
  };
}
