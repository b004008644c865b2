/**
 * Read aloud in the reader: the article's sentences (lib/aids/sentences.ts) spoken one by one with
 * the browser's speechSynthesis, a Vietnamese voice where the browser has one (otherwise it says
 * so and offers the voices it has), the sentence being read marked with the CSS Custom Highlight
 * API. Play / pause, previous / next sentence, stop and speed are buttons and a select: keyboard
 * operable like any control.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { type Sentence, splitSentences } from '@/lib/aids/sentences';
import { mapText, rangeFromOffsets } from '@/lib/clips/dom-text';
import { t } from '@/components/ui/i18n';
import './aids.css';

/** Name of the highlight of the sentence being read. */
export const READ_ALOUD_HIGHLIGHT = 'bg-read-aloud';
const RATES = [0.75, 1, 1.25, 1.5, 2];

type Status = 'idle' | 'playing' | 'paused';

interface Registry {
  set(name: string, h: unknown): void;
  delete(name: string): boolean;
}

function highlightApi(win: Window | null): { registry: Registry; make: (r: Range) => unknown } | null {
  const w = win as
    | (Window & { CSS?: { highlights?: Registry }; Highlight?: new (r: Range) => unknown })
    | null;
  const registry = w?.CSS?.highlights;
  const H = w?.Highlight;
  if (!registry || typeof H !== 'function') return null;
  return {
    registry,
    make: (r) => {
      const h = new H(r) as { priority?: number };
      h.priority = 30;
      return h;
    },
  };
}

/** True for a voice that speaks Vietnamese. */
export const isVietnamese = (v: { lang: string }) => /^vi(\b|[-_])/i.test(v.lang);

export function ReadAloud(props: { bodyRef: { current: HTMLElement | null }; lang?: string | null }) {
  const synth = typeof speechSynthesis !== 'undefined' ? speechSynthesis : null;
  const [voices, setVoices] = useState<SpeechSynthesisVoice[]>(() => synth?.getVoices() ?? []);
  const [voiceName, setVoiceName] = useState('');
  const [rate, setRate] = useState(1);
  const [status, setStatus] = useState<Status>('idle');
  const [index, setIndex] = useState(0);
  const sentences = useRef<Sentence[]>([]);
  const token = useRef(0);
  const settings = useRef({ rate, voiceName, voices });
  settings.current = { rate, voiceName, voices };

  useEffect(() => {
    if (!synth) return;
    const update = () => setVoices(synth.getVoices());
    update();
    synth.addEventListener?.('voiceschanged', update);
    return () => {
      synth.removeEventListener?.('voiceschanged', update);
      token.current++;
      synth.cancel();
      clearMark();
    };
  }, []);

  const vietnamese = voices.filter(isVietnamese);
  const chosen =
    voices.find((v) => v.name === voiceName) ?? vietnamese.find((v) => v.default) ?? vietnamese[0] ?? null;

  function clearMark() {
    const body = props.bodyRef.current;
    highlightApi(body?.ownerDocument.defaultView ?? null)?.registry.delete(READ_ALOUD_HIGHLIGHT);
  }

  function mark(s: Sentence) {
    const body = props.bodyRef.current;
    if (!body) return;
    const api = highlightApi(body.ownerDocument.defaultView);
    const range = rangeFromOffsets(body, s.start, s.end);
    // Without the Highlight API the sentence is not marked (the status line still counts it).
    if (api) api.registry.set(READ_ALOUD_HIGHLIGHT, api.make(range));
    const box = range.getBoundingClientRect();
    const view = body.ownerDocument.defaultView;
    if (view && (box.top < 60 || box.bottom > view.innerHeight - 40)) {
      range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
    }
  }

  function speak(i: number) {
    const list = sentences.current;
    if (!synth || i < 0 || i >= list.length) {
      stop();
      return;
    }
    const my = ++token.current;
    synth.cancel();
    setIndex(i);
    setStatus('playing');
    mark(list[i]);
    const u = new SpeechSynthesisUtterance(list[i].text);
    const { rate: r, voiceName: name, voices: vs } = settings.current;
    const vi = vs.filter(isVietnamese);
    const voice = vs.find((v) => v.name === name) ?? vi.find((v) => v.default) ?? vi[0];
    if (voice) u.voice = voice;
    u.lang = voice?.lang ?? props.lang ?? 'vi-VN';
    u.rate = r;
    u.onend = () => {
      if (token.current === my) speak(i + 1);
    };
    u.onerror = (e) => {
      if (token.current === my && e.error !== 'interrupted' && e.error !== 'canceled') stop();
    };
    synth.speak(u);
  }

  function play() {
    if (!synth) return;
    if (status === 'paused') {
      synth.resume();
      setStatus('playing');
      return;
    }
    if (status === 'playing') {
      synth.pause();
      setStatus('paused');
      return;
    }
    const body = props.bodyRef.current;
    sentences.current = body ? splitSentences(mapText(body).text) : [];
    speak(0);
  }

  function stop() {
    token.current++;
    synth?.cancel();
    setStatus('idle');
    clearMark();
  }

  const total = sentences.current.length;
  return (
    <fieldset class="bg-read-aloud" data-testid="read-aloud" aria-label={t('raLabel')}>
      <button
        type="button"
        data-testid="read-aloud-play"
        disabled={!synth}
        aria-pressed={status === 'playing'}
        onClick={play}
      >
        {status === 'playing'
          ? `⏸ ${t('raPause')}`
          : `▶ ${status === 'paused' ? t('raResume') : t('raPlay')}`}
      </button>
      {(
        [
          ['read-aloud-prev', 'raPrev', '⏮', () => speak(Math.max(0, index - 1))],
          ['read-aloud-next', 'raNext', '⏭', () => speak(index + 1)],
          ['read-aloud-stop', 'raStop', '⏹', stop],
        ] as const
      ).map(([testId, label, icon, onClick]) => (
        <button
          key={testId}
          type="button"
          data-testid={testId}
          disabled={status === 'idle'}
          aria-label={t(label)}
          title={t(label)}
          onClick={onClick}
        >
          {icon}
        </button>
      ))}
      <select
        data-testid="read-aloud-rate"
        aria-label={t('raRate')}
        value={String(rate)}
        onChange={(e) => setRate(Number((e.currentTarget as HTMLSelectElement).value))}
      >
        {RATES.map((r) => (
          <option key={r} value={String(r)}>
            {r}×
          </option>
        ))}
      </select>
      {synth && vietnamese.length === 0 ? (
        <>
          <span class="bg-read-aloud-note" role="note" data-testid="read-aloud-no-voice">
            {voices.length ? t('raNoVietnamese') : t('raNoVoices')}
          </span>
          {voices.length ? (
            <select
              data-testid="read-aloud-voice"
              aria-label={t('raVoice')}
              value={chosen?.name ?? ''}
              onChange={(e) => setVoiceName((e.currentTarget as HTMLSelectElement).value)}
            >
              <option value="">{t('raDefaultVoice')}</option>
              {voices.map((v) => (
                <option key={v.name} value={v.name}>
                  {v.name} ({v.lang})
                </option>
              ))}
            </select>
          ) : null}
        </>
      ) : null}
      {!synth ? (
        <span class="bg-read-aloud-note" role="note" data-testid="read-aloud-no-voice">
          {t('raUnavailable')}
        </span>
      ) : null}
      <span class="bg-read-aloud-note" role="status" data-testid="read-aloud-status">
        {status === 'idle' ? '' : t('raSentence', [index + 1, total])}
      </span>
    </fieldset>
  );
}
