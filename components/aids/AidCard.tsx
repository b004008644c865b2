/**
 * The explanation of a reading aid, shown on hover and on keyboard focus: an acronym's expansion,
 * or a legal reference's kind, number, year and issuing body in words (Vietnamese and English).
 */
import { useEffect, useState } from 'preact/hooks';
import { parseLegalReference } from '@/lib/aids/legal-symbol';
import { t } from '@/components/ui/i18n';
import { AID_ATTRIBUTE, type LegalCard, legalCard } from './decorate';
import './aids.css';

type Info = { kind: 'acronym'; abbr: string; vi: string; en: string } | { kind: 'legal'; card: LegalCard };
type Shown = Info & { x: number; y: number };

function read(el: HTMLElement): Info | null {
  const kind = el.getAttribute(AID_ATTRIBUTE);
  if (kind === 'acronym') {
    return { kind, abbr: el.dataset.abbr ?? '', vi: el.dataset.vi ?? '', en: el.dataset.en ?? '' };
  }
  if (kind === 'legal' && el.dataset.legal) {
    try {
      return { kind, card: JSON.parse(el.dataset.legal) as LegalCard };
    } catch {
      return null;
    }
  }
  return null;
}

/** The rows of a legal reference's card (also used inside the reader's entity card). */
export function LegalRows({ card }: { card: LegalCard }) {
  const issuer = card.issuers.length
    ? { vi: card.issuers.map((i) => i.vi).join(' – '), en: card.issuers.map((i) => i.en).join(', ') }
    : null;
  return (
    <div class="bg-aid-legal" data-testid="legal-card">
      <div class="bg-aid-words">
        <span lang="vi">{card.words.vi}</span> / <span lang="en">{card.words.en}</span>
      </div>
      {card.type ? (
        <div class="bg-aid-row">
          <span class="bg-aid-label">{t('aidType')}:</span> <span lang="vi">{card.type.vi}</span> /{' '}
          <span lang="en">{card.type.en}</span>
        </div>
      ) : null}
      <div class="bg-aid-row">
        <span class="bg-aid-label">{t('aidNumber')}:</span> {card.number}
      </div>
      {card.year ? (
        <div class="bg-aid-row">
          <span class="bg-aid-label">{t('aidYear')}:</span> {card.year}
        </div>
      ) : null}
      {issuer ? (
        <div class="bg-aid-row">
          <span class="bg-aid-label">{t('aidIssuer')}:</span> <span lang="vi">{issuer.vi}</span> /{' '}
          <span lang="en">{issuer.en}</span>
          {card.term ? ` (${card.term.vi} / ${card.term.en})` : null}
        </div>
      ) : null}
    </div>
  );
}

/** Legal rows for a reference's text, or nothing when it has no number. */
export function LegalRowsFor({ text }: { text: string }) {
  const ref = parseLegalReference(text);
  return ref ? <LegalRows card={legalCard(ref)} /> : null;
}

/**
 * Shows the explanation of the aid under the pointer or with keyboard focus inside `rootRef`.
 * `hoverLegal` false: legal references explain themselves on focus only (the reader's entity card
 * covers hovering).
 */
export function AidCard(props: { rootRef: { current: HTMLElement | null }; hoverLegal?: boolean }) {
  const [shown, setShown] = useState<Shown | null>(null);
  useEffect(() => {
    const root = props.rootRef.current;
    if (!root) return;
    let focused: HTMLElement | null = null;
    const show = (el: HTMLElement | null, how: 'hover' | 'focus') => {
      const aid = el?.closest?.<HTMLElement>(`[${AID_ATTRIBUTE}]`) ?? null;
      const info = aid ? read(aid) : null;
      if (!aid || !info || (how === 'hover' && info.kind === 'legal' && props.hoverLegal === false)) {
        if (how === 'focus' || !focused) setShown(null);
        return;
      }
      const box = aid.getBoundingClientRect();
      const x = Math.max(8, Math.min(box.left, (aid.ownerDocument.defaultView?.innerWidth ?? 800) - 340));
      setShown({ ...info, x, y: box.bottom + 6 });
    };
    const over = (e: Event) => show(e.target as HTMLElement, 'hover');
    const out = (e: MouseEvent) => {
      if ((e.relatedTarget as HTMLElement | null)?.closest?.(`[${AID_ATTRIBUTE}]`)) return;
      if (focused) show(focused, 'focus');
      else setShown(null);
    };
    const focusIn = (e: FocusEvent) => {
      focused = (e.target as HTMLElement).closest?.<HTMLElement>(`[${AID_ATTRIBUTE}]`) ?? null;
      show(focused, 'focus');
    };
    const focusOut = () => {
      focused = null;
      setShown(null);
    };
    const key = (e: KeyboardEvent) => {
      if (e.key === 'Escape' && focused) setShown(null);
    };
    root.addEventListener('mouseover', over);
    root.addEventListener('mouseout', out);
    root.addEventListener('focusin', focusIn);
    root.addEventListener('focusout', focusOut);
    root.addEventListener('keydown', key);
    return () => {
      root.removeEventListener('mouseover', over);
      root.removeEventListener('mouseout', out);
      root.removeEventListener('focusin', focusIn);
      root.removeEventListener('focusout', focusOut);
      root.removeEventListener('keydown', key);
    };
  }, [props.rootRef.current, props.hoverLegal]);
  if (!shown) return null;
  return (
    <div
      class="bg-aid-card"
      role="tooltip"
      data-testid="aid-card"
      style={{ left: `${shown.x}px`, top: `${shown.y}px` }}
    >
      {shown.kind === 'acronym' ? (
        <>
          <div class="bg-aid-abbr">{shown.abbr}</div>
          <div lang="vi">{shown.vi}</div>
          <div lang="en" class="bg-aid-en">
            {shown.en}
          </div>
        </>
      ) : (
        <>
          <LegalRows card={shown.card} />
          <div class="bg-aid-hint">{t('aidOpensSearch')}</div>
        </>
      )}
    </div>
  );
}
