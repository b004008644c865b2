/** The reader's Save button: idle, saving, saved (now or before), or the failure in words. */
import { t } from '@/components/ui/i18n';

export type SaveState =
  | { kind: 'idle' }
  | { kind: 'saving' }
  | { kind: 'saved'; already: boolean }
  | { kind: 'error'; message: string };

export function SaveButton(props: { state: SaveState; onSave: () => void; disabled?: boolean }) {
  const { state } = props;
  const label =
    state.kind === 'saving'
      ? t('rdSaving')
      : state.kind === 'saved'
        ? t(state.already ? 'rdSavedBefore' : 'rdSaved')
        : t('rdSave');
  return (
    <span class="bg-save-wrap">
      <button
        type="button"
        class="bg-primary"
        data-testid="save-clip"
        data-state={state.kind}
        disabled={state.kind === 'saving' || props.disabled}
        onClick={props.onSave}
      >
        {label}
      </button>
      {state.kind === 'error' ? (
        <span class="bg-save-error" role="alert" data-testid="save-error">
          {t('rdSaveFailed', state.message)}
        </span>
      ) : null}
    </span>
  );
}
