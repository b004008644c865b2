/** One page of clippings with selection checkboxes and a pager. */
import { shortDate } from '@/components/ui/format';
import { t } from '@/components/ui/i18n';
import type { Clipping } from '@/lib/types';

export interface ResultListProps {
  items: readonly Clipping[] | undefined;
  total: number;
  offset: number;
  pageSize: number;
  selected: ReadonlySet<string>;
  collectionNames: ReadonlyMap<string, string>;
  onToggle: (id: string, on: boolean) => void;
  onTogglePage: (on: boolean) => void;
  onSelectAll: () => void;
  onOpen: (id: string) => void;
  onPage: (offset: number) => void;
}

/** The list (`library-list`, items `library-item`, checkboxes `library-select`, pager `page-next`/`page-prev`). */
export function ResultList(p: ResultListProps) {
  const items = p.items ?? [];
  const allOnPage = items.length > 0 && items.every((c) => p.selected.has(c.id));
  const pages = Math.max(1, Math.ceil(p.total / p.pageSize));
  const page = Math.floor(p.offset / p.pageSize) + 1;
  return (
    <section class="results" aria-labelledby="results-h">
      <div class="results-head">
        <h2 id="results-h" data-testid="library-total" aria-live="polite">
          {t('libClipCount', p.total)}
        </h2>
        <label class="select-page">
          <input
            type="checkbox"
            data-testid="select-page"
            checked={allOnPage}
            disabled={items.length === 0}
            onChange={(e) => p.onTogglePage((e.currentTarget as HTMLInputElement).checked)}
          />{' '}
          {t('libSelectPage')}
        </label>
        {p.total > items.length && (
          <button type="button" class="link" data-testid="select-all" onClick={p.onSelectAll}>
            {t('libSelectAll', p.total)}
          </button>
        )}
      </div>
      <ul class="library-list" data-testid="library-list" aria-busy={p.items === undefined}>
        {items.map((c) => (
          <li
            key={c.id}
            data-testid="library-item"
            data-id={c.id}
            class={p.selected.has(c.id) ? 'selected' : ''}
          >
            <input
              type="checkbox"
              id={`sel-${c.id}`}
              data-testid="library-select"
              checked={p.selected.has(c.id)}
              onChange={(e) => p.onToggle(c.id, (e.currentTarget as HTMLInputElement).checked)}
              aria-label={t('libSelectItem', c.title || c.url)}
            />
            <div class="item-body">
              <a
                href={`/viewer.html?id=${encodeURIComponent(c.id)}`}
                onClick={(e) => {
                  e.preventDefault();
                  p.onOpen(c.id);
                }}
              >
                {c.title || c.url}
              </a>
              <div class="meta muted">
                {[
                  c.siteName,
                  shortDate(c.publishedTime),
                  p.collectionNames.get(c.collectionId) ?? c.collectionId,
                  c.kind === 'selection' ? t('libExcerpt') : '',
                ]
                  .filter(Boolean)
                  .join(' · ')}
                {c.tags.length > 0 && (
                  <span class="tags">
                    {c.tags.map((x) => (
                      <span key={x} class="tag">
                        #{x}
                      </span>
                    ))}
                  </span>
                )}
              </div>
            </div>
          </li>
        ))}
      </ul>
      {p.items && items.length === 0 && <p class="muted">{t('uiNoResults')}</p>}
      <nav class="pager" aria-label={t('libPager')}>
        <button
          type="button"
          data-testid="page-prev"
          disabled={p.offset === 0}
          onClick={() => p.onPage(Math.max(0, p.offset - p.pageSize))}
        >
          {t('libPrev')}
        </button>
        <span>{t('libPageOf', [page, pages])}</span>
        <button
          type="button"
          data-testid="page-next"
          disabled={p.offset + p.pageSize >= p.total}
          onClick={() => p.onPage(p.offset + p.pageSize)}
        >
          {t('libNext')}
        </button>
      </nav>
    </section>
  );
}
