/** The research library page: search, filters, paged list, bulk actions, entity index, timeline. */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { collectionName } from '@/components/ui/collection-name';
import { useDebounced, useLiveQuery } from '@/components/ui/hooks';
import { t } from '@/components/ui/i18n';
import { UndoBar } from '@/components/ui/UndoBar';
import { countByEntity } from '@/lib/clips/clippings';
import { listCollections } from '@/lib/clips/collections';
import type { BaoGonDB } from '@/lib/clips/db';
import { TRASH_CHUNK } from '@/lib/clips/trash';
import type { LibraryActions } from './actions';
import { BulkBar } from './BulkBar';
import { type BulkProgress, failureText, runInChunks } from './bulk';
import { CollectionsPanel } from './CollectionsPanel';
import { EntityIndex } from './EntityIndex';
import { FiltersPanel } from './FiltersPanel';
import { allMatchingIds, EMPTY_FILTERS, facets, type LibraryFilters, queryLibrary } from './query';
import { ResultList } from './ResultList';
import { SyncStatus } from './SyncStatus';
import { TagsPanel } from './TagsPanel';
import { TimelineView } from './TimelineView';
import { buildTimeline } from './timeline';

/** Clippings per page of the list. */
export const LIBRARY_PAGE_SIZE = 50;

export interface LibraryProps {
  db: BaoGonDB;
  actions: LibraryActions;
  /** Debounce of the search box in ms (tests pass 0). */
  debounceMs?: number;
  /** Filters to start with (e.g. from the page's URL). */
  initialFilters?: Partial<LibraryFilters>;
}

/** Root of the library page (`data-testid="library"`). */
export function Library({ db, actions, debounceMs = 200, initialFilters }: LibraryProps) {
  const [filters, setFilters] = useState<LibraryFilters>({ ...EMPTY_FILTERS, ...initialFilters });
  const [offset, setOffset] = useState(0);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [deleted, setDeleted] = useState<string[] | null>(null);
  const [busy, setBusy] = useState(false);
  const [progress, setProgress] = useState<BulkProgress | null>(null);
  const [notice, setNotice] = useState('');
  const searchRef = useRef<HTMLInputElement>(null);
  const query = useDebounced(filters.query, debounceMs);

  // "/" jumps to the search box (unless typing somewhere).
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const el = e.target as HTMLElement | null;
      const typing = !!el && (/^(INPUT|TEXTAREA|SELECT)$/.test(el.tagName) || el.isContentEditable);
      if (e.key === '/' && !typing && !e.ctrlKey && !e.metaKey && !e.altKey) {
        e.preventDefault();
        searchRef.current?.focus();
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);
  const effective = useMemo(() => ({ ...filters, query }), [filters, query]);

  const page = useLiveQuery(
    () => queryLibrary(db, effective, { offset, limit: LIBRARY_PAGE_SIZE }),
    [db, effective, offset],
  );
  const collections = useLiveQuery(() => listCollections(db), [db]) ?? [];
  const facetValues = useLiveQuery(() => facets(db), [db]);
  const entities = useLiveQuery(
    async () => (await countByEntity(db)).filter((e) => e.type !== 'watch'),
    [db],
  );
  const timeline = useLiveQuery(
    async () => (entities ? buildTimeline(db, entities) : undefined),
    [db, entities],
  );
  const collectionNames = useMemo(() => new Map(collections.map((c) => [c.id, collectionName(c)])), [collections]);

  const change = (patch: Partial<LibraryFilters>) => {
    setFilters((f) => ({ ...f, ...patch }));
    setOffset(0);
  };
  const pickEntity = (entityKey: string) => change({ entityKey });

  const run = async (fn: () => Promise<string>) => {
    setBusy(true);
    setNotice('');
    try {
      setNotice(await fn());
    } catch (err) {
      setNotice(`${t('libActionFailed')} ${failureText(err)}`);
    } finally {
      setBusy(false);
    }
  };
  const ids = () => [...selected];

  /** Runs one bulk action over `list` in chunks, with progress; resolves to what the chunks returned. */
  const chunked = <R,>(
    action: BulkProgress['action'],
    list: string[],
    size: number,
    fn: (c: string[]) => Promise<R>,
  ) =>
    runInChunks(list, size, fn, (done, total) => setProgress({ action, done, total })).finally(() =>
      setProgress(null),
    );
  const failed = (done: number, total: number, err: unknown) =>
    t('libBulkFailed', [done, total, failureText(err)]);

  const move = (collectionId: string) =>
    run(async () => {
      const list = ids();
      const r = await chunked('move', list, 50, async (chunk) => {
        for (const id of chunk) await actions.update(id, { collectionId });
      });
      return r.error ? failed(r.done, list.length, r.error) : t('libMoved', list.length);
    });
  const tag = (name: string, add: boolean) =>
    run(async () => {
      const low = name.toLocaleLowerCase('vi');
      const list = ids();
      let changed = 0;
      const r = await chunked('tag', list, 50, async (chunk) => {
        const rows = (await db.clippings.bulkGet(chunk)).filter((c) => !!c);
        for (const c of rows) {
          const has = c.tags.some((x) => x.toLocaleLowerCase('vi') === low);
          if (add === has) continue;
          const tags = add ? [...c.tags, name] : c.tags.filter((x) => x.toLocaleLowerCase('vi') !== low);
          await actions.update(c.id, { tags });
          changed++;
        }
      });
      if (r.error) return failed(r.done, list.length, r.error);
      return add ? t('libTagged', [name, changed]) : t('libUntagged', [name, changed]);
    });
  const remove = () =>
    run(async () => {
      const list = ids();
      const r = await chunked('delete', list, TRASH_CHUNK, (chunk) => actions.remove(chunk));
      const gone = r.results.flat();
      setDeleted(gone.length ? gone : null);
      const left = new Set(list);
      for (const id of gone) left.delete(id);
      setSelected(left);
      if (r.error) return failed(r.done, list.length, r.error);
      return gone.length === list.length ? '' : t('libDeleteMissing', [gone.length, list.length]);
    });
  const undo = () =>
    run(async () => {
      const list = deleted ?? [];
      const r = await chunked('restore', list, TRASH_CHUNK, (chunk) => actions.restore(chunk));
      const restored = r.results.reduce((n, o) => n + o.restored.length, 0);
      const conflicts = r.results.reduce((n, o) => n + o.conflicts.length, 0);
      const back = new Set(r.results.flatMap((o) => o.restored));
      const rest = list.filter((id) => !back.has(id));
      setDeleted(r.error && rest.length ? rest : null);
      if (r.error) return failed(r.done, list.length, r.error);
      if (conflicts) return t('libRestoredConflicts', [restored, conflicts]);
      return t('libRestored', restored);
    });
  const exportSelection = (format: string) =>
    run(async () => {
      const mod = await import('@/lib/export');
      if (!mod.isExportFormat(format)) return t('libActionFailed');
      const transfer = await import('@/components/options/transfer');
      if (transfer.canUseWorker()) {
        // Off the page's main thread, like the options page's export.
        const session = new transfer.TransferSession();
        try {
          const res = await transfer.exportInWorker(
            session,
            db.name,
            format,
            { kind: 'selection', ids: ids() },
            t('libExportScope'),
          );
          actions.download(res.filename, res.mime, res.data);
          return t('libExported', [res.count, res.filename]);
        } finally {
          session.close();
        }
      }
      const rows = (await db.clippings.bulkGet(ids())).filter((c) => !!c);
      const { stripDerived } = await import('@/lib/clips/derive');
      const clippings = rows.map(stripDerived);
      const used = new Set(clippings.map((c) => c.collectionId));
      const res = await mod.exportClippings(
        format,
        { clippings, collections: collections.filter((c) => used.has(c.id)) },
        { scopeName: t('libExportScope') },
      );
      actions.download(res.filename, res.mime, res.data);
      return t('libExported', [clippings.length, res.filename]);
    });

  const toggle = (id: string, on: boolean) =>
    setSelected((s) => {
      const n = new Set(s);
      if (on) n.add(id);
      else n.delete(id);
      return n;
    });
  const togglePage = (on: boolean) =>
    setSelected((s) => {
      const n = new Set(s);
      for (const c of page?.items ?? []) {
        if (on) n.add(c.id);
        else n.delete(c.id);
      }
      return n;
    });
  const selectAll = async () => setSelected(new Set(await allMatchingIds(db, effective)));

  return (
    <div class="library" data-testid="library">
      <header class="top">
        <h1>{t('libTitle')}</h1>
        <label class="search">
          <span class="sr-only">{t('uiSearchLabel')}</span>
          <input
            type="search"
            data-testid="library-search"
            ref={searchRef}
            aria-keyshortcuts="/"
            onKeyDown={(e) => {
              if (e.key === 'Escape' && filters.query) change({ query: '' });
            }}
            placeholder={t('uiSearchPlaceholder')}
            value={filters.query}
            onInput={(e) => change({ query: (e.currentTarget as HTMLInputElement).value })}
          />
        </label>
        <SyncStatus collections={collections ?? []} />
      </header>
      <div class="layout">
        <aside class="side" aria-label={t('libFilters')}>
          <FiltersPanel
            filters={filters}
            collections={collections}
            facets={facetValues}
            entities={entities}
            onChange={change}
            onClear={() => change(EMPTY_FILTERS)}
          />
          <CollectionsPanel db={db} collections={collections} />
          <TagsPanel
            db={db}
            actions={actions}
            tags={facetValues?.tags ?? []}
            active={filters.tag}
            onPick={(tag) => change({ tag })}
          />
        </aside>
        <main class="center">
          {deleted && <UndoBar count={deleted.length} onUndo={undo} onDismiss={() => setDeleted(null)} />}
          {progress && (
            <div class="bulk-progress" data-testid="bulk-progress" role="status">
              <progress max={progress.total} value={progress.done} />
              <span>
                {t('libProgress', [t(`libAction_${progress.action}`), progress.done, progress.total])}
              </span>
            </div>
          )}
          {notice && (
            <p class="notice" role="status" data-testid="library-notice">
              {notice}
            </p>
          )}
          {selected.size > 0 && (
            <BulkBar
              count={selected.size}
              collections={collections}
              tags={facetValues?.tags ?? []}
              busy={busy}
              onMove={move}
              onTag={tag}
              onDelete={remove}
              onExport={exportSelection}
              onClear={() => setSelected(new Set())}
            />
          )}
          <ResultList
            items={page?.items}
            total={page?.total ?? 0}
            offset={offset}
            pageSize={LIBRARY_PAGE_SIZE}
            selected={selected}
            collectionNames={collectionNames}
            onToggle={toggle}
            onTogglePage={togglePage}
            onSelectAll={selectAll}
            onOpen={(id) => actions.openTab(`/viewer.html?id=${encodeURIComponent(id)}`)}
            onPage={setOffset}
          />
        </main>
        <aside class="side right" aria-label={t('libEntityIndex')}>
          <EntityIndex entities={entities} active={filters.entityKey} onPick={pickEntity} />
          <TimelineView timeline={timeline} onPick={pickEntity} />
        </aside>
      </div>
    </div>
  );
}
