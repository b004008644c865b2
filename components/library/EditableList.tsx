/**
 * A list of named things that can be renamed in place (✎) and deleted after a confirmation (✕):
 * the library's collections and tags. Failures are shown as one alert below the list.
 */
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { t } from '@/components/ui/i18n';

/** `run(fn)` awaits `fn` and turns a failure into `error` (the given message); `error` clears on the next run. */
export function useFailureNote(message: string) {
  const [error, setError] = useState('');
  const run = async (fn: () => Promise<unknown>) => {
    setError('');
    try {
      await fn();
    } catch {
      setError(message);
    }
  };
  return { error, run };
}

/** The alert of a failed action, nothing when there is none. */
export function FailureNote({ error }: { error: string }) {
  return error ? (
    <p role="alert" class="error">
      {error}
    </p>
  ) : null;
}

export interface EditableListProps<T> {
  items: readonly T[];
  keyOf: (item: T) => string;
  nameOf: (item: T) => string;
  /** The item as shown when not being renamed (its name, or a button). */
  show: (item: T) => ComponentChildren;
  /** False for items that cannot be renamed or deleted. */
  editable?: (item: T) => boolean;
  /** Accessible names and the confirmation question, per item. */
  renameLabel: (name: string) => string;
  deleteLabel: (name: string) => string;
  confirmDelete: (name: string) => string;
  /** Id of the rename input, `list` of a <datalist> for it, class of the rename form. */
  inputId: (item: T) => string;
  inputList?: string;
  formClass?: string;
  /** Renames the item; null when the new name is refused (the form stays open). */
  rename: (item: T, to: string) => Promise<unknown> | null;
  remove: (item: T) => Promise<unknown>;
  /** The failure-guarded runner of the panel (`useFailureNote`). */
  run: (fn: () => Promise<unknown>) => Promise<void>;
}

/** The `<ul>` of items, each with its rename form or its ✎ and ✕ buttons. */
export function EditableList<T>(p: EditableListProps<T>) {
  const [editing, setEditing] = useState<{ key: string; value: string } | null>(null);
  return (
    <ul>
      {p.items.map((item) => {
        const key = p.keyOf(item);
        const name = p.nameOf(item);
        if (editing?.key === key) {
          const submit = (e: Event) => {
            e.preventDefault();
            const renamed = p.rename(item, editing.value);
            if (renamed) void p.run(() => renamed).then(() => setEditing(null));
          };
          return (
            <li key={key}>
              <form class={p.formClass} onSubmit={submit}>
                <label class="sr-only" for={p.inputId(item)}>
                  {p.renameLabel(name)}
                </label>
                <input
                  id={p.inputId(item)}
                  type="text"
                  list={p.inputList}
                  value={editing.value}
                  onInput={(e) => setEditing({ key, value: (e.currentTarget as HTMLInputElement).value })}
                />
                <button type="submit">{t('libOk')}</button>
                <button type="button" onClick={() => setEditing(null)}>
                  {t('libCancel')}
                </button>
              </form>
            </li>
          );
        }
        const remove = () => {
          if (window.confirm(p.confirmDelete(name))) void p.run(() => p.remove(item));
        };
        return (
          <li key={key}>
            {p.show(item)}
            {(p.editable?.(item) ?? true) && (
              <>
                <button
                  type="button"
                  class="small"
                  aria-label={p.renameLabel(name)}
                  onClick={() => setEditing({ key, value: name })}
                >
                  ✎
                </button>
                <button type="button" class="small" aria-label={p.deleteLabel(name)} onClick={remove}>
                  ✕
                </button>
              </>
            )}
          </li>
        );
      })}
    </ul>
  );
}
