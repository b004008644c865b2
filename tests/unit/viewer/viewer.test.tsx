// DOMPurify does not support happy-dom (it lets scripts and handlers through there): the XSS checks need jsdom.
// @vitest-environment jsdom
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ViewerApp } from '@/components/viewer/ViewerApp';
import { type BaoGonDB, openDb } from '@/lib/clips/db';
import { toStored } from '@/lib/clips/derive';
import type { Clipping } from '@/lib/types';
import { clipping, highlightOf, mockI18n, msg, officialEntity, until } from './helpers';

const TEXT =
  'Sáng 1/3, Thủ tướng Phạm Minh Chính làm việc với tỉnh Quảng Ninh.\n\nThủ tướng yêu cầu tỉnh đẩy mạnh chuyển đổi số.';

let db: BaoGonDB;
let host: HTMLElement;
let n = 0;

beforeEach(() => {
  mockI18n();
  n += 1;
  db = openDb(`viewer-test-${n}-${Math.random().toString(36).slice(2)}`);
  host = document.createElement('div');
  document.body.append(host);
});

afterEach(async () => {
  render(null, host);
  host.remove();
  db.close();
  await db.delete();
});

async function show(c: Clipping | null, id = c?.id ?? '') {
  if (c) await db.clippings.put(toStored(c));
  render(<ViewerApp db={db} id={id} locale="vi-VN" noteDebounceMs={20} />, host);
}

const byTestId = (id: string) => host.querySelector<HTMLElement>(`[data-testid="${id}"]`);
const allByTestId = (id: string) => [...host.querySelectorAll<HTMLElement>(`[data-testid="${id}"]`)];

describe('viewer page', () => {
  it('renders the title, facts, link to the original and the article offline', async () => {
    await show(clipping());
    const title = await until(() => {
      const el = byTestId('viewer-title');
      if (!el) throw new Error('no title yet');
      return el;
    });
    expect(title.textContent).toBe('Thủ tướng làm việc với tỉnh Quảng Ninh');
    expect(byTestId('viewer-site')!.textContent).toBe('Báo Ví Dụ');
    expect(byTestId('viewer-byline')!.textContent).toBe('Trần Thị Hoa');
    expect(byTestId('viewer-date')!.getAttribute('datetime')).toBe('2026-03-01T08:00:00+07:00');
    const link = byTestId('viewer-original') as HTMLAnchorElement;
    expect(link.getAttribute('href')).toBe('https://bao.example.vn/thoi-su/bai-1.html');
    expect(link.target).toBe('_blank');
    expect(link.rel).toContain('noopener');
    expect(byTestId('viewer-body')!.textContent).toContain('chuyển đổi số');
    expect(document.title).toContain('Quảng Ninh');
  });

  it.each([
    { name: 'missing id', stored: false, id: '', key: 'viewerMissingId' },
    { name: 'unknown id', stored: true, id: 'no-such-clipping', key: 'viewerNotFound' },
  ])('says so clearly for a $name', async ({ stored, id, key }) => {
    await show(stored ? clipping() : null, id);
    const el = await until(() => {
      const m = byTestId('viewer-missing');
      if (!m) throw new Error('no message yet');
      return m;
    });
    expect(el.textContent).toBe(msg(key));
    expect(el.getAttribute('role')).toBe('alert');
  });

  it('re-anchors highlights with notes, lists them, and lists orphans apart', async () => {
    const placed = highlightOf('h1', TEXT, 'Phạm Minh Chính', 'Người chủ trì', 'green');
    // Stale position (text was edited since): the quote is still found by its context.
    const moved = highlightOf('h2', TEXT, 'đẩy mạnh chuyển đổi số');
    moved.selectors = moved.selectors.map((s) =>
      s.type === 'TextPositionSelector' ? { ...s, start: s.start + 7, end: s.end + 7 } : s,
    );
    const orphan = highlightOf(
      'h3',
      `${TEXT} Đoạn đã bị xoá khỏi bài viết.`,
      'Đoạn đã bị xoá khỏi bài viết',
      'cũ',
    );
    await show(clipping({ highlights: [placed, moved, orphan] }));
    const marks = await until(() => {
      const m = host.querySelectorAll<HTMLElement>('mark[data-highlight-id]');
      if (m.length < 2) throw new Error('not painted yet');
      return [...m];
    });
    const h1 = marks.find((m) => m.dataset.highlightId === 'h1')!;
    expect(h1.textContent).toBe('Phạm Minh Chính');
    expect(h1.className).toContain('bg-hl-green');
    expect(h1.title).toBe('Người chủ trì');
    expect(h1.tabIndex).toBe(0);
    const describedBy = h1.getAttribute('aria-describedby')!;
    expect(host.querySelector(`#${describedBy}`)!.textContent).toBe('Người chủ trì');
    expect(marks.find((m) => m.dataset.highlightId === 'h2')!.textContent).toBe('đẩy mạnh chuyển đổi số');

    const list = await until(() => {
      const items = allByTestId('viewer-highlight');
      if (items.length !== 2) throw new Error('panel not updated');
      return items;
    });
    expect(list[0].textContent).toContain('Phạm Minh Chính');
    expect(list[0].textContent).toContain('Người chủ trì');
    const orphans = allByTestId('viewer-orphan');
    expect(orphans).toHaveLength(1);
    expect(orphans[0].textContent).toContain('Đoạn đã bị xoá khỏi bài viết');

    // Keyboard: the panel's button focuses the highlight in the text.
    (list[0].querySelector('button') as HTMLButtonElement).click();
    expect(document.activeElement).toBe(h1);
  });

  it('groups entities with counts and English titles', async () => {
    const entities = [
      officialEntity('Phạm Minh Chính', 20, 'official:pham-minh-chinh', {
        title: 'Thủ tướng',
        titleEn: 'Prime Minister',
      }),
      officialEntity('Thủ tướng', 68, 'official:pham-minh-chinh', { name: 'Phạm Minh Chính' }),
      {
        type: 'legal_document',
        text: 'Nghị định 15/2020/NĐ-CP',
        start: 0,
        end: 1,
        key: 'legal:15/2020/nd-cp',
      } as const,
    ];
    await show(clipping({ entities }));
    const panel = await until(() => {
      const p = byTestId('viewer-entities');
      if (!p) throw new Error('no panel');
      return p;
    });
    const items = allByTestId('viewer-entity');
    expect(items).toHaveLength(2);
    expect(items[0].textContent).toContain('Phạm Minh Chính');
    expect(items[0].textContent).toContain('×2');
    expect(items[0].textContent).toContain('Prime Minister');
    expect(items[1].textContent).toContain('Nghị định 15/2020/NĐ-CP');
    expect(panel.textContent).toContain(msg('viewerEntityOfficial'));
    expect(panel.textContent).toContain(msg('viewerEntityLegal'));
  });

  it('recognises entities in the text when none were stored', async () => {
    await show(clipping({ entities: [] }));
    await until(() => {
      if (allByTestId('viewer-entity').length === 0) throw new Error('no entities');
    });
    expect(byTestId('viewer-entities')!.textContent).toContain('Phạm Minh Chính');
  });

  it('saves the note on blur and tags on Enter, and removes a tag', async () => {
    await show(clipping({ tags: ['kinh tế'] }));
    const note = await until(() => {
      const el = byTestId('viewer-note') as HTMLTextAreaElement | null;
      if (!el) throw new Error('no note');
      return el;
    });
    note.focus();
    note.value = 'Cần đối chiếu với số liệu năm trước.';
    note.dispatchEvent(new Event('input', { bubbles: true }));
    note.dispatchEvent(new Event('blur'));
    note.dispatchEvent(new FocusEvent('focusout', { bubbles: true }));
    const stored = await until(async () => {
      const c = await db.clippings.get('clip-1');
      if (c?.note !== 'Cần đối chiếu với số liệu năm trước.') throw new Error('note not saved');
      return c;
    });
    expect(stored.searchTokens).toContain('doi');

    const input = byTestId('viewer-tags') as HTMLInputElement;
    input.value = '  chuyển đổi số ';
    input.dispatchEvent(new Event('input', { bubbles: true }));
    input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    const tags = await until(async () => {
      const c = await db.clippings.get('clip-1');
      if (c?.tags.length !== 2) throw new Error('tag not saved');
      return c.tags;
    });
    expect(tags).toEqual(['kinh tế', 'chuyển đổi số']);
    await until(() => {
      if (allByTestId('viewer-tag').length !== 2) throw new Error('chips not updated');
    });
    (allByTestId('viewer-tag-remove')[0] as HTMLButtonElement).click();
    const left = await until(async () => {
      const c = await db.clippings.get('clip-1');
      if (c?.tags.length !== 1) throw new Error('tag not removed');
      return c.tags;
    });
    expect(left).toEqual(['chuyển đổi số']);
  });

  it('saves the note after a pause in typing, without leaving the field', async () => {
    await show(clipping());
    const note = await until(() => {
      const el = byTestId('viewer-note') as HTMLTextAreaElement | null;
      if (!el) throw new Error('no note');
      return el;
    });
    note.focus();
    note.value = 'Ghi chú đang gõ';
    note.dispatchEvent(new Event('input', { bubbles: true }));
    const stored = await until(async () => {
      const c = await db.clippings.get('clip-1');
      if (c?.note !== 'Ghi chú đang gõ') throw new Error('note not saved yet');
      return c;
    });
    expect(stored.note).toBe('Ghi chú đang gõ');
    await until(() => {
      if (byTestId('viewer-note-status')!.textContent !== msg('viewerSaved')) throw new Error('no status');
    });
  });

  it('follows changes made elsewhere (live query)', async () => {
    await show(clipping());
    await until(() => {
      if (!byTestId('viewer-title')) throw new Error('no title');
    });
    await db.clippings.update('clip-1', { title: 'Tiêu đề mới' });
    await until(() => {
      if (byTestId('viewer-title')!.textContent !== 'Tiêu đề mới') throw new Error('not live');
    });
  });
});

describe('viewer security', () => {
  it('re-sanitises stored HTML: no event handlers, no javascript: links, no scripts', async () => {
    const hostile = clipping({
      url: 'javascript:alert(1)',
      html:
        '<p>Bài viết <img src=x onerror=alert(1)> có <a href="javascript:alert(2)">liên kết</a>.</p>' +
        '<script>alert(3)</script><iframe src="javascript:alert(4)"></iframe>' +
        '<p onclick="alert(5)"><a href="data:text/html,<script>alert(6)</script>">dữ liệu</a></p>',
    });
    await show(hostile);
    const body = await until(() => {
      const b = byTestId('viewer-body');
      if (!b) throw new Error('no body');
      return b;
    });
    expect(body.textContent).toContain('Bài viết');
    // DOMPurify really ran (jsdom), not a text-only fallback: safe markup is kept.
    expect(body.querySelector('a')?.textContent).toBe('liên kết');
    expect(body.querySelector('img')).not.toBeNull();
    expect(body.querySelectorAll('script, iframe')).toHaveLength(0);
    for (const el of body.querySelectorAll('*')) {
      for (const attr of el.getAttributeNames()) expect(attr.startsWith('on')).toBe(false);
    }
    for (const a of body.querySelectorAll('a')) {
      expect(a.getAttribute('href') ?? '').not.toMatch(/^\s*(javascript|data):/i);
    }
    expect(body.innerHTML).not.toMatch(/onerror|javascript:|alert\(/i);
    // A stored javascript: URL never becomes the "open original" link.
    expect(byTestId('viewer-original')).toBeNull();
  });
});

describe('viewer accessibility', () => {
  it('has no axe violations (layout-free rules) with highlights, orphans, entities and tags', async () => {
    const axe = (await import('axe-core')).default;
    const placed = highlightOf('h1', TEXT, 'Phạm Minh Chính', 'Người chủ trì', 'green');
    const orphan = highlightOf('h3', `${TEXT} Đoạn đã bị xoá.`, 'Đoạn đã bị xoá', 'cũ');
    await show(
      clipping({
        highlights: [placed, orphan],
        tags: ['kinh tế'],
        entities: [officialEntity('Phạm Minh Chính', 20, 'official:pmc', { titleEn: 'Prime Minister' })],
      }),
    );
    await until(() => {
      if (allByTestId('viewer-highlight').length !== 1) throw new Error('not painted yet');
    });
    const result = await axe.run(host, {
      rules: { 'color-contrast': { enabled: false }, region: { enabled: false } },
    });
    expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(' | ')}`)).toEqual([]);
    // The rules really ran on the page's controls.
    expect(result.passes.map((p) => p.id)).toEqual(
      expect.arrayContaining(['label', 'button-name', 'link-name']),
    );
  });
});
