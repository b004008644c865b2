/** Typed errors of the clippings data layer, with a message for people (Vietnamese). */

export type ClipsErrorCode = 'quota' | 'write-failed' | 'read-failed' | 'invalid';

const MESSAGES: Record<ClipsErrorCode, string> = {
  quota:
    'Bộ nhớ của trình duyệt đã đầy nên chưa lưu được. Dữ liệu cũ vẫn còn nguyên; hãy xoá bớt bài đã lưu rồi thử lại.',
  'write-failed': 'Không lưu được vào cơ sở dữ liệu. Dữ liệu cũ vẫn còn nguyên; hãy thử lại.',
  'read-failed': 'Không đọc được cơ sở dữ liệu bài đã lưu.',
  invalid: 'Dữ liệu bài lưu không hợp lệ.',
};

/** An error of the data layer: stable `code`, Vietnamese `message`, original error in `cause`. */
export class ClipsError extends Error {
  readonly code: ClipsErrorCode;
  constructor(code: ClipsErrorCode, detail?: string, options?: { cause?: unknown }) {
    super(detail ? `${MESSAGES[code]} (${detail})` : MESSAGES[code], options);
    this.name = 'ClipsError';
    this.code = code;
  }
}

/** Names of an error and of the errors it wraps (Dexie keeps them in `inner` and `failures`). */
function errorNames(err: unknown, depth = 0): string[] {
  if (!err || typeof err !== 'object' || depth > 4) return [];
  const e = err as { name?: unknown; inner?: unknown; cause?: unknown; failures?: unknown };
  const names = typeof e.name === 'string' ? [e.name] : [];
  names.push(...errorNames(e.inner, depth + 1), ...errorNames(e.cause, depth + 1));
  if (Array.isArray(e.failures)) for (const f of e.failures) names.push(...errorNames(f, depth + 1));
  return names;
}

/** Turns any failure of a write into a `ClipsError` ('quota' when the storage is full). */
export function toWriteError(err: unknown): ClipsError {
  if (err instanceof ClipsError) return err;
  const names = errorNames(err);
  const code: ClipsErrorCode = names.includes('QuotaExceededError') ? 'quota' : 'write-failed';
  const detail = err instanceof Error ? `${err.name}: ${err.message}` : String(err);
  return new ClipsError(code, detail.slice(0, 300), { cause: err });
}
