/**
 * A titled list of the reader's side panel, one button per item: the entities of one type, the
 * user's highlights. A click (or Enter) activates the item; `itemProps` adds per-item attributes.
 */
import type { ComponentChildren, JSX } from 'preact';

export function ItemList<T>(props: {
  heading: ComponentChildren;
  /** data-testid of the section and of each item button. */
  testId?: string;
  itemTestId: string;
  /** data-entity-section of the section (entities of one type). */
  section?: string;
  items: readonly T[];
  keyOf: (item: T) => string;
  onActivate: (item: T) => void;
  itemProps?: (item: T) => JSX.HTMLAttributes<HTMLButtonElement> & { [data: `data-${string}`]: string };
  children: (item: T) => ComponentChildren;
}) {
  return (
    <section class="bg-entity-section" data-testid={props.testId} data-entity-section={props.section}>
      <h3>{props.heading}</h3>
      <ul>
        {props.items.map((item) => (
          <li key={props.keyOf(item)}>
            <button
              type="button"
              class="bg-entity-item"
              data-testid={props.itemTestId}
              {...props.itemProps?.(item)}
              onClick={() => props.onActivate(item)}
            >
              {props.children(item)}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
