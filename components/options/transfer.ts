/**
 * The page side of the transfer worker: runs an export or an import in the worker, shows progress,
 * sanitises imported HTML with DOMPurify in short slices (no long task on the page), and cancels by
 * terminating the worker. Where there is no Worker (unit tests), the same work runs on the page.
 */
/// <reference types="vite/client" />
import * as v from 'valibot';
import type { ExportFormat, ExportResult } from '@/lib/export';
import { sanitizeHtml } from '@/lib/reader/sanitize';
import type { ExportScope } from './scope';
import TransferWorker from './transfer.worker?worker';
import { FromWorker, type ImportSummary, type ToWorker } from './transfer-protocol';

export type Phase = 'export' | 'sanitize' | 'write';
export type OnProgress = (phase: Phase, done: number, total: number) => void;

/** Time the page gives DOMPurify before it yields (well under the 50 ms of a long task, with room for a busy machine). */
const SLICE_MS = 15;

/** A new task soon: a message to ourselves, which (unlike nested timers) is not clamped to 4 ms. */
function yieldToPage(): Promise<void> {
  return new Promise((resolve) => {
    const ch = new MessageChannel();
    ch.port1.onmessage = () => {
      ch.port1.close();
      resolve();
    };
    ch.port2.postMessage(null);
  });
}

let sliceStart = 0;
let queue: Promise<unknown> = Promise.resolve();

/** DOMPurify over `htmls` in slices of about SLICE_MS, yielding to the page between slices. */
async function sanitizeSliced(htmls: readonly string[]): Promise<string[]> {
  const out: string[] = new Array(htmls.length);
  // sliceStart is not reset here: a batch that follows another in the same task shares its slice.
  for (let i = 0; i < htmls.length; i++) {
    out[i] = sanitizeHtml(htmls[i]);
    if (performance.now() - sliceStart > SLICE_MS) {
      await yieldToPage();
      sliceStart = performance.now();
    }
  }
  return out;
}

/**
 * DOMPurify over `htmls` in short slices. Batches asked for at once are done one after the other
 * (one slice at a time on the page, never two batches' slices in one task).
 */
export function sanitizeInSlices(htmls: readonly string[]): Promise<string[]> {
  const run = queue.then(() => sanitizeSliced(htmls));
  queue = run.catch(() => {});
  return run;
}

/** An error the worker reported (an ImportError code when it was one). */
export class TransferError extends Error {
  constructor(
    readonly code: string | null,
    readonly detail: string,
  ) {
    super(detail || code || 'transfer failed');
  }
}

/** The error of a cancelled run. */
export class CancelledError extends Error {
  constructor() {
    super('cancelled');
  }
}

export const canUseWorker = () => typeof Worker !== 'undefined';

/** One worker session: messages in, `cancel()` terminates. */
export class TransferSession {
  private worker: Worker = new TransferWorker();
  private handlers = new Set<(m: FromWorker) => void>();
  private failAll: ((e: Error) => void) | null = null;
  private closed = false;

  constructor(private onProgress?: OnProgress) {
    this.worker.addEventListener('message', (e) => {
      const r = v.safeParse(FromWorker, e.data);
      if (!r.success) return;
      const m = r.output;
      if (m.t === 'progress') this.onProgress?.(m.phase, m.done, m.total);
      else if (m.t === 'sanitize')
        void sanitizeInSlices(m.htmls).then((htmls) => this.send({ t: 'clean', id: m.id, htmls }));
      for (const h of this.handlers) h(m);
    });
    this.worker.addEventListener('error', (e) =>
      this.failAll?.(new TransferError(null, e.message || 'worker error')),
    );
  }

  private send(m: ToWorker) {
    if (!this.closed) this.worker.postMessage(m);
  }

  /** Sends `m` and resolves with the first reply of type `t` (rejects on an error reply or cancel). */
  request<T extends FromWorker['t']>(m: ToWorker, t: T): Promise<Extract<FromWorker, { t: T }>> {
    return new Promise((resolve, reject) => {
      const h = (r: FromWorker) => {
        if (r.t === t) {
          this.handlers.delete(h);
          resolve(r as Extract<FromWorker, { t: T }>);
        } else if (r.t === 'error') {
          this.handlers.delete(h);
          reject(new TransferError(r.code, r.detail));
        }
      };
      this.handlers.add(h);
      this.failAll = (e) => {
        this.handlers.delete(h);
        reject(e);
      };
      this.send(m);
    });
  }

  /** Stops the worker at once; a pending request rejects with CancelledError. */
  cancel() {
    if (this.closed) return;
    this.closed = true;
    this.worker.terminate();
    this.failAll?.(new CancelledError());
  }

  close() {
    this.closed = true;
    this.worker.terminate();
  }
}

/** Exports a scope in the worker. */
export async function exportInWorker(
  session: TransferSession,
  dbName: string,
  format: ExportFormat,
  scope: ExportScope,
  scopeName?: string,
): Promise<ExportResult & { count: number }> {
  const r = await session.request({ t: 'export', dbName, format, scope, scopeName }, 'exported');
  return { filename: r.filename, mime: r.mime, data: r.data, count: r.count };
}

/** Reads, validates, plans and sanitises an import in the worker; the plan stays there until `apply`. */
export async function planInWorker(
  session: TransferSession,
  dbName: string,
  file: File,
): Promise<ImportSummary> {
  return (await session.request({ t: 'plan', dbName, file }, 'planned')).summary;
}

/** Writes the planned import (one transaction) in the worker. */
export async function applyInWorker(session: TransferSession): Promise<{ added: number; updated: number }> {
  return session.request({ t: 'apply' }, 'applied');
}
