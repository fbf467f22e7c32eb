// Articles as plain JSON-ready objects: the contract's field order, snippets marked with [ ].
import { HIGHLIGHT_END, HIGHLIGHT_START, type Article, type SearchHit } from "../core/types.js";

export const SCHEMA_VERSION = 1;

/** Replaces the internal match markers with the contract's `[` … `]`, or with a styling function. */
export function markMatches(snippet: string, mark: (s: string) => string = (s) => `[${s}]`): string {
  return snippet.replace(new RegExp(`${HIGHLIGHT_START}([^${HIGHLIGHT_END}]*)${HIGHLIGHT_END}`, "gu"), (_, m: string) => mark(m));
}

export function articleRecord(a: Article): Record<string, unknown> {
  const r: Record<string, unknown> = {
    id: a.id,
    hash: a.hash,
    title: a.title,
    date: a.date,
    place: a.place,
    section: a.section,
    author: a.author,
    source: a.source,
    tags: a.tags,
    words: a.words,
    path: a.path,
    ingestedAt: a.ingestedAt,
    summary: a.summary,
    story: a.story ?? a.id,
    language: a.language ?? null,
  };
  if (a.storySize !== undefined) r.storySize = a.storySize;
  if (a.body !== undefined) r.body = a.body;
  if (a.provenance !== undefined) r.provenance = a.provenance;
  return r;
}

export function hitRecord(h: SearchHit): Record<string, unknown> {
  return { ...articleRecord(h), score: Math.round(h.score * 1e6) / 1e6, snippet: markMatches(h.snippet) };
}
