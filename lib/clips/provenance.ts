/**
 * Provenance of a draft: only http(s) pages become clippings, and a draft must be of the page it
 * comes from (the sender's frame or the named tab, as the browser reports it). Pure functions.
 */
import { canonicalizeUrl } from './url';

/** True for an absolute http: or https: URL. */
export function isWebUrl(url: string | null | undefined): url is string {
  if (typeof url !== 'string') return false;
  try {
    const u = new URL(url);
    return (u.protocol === 'http:' || u.protocol === 'https:') && !!u.host;
  } catch {
    return false;
  }
}

/** True when both URLs name the same page (same canonical URL: fragment and tracking parameters ignored). */
export function samePage(a: string, b: string): boolean {
  return canonicalizeUrl(a) === canonicalizeUrl(b);
}

export interface ProvenanceRefusal {
  code: 'invalid' | 'forbidden';
  /** Stable: 'unsupported-url' | 'tab-gone' | 'wrong-page'. */
  reason: 'unsupported-url' | 'tab-gone' | 'wrong-page';
  /** For people: Vietnamese, then English. */
  message: string;
}

/**
 * Checks a draft's URL against where it came from. `source` is the page URL the browser reports
 * for the sender (a string), `null` when a source was expected but is unknown (closed tab), or
 * `undefined` when the draft is an extension page's own (no page to compare with).
 * Returns null when the draft may be saved.
 */
export function checkProvenance(
  draftUrl: string,
  source: string | null | undefined,
): ProvenanceRefusal | null {
  if (!isWebUrl(draftUrl)) {
    return {
      code: 'invalid',
      reason: 'unsupported-url',
      message:
        'Chỉ lưu được trang web có địa chỉ http:// hoặc https://. / Only http:// and https:// pages can be saved.',
    };
  }
  if (source === undefined) return null;
  if (source === null) {
    return {
      code: 'forbidden',
      reason: 'tab-gone',
      message: 'Không còn thấy thẻ của trang này; hãy thử lại. / The page’s tab is gone; try again.',
    };
  }
  if (!isWebUrl(source)) {
    return {
      code: 'invalid',
      reason: 'unsupported-url',
      message:
        'Chỉ lưu được trang web có địa chỉ http:// hoặc https://. / Only http:// and https:// pages can be saved.',
    };
  }
  if (!samePage(draftUrl, source)) {
    return {
      code: 'forbidden',
      reason: 'wrong-page',
      message:
        'Từ chối: nội dung gửi lên không phải của trang đang mở. / Refused: the content is not from the open page.',
    };
  }
  return null;
}
