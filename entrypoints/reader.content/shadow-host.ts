/**
 * The one way our UI enters a page: a custom element under <html> whose CLOSED shadow root holds
 * our style and nodes. Page scripts see the element, never what is inside it.
 */
export function closedHost(
  doc: Document,
  tag: string,
  css: string,
  hostStyle?: string,
): { host: HTMLElement; shadow: ShadowRoot } {
  const host = doc.createElement(tag);
  if (hostStyle) host.setAttribute('style', hostStyle);
  const shadow = host.attachShadow({ mode: 'closed' });
  const style = doc.createElement('style');
  style.textContent = css;
  shadow.append(style);
  return { host, shadow };
}
