/**
 * Calls `onChange` after the page's URL changed (pushState, replaceState, back/forward), without
 * any DOM event the page could see or forge: the Navigation API where the browser has it, else a
 * one-second look at `location.href`.
 */
export function watchLocation(onChange: () => void, intervalMs = 1000): () => void {
  let last = location.href;
  const check = () => {
    if (location.href === last) return;
    last = location.href;
    onChange();
  };
  const nav = (globalThis as { navigation?: EventTarget }).navigation;
  if (nav && typeof nav.addEventListener === 'function') {
    // 'navigate' fires before the URL changes: look right after it.
    const onNav = () => setTimeout(check, 50);
    nav.addEventListener('navigate', onNav);
    return () => nav.removeEventListener('navigate', onNav);
  }
  const id = setInterval(check, intervalMs);
  return () => clearInterval(id);
}
