/** "N deleted — Undo" notice, announced to screen readers. */
import { t } from './i18n';

export interface UndoBarProps {
  count: number;
  onUndo: () => void;
  onDismiss: () => void;
}

/** Shows how many clippings were deleted with an Undo button (`data-testid="undo"`). */
export function UndoBar({ count, onUndo, onDismiss }: UndoBarProps) {
  return (
    <div class="undo-bar" role="status">
      <span>{t('uiDeleted', count)}</span>
      <button type="button" data-testid="undo" onClick={onUndo}>
        {t('uiUndo')}
      </button>
      <button type="button" class="link" onClick={onDismiss} aria-label={t('uiDismiss')}>
        ×
      </button>
    </div>
  );
}
