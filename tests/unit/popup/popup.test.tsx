import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Popup } from '@/components/popup/Popup';
import { initI18n } from '@/components/ui/i18n';
import { getClipping } from '@/lib/clips/clippings';
import type { BaoGonDB } from '@/lib/clips/db';
import { saveClipping } from '@/lib/clips/save';
import type { Detection } from '@/lib/types';
import { draft, freshDb } from '../clips/helpers';
import { byTestId, click, fakeServices, installI18n, typeInto } from './helpers';

const NEWS: Detection = {
  isVietnamese: true,
  isNewsArticle: true,
  isVietnameseNews: true,
  score: 0.9,
  reasons: ['langDeclaredVi', 'ogArticle', 'verdictNews'],
};
const NOT_NEWS: Detection = {
  ...NEWS,
  isNewsArticle: false,
  isVietnameseNews: false,
  score: 0.1,
  reasons: ['sectionUrl', 'verdictNotArticle'],
};

let db: BaoGonDB;
let root: HTMLElement;

beforeEach(async () => {
  installI18n('vi');
  await initI18n('auto');
  db = freshDb();
  root = document.createElement('div');
  document.body.append(root);
});

afterEach(async () => {
  await act(() => render(null, root));
  root.remove();
  db.close();
});

async function mount(opts: Parameters<typeof fakeServices>[1] = {}) {
  const { services, calls } = fakeServices(db, opts);
  await act(() => render(<Popup services={services} debounceMs={0} />, root));
  return { services, calls };
}

const text = (id: string) => byTestId(root, id)[0]?.textContent ?? '';
const titles = () => byTestId(root, 'clip-item').map((li) => li.querySelector('a')!.textContent);

describe('popup page status', () => {
  it.each([
    { name: 'Vietnamese news', detection: NEWS, status: 'Bài báo tiếng Việt', reasons: 3 },
    { name: 'other page', detection: NOT_NEWS, status: 'Không phải bài báo tiếng Việt', reasons: 2 },
    { name: 'page cannot be asked', detection: null, status: 'Chưa kiểm tra trang này', reasons: 0 },
  ])('$name → "$status"', async ({ detection, status, reasons }) => {
    await mount({ detection });
    await vi.waitFor(() => expect(text('page-status')).toBe(status));
    expect(root.querySelector('[data-testid="popup"]')).not.toBeNull();
    expect(root.querySelectorAll('[data-testid="detect-reasons"] li').length).toBe(reasons);
  });

  it.each([
    { explicitTab: false, closed: 1 },
    { explicitTab: true, closed: 0 },
  ])(
    'reader button opens the reader in tab 7 (explicit tab: $explicitTab, closes: $closed)',
    async ({ explicitTab, closed }) => {
      const { calls } = await mount({ detection: NEWS, explicitTab });
      await click(byTestId(root, 'reader-toggle')[0]);
      await vi.waitFor(() => expect(calls.openReader).toEqual([7]));
      expect(calls.closed).toBe(closed);
    },
  );

  it('save button saves the page and then reads "Đã lưu"', async () => {
    const d = draft();
    await mount({ detection: NEWS, draft: d });
    await vi.waitFor(() => expect(text('save-page')).toBe('Lưu'));
    await click(byTestId(root, 'save-page')[0]);
    await vi.waitFor(() => expect(text('save-page')).toBe('Đã lưu'));
    expect(await db.clippings.count()).toBe(1);
    await vi.waitFor(() => expect(titles()).toEqual([d.title]));
  });

  it('shows the reasons as sentences in the interface language, not codes', async () => {
    await mount({ detection: NEWS });
    await vi.waitFor(() => expect(text('page-status')).toBe('Bài báo tiếng Việt'));
    const items = Array.from(root.querySelectorAll('[data-testid="detect-reasons"] li')).map(
      (li) => li.textContent,
    );
    expect(items).toEqual([
      'Trang khai báo tiếng Việt.',
      'Trang tự giới thiệu là một bài viết.',
      'Kết luận: bài báo tiếng Việt.',
    ]);
  });

  it.each([
    { button: 'reader-toggle', notice: 'Trang này không phải bài báo: không có bài để đọc gọn.' },
    { button: 'save-page', notice: 'Trang này không phải bài báo: không có bài để lưu.' },
  ])('on a page that is not an article, $button says so and makes nothing up', async ({ button, notice }) => {
    const { calls } = await mount({ detection: NOT_NEWS, draft: draft() });
    await vi.waitFor(() => expect(text('page-status')).toBe('Không phải bài báo tiếng Việt'));
    await click(byTestId(root, button)[0]);
    await vi.waitFor(() => expect(text('not-article-notice')).toBe(notice));
    expect(calls.openReader).toEqual([]);
    expect(await db.clippings.count()).toBe(0);
  });

  it('reads "Đã lưu" on open when the page is already saved', async () => {
    const d = draft();
    await saveClipping(db, d);
    await mount({ detection: NEWS, draft: d });
    await vi.waitFor(() => expect(text('save-page')).toBe('Đã lưu'));
  });
});

describe('popup filing while saving', () => {
  const select = (id: string) => byTestId<HTMLSelectElement>(root, id)[0];

  it('saves into a new collection with new tags, and proposes that collection next time', async () => {
    const d = draft();
    const { services } = await mount({ detection: NEWS, draft: d });
    await vi.waitFor(() => expect(select('capture-collection')).toBeTruthy());
    await click(byTestId(root, 'capture-new-collection-toggle')[0]);
    await typeInto(byTestId<HTMLInputElement>(root, 'capture-new-collection')[0], ' Lao động – Lào ');
    await typeInto(byTestId<HTMLInputElement>(root, 'capture-tags')[0], 'hợp tác, Lào; hợp tác');
    await click(byTestId(root, 'save-page')[0]);
    await vi.waitFor(() => expect(text('save-page')).toBe('Đã lưu'));
    const [stored] = await db.clippings.toArray();
    const coll = await db.collections.get(stored.collectionId);
    expect(coll?.name).toBe('Lao động – Lào');
    expect(stored.tags).toEqual(['hợp tác', 'Lào']);
    await vi.waitFor(async () => expect(await services.lastCollection()).toBe(stored.collectionId));
  });

  it('a new collection without a name is refused with a message; nothing is saved', async () => {
    await mount({ detection: NEWS, draft: draft() });
    await vi.waitFor(() => expect(select('capture-collection')).toBeTruthy());
    await click(byTestId(root, 'capture-new-collection-toggle')[0]);
    await click(byTestId(root, 'save-page')[0]);
    await vi.waitFor(() => expect(root.querySelector('[role="alert"]')?.textContent).toBe('Hãy đặt tên cho bộ sưu tập mới.'));
    expect(await db.clippings.count()).toBe(0);
  });

  it('an article saved before shows its tags and takes new ones', async () => {
    const d = draft({ tags: ['cũ'] });
    await saveClipping(db, d);
    await mount({ detection: NEWS, draft: d });
    await vi.waitFor(() => expect(byTestId<HTMLInputElement>(root, 'capture-tags')[0]?.value).toBe('cũ'));
    await typeInto(byTestId<HTMLInputElement>(root, 'capture-tags')[0], 'cũ, mới');
    await click(byTestId(root, 'capture-apply')[0]);
    await vi.waitFor(() => expect(text('capture-apply')).toBe('Đã cập nhật'));
    const [stored] = await db.clippings.toArray();
    expect(stored.tags).toEqual(['cũ', 'mới']);
  });
});

describe('popup clippings list', () => {
  async function seed() {
    await saveClipping(db, draft({ url: 'https://a.vn/1', title: 'Bộ trưởng Bộ Nội vụ làm việc' }), {
      now: () => new Date('2026-03-01T00:00:00Z'),
    });
    await saveClipping(
      db,
      draft({
        url: 'https://a.vn/2',
        title: 'Hiệp định thương mại tự do',
        text: 'Hiệp định EVFTA',
        entities: [],
      }),
      { now: () => new Date('2026-03-02T00:00:00Z') },
    );
    await saveClipping(
      db,
      draft({ url: 'https://a.vn/3', title: 'Đường sắt tốc độ cao', text: 'Dự án đường sắt', entities: [] }),
      { now: () => new Date('2026-03-03T00:00:00Z') },
    );
  }

  it('lists the newest first', async () => {
    await seed();
    await mount();
    await vi.waitFor(() =>
      expect(titles()).toEqual([
        'Đường sắt tốc độ cao',
        'Hiệp định thương mại tự do',
        'Bộ trưởng Bộ Nội vụ làm việc',
      ]),
    );
  });

  it.each([
    { query: 'bo truong', expected: ['Bộ trưởng Bộ Nội vụ làm việc'] },
    { query: 'BỘ TRƯỞNG', expected: ['Bộ trưởng Bộ Nội vụ làm việc'] },
    { query: 'hiep di', expected: ['Hiệp định thương mại tự do'] },
    { query: 'duong sat', expected: ['Đường sắt tốc độ cao'] },
    { query: 'khong co gi', expected: [] },
  ])('search as you type "$query"', async ({ query, expected }) => {
    await seed();
    await mount();
    await vi.waitFor(() => expect(titles().length).toBe(3));
    await typeInto(byTestId<HTMLInputElement>(root, 'search')[0], query);
    await vi.waitFor(() => expect(titles()).toEqual(expected));
  });

  it('opens a clipping in the viewer', async () => {
    await seed();
    const { calls } = await mount();
    await vi.waitFor(() => expect(titles().length).toBe(3));
    const first = byTestId(root, 'clip-item')[0];
    await click(first.querySelector('a')!);
    expect(calls.openTab).toEqual([`/viewer.html?id=${first.dataset.id}`]);
  });

  it('delete then undo restores the exact record', async () => {
    await seed();
    await mount();
    await vi.waitFor(() => expect(titles().length).toBe(3));
    const item = byTestId(root, 'clip-item')[1];
    const id = item.dataset.id!;
    const before = await db.clippings.get(id);
    await click(item.querySelector('[data-testid="clip-delete"]')!);
    await vi.waitFor(() =>
      expect(titles()).toEqual(['Đường sắt tốc độ cao', 'Bộ trưởng Bộ Nội vụ làm việc']),
    );
    expect(await getClipping(db, id)).toBeNull();
    await click(byTestId(root, 'undo')[0]);
    await vi.waitFor(() => expect(titles().length).toBe(3));
    expect(await db.clippings.get(id)).toEqual(before);
    expect(byTestId(root, 'undo').length).toBe(0);
  });

  it('shows a clipping saved elsewhere without reload (live)', async () => {
    await mount();
    await vi.waitFor(() =>
      expect(root.querySelector('[data-testid="clip-list"]')?.getAttribute('aria-busy')).toBe('false'),
    );
    await saveClipping(db, draft({ url: 'https://b.vn/x', title: 'Bài mới lưu từ thẻ khác' }));
    await vi.waitFor(() => expect(titles()).toEqual(['Bài mới lưu từ thẻ khác']));
  });
});
