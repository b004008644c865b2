/** A side panel of the viewer whose heading is the label of the field it holds (the note, the tags). */
import type { ComponentChildren } from 'preact';

/** `<section>` titled by a `<label for={fieldId}>` heading; the field with id `fieldId` goes in `children`. */
export function FieldPanel(props: { fieldId: string; title: string; children: ComponentChildren }) {
  const labelId = `${props.fieldId}-label`;
  return (
    <section class="viewer-panel" aria-labelledby={labelId}>
      <h2>
        <label id={labelId} for={props.fieldId}>
          {props.title}
        </label>
      </h2>
      {props.children}
    </section>
  );
}
