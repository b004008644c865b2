/** The clipping's note: edited freely, saved after a pause in typing and when the field loses focus. */
import { useEffect, useRef, useState } from 'preact/hooks';
import { FieldPanel } from './FieldPanel';
import { t } from './i18n';

export interface NoteEditorProps {
  value: string;
  onSave: (note: string) => Promise<unknown>;
  /** Pause in typing before saving, ms (default 800). */
  debounceMs?: number;
}

type Status = 'idle' | 'saving' | 'saved' | 'error';

/** A labelled textarea; outside changes are taken only while the user is not editing. */
export function NoteEditor({ value, onSave, debounceMs = 800 }: NoteEditorProps) {
  const [text, setText] = useState(value);
  const [status, setStatus] = useState<Status>('idle');
  const focused = useRef(false);
  const saved = useRef(value);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  useEffect(() => {
    saved.current = value;
    if (!focused.current) setText(value);
  }, [value]);
  useEffect(
    () => () => {
      if (timer.current) clearTimeout(timer.current);
    },
    [],
  );

  const save = async (note: string) => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    if (note === saved.current) return;
    setStatus('saving');
    try {
      await onSave(note);
      saved.current = note;
      setStatus('saved');
    } catch {
      setStatus('error');
    }
  };

  return (
    <FieldPanel fieldId="viewer-note" title={t('viewerNote')}>
      <textarea
        id="viewer-note"
        data-testid="viewer-note"
        rows={5}
        value={text}
        placeholder={t('viewerNotePlaceholder')}
        onFocus={() => {
          focused.current = true;
        }}
        onInput={(e) => {
          const v = (e.currentTarget as HTMLTextAreaElement).value;
          setText(v);
          if (timer.current) clearTimeout(timer.current);
          timer.current = setTimeout(() => void save(v), debounceMs);
        }}
        onBlur={(e) => {
          focused.current = false;
          void save((e.currentTarget as HTMLTextAreaElement).value);
        }}
      />
      <p
        class={`viewer-status viewer-status-${status}`}
        role="status"
        aria-live="polite"
        data-testid="viewer-note-status"
      >
        {status === 'saving'
          ? t('viewerSaving')
          : status === 'saved'
            ? t('viewerSaved')
            : status === 'error'
              ? t('viewerSaveFailed')
              : ''}
      </p>
    </FieldPanel>
  );
}
