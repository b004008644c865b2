/**
 * The form controls the extension pages repeat: a labelled select, number or text field, a labelled
 * checkbox, a group of radio buttons, a titled section and a progress line. Each renders the same
 * markup the pages wrote by hand (`label for=` + control, test ids), so styles and tests still apply.
 */
import type { ComponentChildren } from 'preact';

/** One `<option>` of a select or one radio button. */
export interface FieldOption<V extends string = string> {
  value: V;
  label: string;
  /** data-testid of a radio button. */
  testId?: string;
}

/** Value of the input or select an event came from. */
export const inputValue = (e: Event): string =>
  (e.currentTarget as HTMLInputElement | HTMLSelectElement).value;
/** Checked state of the checkbox or radio button an event came from. */
export const checkedOf = (e: Event): boolean => (e.currentTarget as HTMLInputElement).checked;

interface FieldBase {
  /** Element id, bound to the label. */
  id: string;
  label: string;
  /** data-testid; none when omitted. */
  testId?: string;
}

/** A `<label for>` and its `<select>`; `blank` adds a first option with the empty value. */
export function SelectField<V extends string>(
  props: FieldBase & {
    value: V | '';
    options: readonly FieldOption<V>[];
    blank?: string;
    onChange: (value: V) => void;
  },
) {
  return (
    <>
      <label for={props.id}>{props.label}</label>{' '}
      <select
        id={props.id}
        data-testid={props.testId}
        value={props.value}
        onChange={(e) => props.onChange(inputValue(e) as V)}
      >
        {props.blank !== undefined && <option value="">{props.blank}</option>}
        {props.options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </>
  );
}

/** A `<label for>` and its `<input>` (number, date, text…); `onChange` fires on commit, `onInput` on each key. */
export function InputField(
  props: FieldBase & {
    type: 'number' | 'date' | 'text';
    value: string | number;
    min?: number;
    max?: number;
    list?: string;
    autocomplete?: string;
    placeholder?: string;
    onChange?: (value: string) => void;
    onInput?: (value: string) => void;
  },
) {
  const { onChange, onInput } = props;
  return (
    <>
      <label for={props.id}>{props.label}</label>{' '}
      <input
        id={props.id}
        type={props.type}
        data-testid={props.testId}
        min={props.min}
        max={props.max}
        list={props.list}
        autocomplete={props.autocomplete}
        placeholder={props.placeholder}
        value={props.value}
        onChange={onChange && ((e) => onChange(inputValue(e)))}
        onInput={onInput && ((e) => onInput(inputValue(e)))}
      />
    </>
  );
}

/** A checkbox inside its label, followed by the label's text. */
export function CheckboxLabel(props: {
  testId?: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  children: ComponentChildren;
}) {
  return (
    <label>
      <input
        type="checkbox"
        data-testid={props.testId}
        checked={props.checked}
        onChange={(e) => props.onChange(checkedOf(e))}
      />{' '}
      {props.children}
    </label>
  );
}

/** Radio buttons of one group, each inside its label. */
export function RadioChoices<V extends string>(props: {
  name: string;
  value: V;
  options: readonly FieldOption<V>[];
  onChange: (value: V) => void;
}) {
  return (
    <>
      {props.options.map((o) => (
        <label key={o.value}>
          <input
            type="radio"
            name={props.name}
            value={o.value}
            data-testid={o.testId}
            checked={props.value === o.value}
            onChange={() => props.onChange(o.value)}
          />{' '}
          {o.label}
        </label>
      ))}
    </>
  );
}

/** A page section with its heading (`<section aria-labelledby>` + `<h2 id>`). */
export function TitledSection(props: {
  id: string;
  title: string;
  testId?: string;
  children: ComponentChildren;
}) {
  return (
    <section aria-labelledby={`${props.id}-heading`} data-testid={props.testId}>
      <h2 id={`${props.id}-heading`}>{props.title}</h2>
      {props.children}
    </section>
  );
}

/** A live `<progress>` line: bar, "done of total" text and whatever follows (a cancel button). */
export function ProgressLine(props: {
  testId: string;
  done: number;
  total: number;
  text: string;
  children?: ComponentChildren;
}) {
  return (
    <p aria-live="polite">
      <progress data-testid={props.testId} max={Math.max(1, props.total)} value={props.done} /> {props.text}{' '}
      {props.children}
    </p>
  );
}
