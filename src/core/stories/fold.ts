// Folding: `list` and `search` show one row per story, the first of its articles in their order
// (the newest, or the best ranked), with how many articles the story has.
import type { Archive } from "../archive/archive.js";
import type { Article } from "../types.js";

/**
 * The first item of each story among items in their order, page `offset`/`limit` of stories
 * (limit 0: all). `fetch(offset, limit)` reads items in order (limit 0: all of them from offset);
 * pages are read until enough stories are found, twice as many items each time.
 */
export function firstOfEachStory<T>(
  fetch: (offset: number, limit: number) => T[],
  storiesOf: (items: T[]) => number[],
  offset: number,
  limit: number,
): T[] {
  const want = limit > 0 ? offset + limit : Infinity;
  const seen = new Set<number>();
  const kept: T[] = [];
  let from = 0;
  // Most articles are a story of their own: a little more than a page is nearly always enough.
  let chunk = want === Infinity ? 0 : want + Math.max(10, Math.ceil(want / 2));
  for (;;) {
    const items = fetch(from, chunk);
    const stories = storiesOf(items);
    for (let i = 0; i < items.length && kept.length < want; i++) {
      const s = stories[i]!;
      if (seen.has(s)) continue;
      seen.add(s);
      kept.push(items[i]!);
    }
    if (chunk === 0 || items.length < chunk || kept.length >= want) break;
    from += items.length;
    chunk *= 2;
  }
  return kept.slice(offset, want === Infinity ? undefined : want);
}

/** The story of each id, in order (an article not filed under a story is its own). */
export function storiesOfIds(archive: Archive, ids: number[]): number[] {
  if (ids.length === 0) return [];
  const rows = archive.statement("SELECT id, story FROM stories WHERE id IN (SELECT value FROM json_each(?))").all(JSON.stringify(ids)) as Array<{ id: number; story: number }>;
  const byId = new Map(rows.map((r) => [r.id, r.story]));
  return ids.map((id) => byId.get(id) ?? id);
}

/** Sets `storySize` on each article: how many articles its story has. */
export function withStorySizes<T extends Article>(archive: Archive, articles: T[]): T[] {
  if (articles.length === 0) return articles;
  const storyOf = (a: Article) => a.story ?? a.id;
  const stories = [...new Set(articles.map(storyOf))];
  const rows = archive.statement("SELECT story, count(*) AS n FROM stories WHERE story IN (SELECT value FROM json_each(?)) GROUP BY story").all(JSON.stringify(stories)) as Array<{ story: number; n: number }>;
  const sizes = new Map(rows.map((r) => [r.story, r.n]));
  for (const a of articles) a.storySize = Math.max(1, sizes.get(storyOf(a)) ?? 1);
  return articles;
}

export interface StoryMember {
  id: number;
  date: string | null;
  source: string | null;
  title: string;
}

/** The other articles of an article's story, oldest first. */
export function otherArticles(archive: Archive, id: number): StoryMember[] {
  return archive
    .statement(`SELECT a.id, a.date, a.source, a.title FROM stories s JOIN articles a ON a.id = s.id
      WHERE s.story = (SELECT story FROM stories WHERE id = ?) AND s.id <> ? ORDER BY a.date IS NULL, a.date, a.id`)
    .all(id, id) as StoryMember[];
}
