/**
 * A short notice on the page after saving a selection ("Đã lưu đoạn trích", or why nothing was
 * saved): one element under <html> with a CLOSED shadow root holding a manual popover, so it is in
 * the top layer above any page element. It carries no user data (only our fixed wording), takes no
 * pointer events and removes itself. The host's `data-state` ("saved" / "error") lets tests check
 * which notice is shown without reaching into the shadow root.
 */
import { closedHost } from './shadow-host';

export const TOAST_TAG = 'bao-gon-toast';
/** How long a notice stays (ms). */
export const TOAST_MS = 4000;

const CSS = `
:host { all: initial !important; position: fixed !important; width: 0 !important; height: 0 !important; }
[popover] {
  all: initial; position: fixed; inset: auto 16px 16px auto; margin: 0; max-width: 360px;
  padding: 10px 14px; border-radius: 8px; box-shadow: 0 4px 16px rgba(0,0,0,.3);
  font: 14px/1.4 system-ui, "Noto Sans", sans-serif; pointer-events: none;
  background: #1f2937; color: #f9fafb; border-left: 4px solid #16a34a;
}
[popover][data-kind="error"] { border-left-color: #f59e0b; }
`;

export interface ToastOptions {
  kind: 'saved' | 'error';
  /** Milliseconds before it goes (tests pass a longer time). */
  ms?: number;
}

/** Shows `message`, replacing a notice still on screen. */
export function showToast(doc: Document, message: string, { kind, ms = TOAST_MS }: ToastOptions): void {
  for (const old of doc.querySelectorAll(TOAST_TAG)) old.remove();
  const { host, shadow } = closedHost(doc, TOAST_TAG, CSS);
  host.setAttribute('data-state', kind);
  const box = doc.createElement('div');
  box.setAttribute('popover', 'manual');
  box.setAttribute('role', kind === 'error' ? 'alert' : 'status');
  box.dataset.kind = kind;
  box.textContent = message;
  shadow.append(box);
  doc.documentElement.append(host);
  try {
    (box as HTMLElement & { showPopover?: () => void }).showPopover?.();
  } catch {
    // No popover support: the fixed box is shown in place.
  }
  setTimeout(() => host.remove(), ms);
}
