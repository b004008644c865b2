/** The timeline of agreements and legal documents by the published dates of the clippings naming them. */
import type { EntityCount } from '@/lib/clips/clippings';
import type { BaoGonDB } from '@/lib/clips/db';

export interface TimelineEntity {
  key: string;
  name: string;
  type: string;
  /** Clippings of this period naming it. */
  count: number;
}

export interface TimelineBucket {
  /** `YYYY-MM`, or `YYYY` when the dates span more than three years. */
  period: string;
  /** Clippings of this period naming at least one agreement or document. */
  clippings: number;
  entities: TimelineEntity[];
}

export interface Timeline {
  buckets: TimelineBucket[];
  /** Clippings naming an agreement or document but without a published date. */
  undated: number;
}

const TYPES = new Set(['agreement', 'legal_document']);

/**
 * Buckets the clippings that name an agreement or legal document by month of publication (by year
 * when the span exceeds three years). Reads only index keys (`publishedTime`, `entityKeys`).
 */
export async function buildTimeline(db: BaoGonDB, index: readonly EntityCount[]): Promise<Timeline> {
  const relevant = new Map(index.filter((e) => TYPES.has(e.type)).map((e) => [e.key, e]));
  if (relevant.size === 0) return { buckets: [], undated: 0 };
  const published = new Map<string, string>();
  await db.clippings.orderBy('publishedTime').eachKey((k, cursor) => {
    published.set(String(cursor.primaryKey), String(k));
  });
  const pairs: [string, string][] = [];
  await db.clippings
    .where('entityKeys')
    .anyOf([...relevant.keys()])
    .eachKey((k, cursor) => {
      pairs.push([String(k), String(cursor.primaryKey)]);
    });
  const dated = pairs.filter(([, id]) => /^\d{4}-\d{2}/.test(published.get(id) ?? ''));
  const undated = new Set(
    pairs.filter(([, id]) => !/^\d{4}-\d{2}/.test(published.get(id) ?? '')).map((p) => p[1]),
  );
  const years = dated.map(([, id]) => Number(published.get(id)!.slice(0, 4)));
  const byYear = years.length > 0 && Math.max(...years) - Math.min(...years) > 3;
  const buckets = new Map<string, { ids: Set<string>; per: Map<string, Set<string>> }>();
  for (const [key, id] of dated) {
    const period = published.get(id)!.slice(0, byYear ? 4 : 7);
    let b = buckets.get(period);
    if (!b) buckets.set(period, (b = { ids: new Set(), per: new Map() }));
    b.ids.add(id);
    let s = b.per.get(key);
    if (!s) b.per.set(key, (s = new Set()));
    s.add(id);
  }
  return {
    undated: undated.size,
    buckets: [...buckets]
      .sort((a, b) => (a[0] < b[0] ? -1 : 1))
      .map(([period, b]) => ({
        period,
        clippings: b.ids.size,
        entities: [...b.per]
          .map(([key, ids]) => {
            const e = relevant.get(key)!;
            return { key, name: e.name, type: e.type, count: ids.size };
          })
          .sort((x, y) => y.count - x.count || x.name.localeCompare(y.name, 'vi')),
      })),
  };
}
