/**
 * Transfer worker: exports (read the scope from IndexedDB, write the file) and imports (parse,
 * validate, plan, have the page sanitise the HTML, write in one transaction) off the page's main
 * thread, reporting progress. See transfer-protocol.ts.
 */
import * as v from 'valibot';
import { openDb } from '@/lib/clips/db';
import { exportClippings, isExportFormat } from '@/lib/export';
import { applyImport, ImportError, type ImportPlan } from '@/lib/export/import';
import { sanitizePlan } from '@/lib/export/import-sanitize';
import { planFile, summarizePlan } from './import-plan';
import { loadScope } from './scope';
import { type FromWorker, ToWorker } from './transfer-protocol';

const post = (m: FromWorker, transfer: Transferable[] = []) => postMessage(m, { transfer });

let plan: ImportPlan | null = null;
let dbName = '';
let nextId = 0;
const waiting = new Map<number, (htmls: string[]) => void>();

function fail(err: unknown): void {
  if (err instanceof ImportError) post({ t: 'error', code: err.code, detail: err.detail ?? '' });
  else
    post({ t: 'error', code: null, detail: err instanceof Error ? err.message.slice(0, 300) : String(err) });
}

/** Asks the page to sanitise a batch (it has the DOM DOMPurify needs). */
const sanitizeOnPage = (htmls: string[]) =>
  new Promise<string[]>((resolve) => {
    const id = nextId++;
    waiting.set(id, resolve);
    post({ t: 'sanitize', id, htmls });
  });

async function handle(msg: ToWorker): Promise<void> {
  switch (msg.t) {
    case 'export': {
      if (!isExportFormat(msg.format)) throw new Error(`unknown format ${msg.format}`);
      const db = openDb(msg.dbName);
      const { data, scopeName } = await loadScope(db, msg.scope);
      db.close();
      const out = await exportClippings(msg.format, data, {
        scopeName: msg.scopeName ?? scopeName,
        timeZone: msg.timeZone,
        onProgress: (done, total) => post({ t: 'progress', phase: 'export', done, total }),
      });
      const bytes = out.data as string | Uint8Array<ArrayBuffer>;
      post(
        { t: 'exported', filename: out.filename, mime: out.mime, data: bytes, count: data.clippings.length },
        typeof bytes === 'string' ? [] : [bytes.buffer],
      );
      return;
    }
    case 'plan': {
      dbName = msg.dbName;
      const db = openDb(dbName);
      const p = await planFile(db, msg.file).finally(() => db.close());
      await sanitizePlan(p, sanitizeOnPage, (done, total) =>
        post({ t: 'progress', phase: 'sanitize', done, total }),
      );
      plan = p;
      post({ t: 'planned', summary: summarizePlan(p) });
      return;
    }
    case 'clean':
      waiting.get(msg.id)?.(msg.htmls);
      waiting.delete(msg.id);
      return;
    case 'apply': {
      if (!plan) throw new Error('no import planned');
      const db = openDb(dbName);
      const r = await applyImport(db, plan, {
        onProgress: (done, total) => post({ t: 'progress', phase: 'write', done, total }),
      });
      db.close();
      plan = null;
      post({ t: 'applied', added: r.added, updated: r.updated });
      return;
    }
  }
}

addEventListener('message', (e: MessageEvent) => {
  const parsed = v.safeParse(ToWorker, e.data);
  if (!parsed.success) return;
  handle(parsed.output).catch(fail);
});
