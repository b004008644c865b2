/** The article's header in the reader: site, title, byline, date, reading time. */
import { t } from '@/components/ui/i18n';
import type { Article } from '@/lib/types';
import { formatDate, siteOf } from './format';

export function ArticleHeader(props: { article: Article; url: string }) {
  const { article } = props;
  const date = formatDate(article.publishedTime);
  return (
    <header class="bg-header">
      <div class="bg-site" data-testid="reader-site">
        {article.siteName || siteOf(props.url)}
      </div>
      <h1 id="bg-reader-title" data-testid="reader-title">
        {article.title}
      </h1>
      <div class="bg-meta">
        {article.byline ? <span data-testid="reader-byline">{article.byline}</span> : null}
        {date ? (
          <time data-testid="reader-date" dateTime={article.publishedTime ?? undefined}>
            {date}
          </time>
        ) : null}
        <span data-testid="reader-time">{t('rdReadingTime', article.readingMinutes)}</span>
      </div>
    </header>
  );
}
