/** Title and facts of a saved clipping: site, byline, dates and a link to the original. */
import { displayDate } from '@/lib/format/date';
import type { Clipping } from '@/lib/types';
import { t } from './i18n';

/** The URL when it is http(s), else null (a stored `javascript:` URL must never become a link). */
export function safeHttpUrl(url: string): string | null {
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}

/** A date for people in the UI language (the product's one format), or the raw string when it does not parse. */
export function formatDate(iso: string, locale?: string): string {
  return displayDate(iso, locale?.toLowerCase().startsWith('en') ? 'en' : 'vi') || iso;
}

/** The header of the viewer page. */
export function ClippingHeader({ clipping, locale }: { clipping: Clipping; locale?: string }) {
  const href = safeHttpUrl(clipping.url);
  let host = '';
  if (href) host = new URL(href).hostname;
  return (
    <header class="viewer-header">
      <p class="viewer-site" data-testid="viewer-site">
        {clipping.siteName || host}
      </p>
      <h1 data-testid="viewer-title" lang={clipping.lang ?? undefined}>
        {clipping.title || host}
      </h1>
      <dl class="viewer-meta">
        {clipping.byline ? (
          <div>
            <dt>{t('viewerByline')}</dt>
            <dd data-testid="viewer-byline">{clipping.byline}</dd>
          </div>
        ) : null}
        {clipping.publishedTime ? (
          <div>
            <dt>{t('viewerPublished')}</dt>
            <dd>
              <time dateTime={clipping.publishedTime} data-testid="viewer-date">
                {formatDate(clipping.publishedTime, locale)}
              </time>
            </dd>
          </div>
        ) : null}
        <div>
          <dt>{t('viewerSavedAt')}</dt>
          <dd>
            <time dateTime={clipping.savedAt}>{formatDate(clipping.savedAt, locale)}</time>
          </dd>
        </div>
      </dl>
      {href ? (
        <a
          class="viewer-original"
          data-testid="viewer-original"
          href={href}
          target="_blank"
          rel="noopener noreferrer"
          aria-label={t('viewerOpenOriginalLabel')}
        >
          {t('viewerOpenOriginal')} ↗
        </a>
      ) : null}
    </header>
  );
}
