import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { OptionsApp } from '@/components/options/OptionsApp';
import { selectionFromSearch, type OptionsServices } from '@/components/options/services';
import { parseWatchlist } from '@/components/options/SettingsSection';
import { initI18n } from '@/components/ui/i18n';
import { type BaoGonDB, getClipping, toStored } from '@/lib/clips';
import { exportClippings } from '@/lib/export';
import { DEFAULT_SETTINGS, normalizeSettings, type Settings } from '@/lib/settings';
import { freshDb } from '../clips/helpers';
import { clipping, clippings, COLLECTIONS } from '../export/helpers';
import { installI18n } from '../popup/helpers';

let db: BaoGonDB;
let root: HTMLElement;
let blobs: Blob[];

beforeEach(async () => {
  installI18n('vi');
  await initI18n('auto');
  db = freshDb();
  await db.collections.bulkPut(COLLECTIONS);
  await db.clippings.bulkAdd(clippings(6).map(toStored));
  root = document.createElement('div');
  document.body.append(root);
  blobs = [];
  vi.spyOn(URL, 'createObjectURL').mockImplementation((b) => {
    blobs.push(b as Blob);
    return `blob:test/${blobs.length}`;
  });
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
});

afterEach(async () => {
  await act(() => render(null, root));
  root.remove();
  vi.restoreAllMocks();
  db.close();
  await db.delete();
});

function fakeServices(over: Partial<OptionsServices> = {}) {
  let settings: Settings = structuredClone(DEFAULT_SETTINGS);
  const calls = { request: 0, release: 0, persist: 0, saves: [] as Partial<Settings>[] };
  const services: OptionsServices = {
    db,
    loadSettings: async () => settings,
    saveSettings: async (patch) => {
      calls.saves.push(patch);
      settings = normalizeSettings({ ...settings, ...patch });
      return settings;
    },
    requestAllSites: async () => {
      calls.request++;
      return true;
    },
    hasAllSites: async () => true,
    releaseAllSites: async () => {
      calls.release++;
    },
    storage: {
      estimate: async () => ({ usage: 5 * 1024 * 1024, quota: 1024 * 1024 * 1024 }),
      persisted: async () => false,
      persist: async () => {
        calls.persist++;
        return true;
      },
    },
    selection: null,
    ...over,
  };
  return { services, calls, settings: () => settings };
}

const byTestId = (id: string) => root.querySelector<HTMLElement>(`[data-testid="${id}"]`);

async function waitFor<T>(fn: () => T | null | undefined | false, what: string): Promise<T> {
  for (let i = 0; i < 200; i++) {
    const v = fn();
    if (v) return v;
    await act(() => new Promise((r) => setTimeout(r, 10)));
  }
  throw new Error(`not found: ${what}`);
}

async function mount(over: Partial<OptionsServices> = {}) {
  const f = fakeServices(over);
  await act(() => render(<OptionsApp services={f.services} />, root));
  await waitFor(() => byTestId('settings-language'), 'settings');
  return f;
}

async function change(el: HTMLElement, value?: string | boolean) {
  await act(() => {
    if (typeof value === 'boolean') (el as HTMLInputElement).checked = value;
    else if (value !== undefined) (el as HTMLInputElement).value = value;
    el.dispatchEvent(new Event('input', { bubbles: true }));
    el.dispatchEvent(new Event('change', { bubbles: true }));
  });
}

async function click(el: HTMLElement) {
  await act(() => el.click());
}

async function chooseFile(content: string, name = 'bao-gon.json') {
  const input = byTestId('import-input') as HTMLInputElement;
  const file = new File([content], name, { type: 'application/json' });
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  await change(input);
}

async function snapshot() {
  return [await db.clippings.orderBy('id').toArray(), await db.collections.orderBy('id').toArray()];
}

describe('options page: export', () => {
  it('offers every format by its exact value', async () => {
    await mount();
    const values = [...(byTestId('export-format') as HTMLSelectElement).options].map((o) => o.value);
    expect(values).toEqual(['json', 'markdown', 'csv', 'highlights-csv', 'entities-csv', 'csl-json', 'ris', 'bibtex']);
    // Users see labels from the one registry, never raw ids.
    for (const o of (byTestId('export-format') as HTMLSelectElement).options) expect(o.textContent).not.toBe(o.value);
    expect(byTestId('options')).not.toBeNull();
  });

  it.each([
    ['json', /^bao-gon_tat-ca_\d{4}-\d{2}-\d{2}\.json$/],
    ['csv', /^bao-gon_tat-ca_\d{4}-\d{2}-\d{2}\.csv$/],
    ['ris', /^bao-gon_tat-ca_\d{4}-\d{2}-\d{2}\.ris$/],
  ])('exports everything as %s to a blob download link', async (format, name) => {
    await mount();
    await waitFor(() => byTestId('export-count')?.textContent?.includes('6'), 'count');
    await change(byTestId('export-format')!, format);
    await click(byTestId('export-button')!);
    const link = (await waitFor(() => byTestId('export-link'), 'link')) as HTMLAnchorElement;
    expect(link.getAttribute('href')).toMatch(/^blob:/);
    expect(link.getAttribute('download')).toMatch(name);
    const content = await blobs[0].text();
    for (const c of clippings(6)) expect(content).toContain(c.url);
  });

  it('exports one chosen collection, named after it', async () => {
    await mount();
    await click(byTestId('export-scope-collections')!);
    await waitFor(() => byTestId('export-collection-col-kinh-te'), 'collection box');
    await change(byTestId('export-collection-col-kinh-te')!, true);
    await waitFor(() => byTestId('export-count')?.textContent?.includes('3'), 'count 3');
    await click(byTestId('export-button')!);
    const link = await waitFor(() => byTestId('export-link'), 'link');
    expect(link.getAttribute('download')).toMatch(/^bao-gon_kinh-te-dau-tu_/);
    const env = JSON.parse(await blobs[0].text());
    expect(env.clippings.map((c: { id: string }) => c.id).sort()).toEqual(['c-1', 'c-3', 'c-5']);
  });

  it('exports the selection handed over by the library', async () => {
    await mount({ selection: ['c-2', 'c-4', 'missing'] });
    expect((byTestId('export-scope-selection') as HTMLInputElement).checked).toBe(true);
    await change(byTestId('export-format')!, 'csl-json');
    await click(byTestId('export-button')!);
    const link = await waitFor(() => byTestId('export-link'), 'link');
    expect(link.getAttribute('download')).toMatch(/^bao-gon_lua-chon_csl_/);
    const items = JSON.parse(await blobs[0].text());
    expect(items.map((i: { URL: string }) => i.URL).sort()).toEqual([clipping(2).url, clipping(4).url]);
  });

  it.each([
    ['?export=a,b,,a', ['a', 'b']],
    ['?x=1', null],
    ['?export=', []],
  ])('reads the selection from %s', (search, ids) => expect(selectionFromSearch(search)).toEqual(ids));
});

describe('options page: import', () => {
  it('shows a dry-run summary, then imports on confirm', async () => {
    const file = await exportClippings('json', {
      clippings: [
        clipping(0),
        clipping(1, { note: 'khác', updatedAt: '2027-01-01T00:00:00.000Z' }),
        clipping(20),
        clipping(21),
      ],
      collections: COLLECTIONS,
    });
    const env = JSON.parse(file.data as string);
    env.clippings.push({ id: 'bad' });
    await mount();
    const before = await snapshot();
    await chooseFile(JSON.stringify(env));
    const summary = await waitFor(() => byTestId('import-summary'), 'summary');
    expect(byTestId('import-new')!.textContent).toContain('2');
    expect(byTestId('import-updated')!.textContent).toContain('1');
    expect(byTestId('import-duplicates')!.textContent).toContain('1');
    expect(byTestId('import-invalid')!.textContent).toContain('1');
    expect(summary.textContent).toContain('Bài số 5');
    expect(await snapshot()).toEqual(before);
    await click(byTestId('import-confirm')!);
    await waitFor(() => byTestId('import-done'), 'done');
    expect(await db.clippings.count()).toBe(8);
    expect((await getClipping(db, 'c-1'))?.note).toContain('khác');
  });

  it.each([
    ['truncated', '{"format":"bao-gon","version":1,"clippings":[{"id"', 'JSON'],
    ['not an export', '{"hello":1}', 'Báo Gọn'],
    ['future version', '{"format":"bao-gon","version":9,"clippings":[]}', 'phiên bản'],
    ['empty', '', 'rỗng'],
  ])('a %s file gives a clear error and changes nothing', async (_l, content, words) => {
    await mount();
    const before = await snapshot();
    await chooseFile(content);
    const err = await waitFor(() => byTestId('import-error'), 'error');
    expect(err.textContent?.toLowerCase()).toContain(words.toLowerCase());
    expect(byTestId('import-confirm')).toBeNull();
    expect(await snapshot()).toEqual(before);
  });

  it('does not offer to import a file with nothing new', async () => {
    const file = await exportClippings('json', { clippings: clippings(6), collections: COLLECTIONS });
    await mount();
    await chooseFile(file.data as string);
    await waitFor(() => byTestId('import-summary'), 'summary');
    expect(byTestId('import-nothing')).not.toBeNull();
    expect((byTestId('import-confirm') as HTMLButtonElement).disabled).toBe(true);
  });
});

describe('options page: settings and storage', () => {
  it('asks for the all-sites permission when chosen and saves only if granted', async () => {
    const granted = await mount();
    await change(byTestId('settings-detect-all')!, true);
    await waitFor(() => granted.settings().detectAllSites, 'saved');
    expect(granted.calls.request).toBe(1);

    await act(() => render(null, root));
    const denied = await mount({ requestAllSites: async () => false });
    await change(byTestId('settings-detect-all')!, true);
    await waitFor(() => byTestId('settings-status')?.textContent, 'note');
    expect(denied.settings().detectAllSites).toBe(false);
    expect((byTestId('settings-detect-list') as HTMLInputElement).checked).toBe(true);
  });

  it('turns all-sites detection off when the permission was withdrawn', async () => {
    const f = fakeServices({ hasAllSites: async () => false });
    await f.services.saveSettings({ detectAllSites: true });
    await act(() => render(<OptionsApp services={f.services} />, root));
    await waitFor(() => byTestId('settings-detect-list'), 'settings');
    expect((byTestId('settings-detect-list') as HTMLInputElement).checked).toBe(true);
    expect(f.settings().detectAllSites).toBe(false);
    expect(byTestId('settings-status')!.textContent).not.toBe('');
  });

  it.each([
    ['settings-auto-open', true, (s: Settings) => s.autoOpenReader, true],
    ['settings-font-size', '24', (s: Settings) => s.reader.fontSize, 24],
    ['settings-line-width', '200', (s: Settings) => s.reader.lineWidth, 90],
    ['settings-theme', 'sepia', (s: Settings) => s.reader.theme, 'sepia'],
    ['settings-font', 'sans', (s: Settings) => s.reader.font, 'sans'],
    ['settings-entity-agreement', false, (s: Settings) => s.entityTypesShown.agreement, false],
    ['settings-color-official', '#123456', (s: Settings) => s.entityColors.official, '#123456'],
    [
      'settings-watchlist',
      'Tô Lâm\n\n  Hiệp định  CPTPP \nTô Lâm',
      (s: Settings) => s.watchlist,
      ['Tô Lâm', 'Hiệp định CPTPP'],
    ],
    ['settings-language', 'en', (s: Settings) => s.uiLanguage, 'en'],
  ] as const)('%s saves its value', async (id, value, read, expected) => {
    const f = await mount();
    await change(byTestId(id)!, value);
    await waitFor(() => f.calls.saves.length > 0, 'save');
    expect(read(f.settings())).toEqual(expected);
  });

  it('shows the stored reader theme, "auto" included, among the theme choices', async () => {
    await mount();
    const theme = byTestId('settings-theme') as HTMLSelectElement;
    expect([...theme.options].map((o) => o.value)).toEqual(['auto', 'light', 'sepia', 'dark']);
    expect(theme.value).toBe('auto');
    expect(theme.selectedOptions[0].textContent).not.toBe('');
  });

  it('shows storage use and asks for persistence', async () => {
    const f = await mount();
    await waitFor(() => byTestId('storage-used')?.textContent?.includes('5.0 MB'), 'usage');
    expect(byTestId('storage-persisted')!.textContent).toContain('chưa');
    await click(byTestId('storage-persist')!);
    await waitFor(() => byTestId('storage-persisted')?.textContent?.includes('lâu dài ('), 'persisted');
    expect(f.calls.persist).toBe(1);
  });

  it('labels every form control', async () => {
    await mount();
    await click(byTestId('export-scope-collections')!);
    for (const el of root.querySelectorAll<HTMLElement>('input, select, textarea')) {
      const labelled =
        el.closest('label') ||
        el.getAttribute('aria-label') ||
        (el.id && root.querySelector(`label[for="${el.id}"]`));
      expect(labelled, el.outerHTML).toBeTruthy();
    }
  });

  it.each([
    ['a\nb', ['a', 'b']],
    [' x  y \r\n\r\nx y', ['x y']],
    ['', []],
  ])('parseWatchlist(%j)', (text, list) => expect(parseWatchlist(text)).toEqual(list));
});
