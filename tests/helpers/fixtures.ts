// Shared by integration and end-to-end tests: temp folders, fixture copies and generated articles.
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = fileURLToPath(new URL("../..", import.meta.url));
export const FIXTURES = join(ROOT, "tests", "fixtures");
/** The evaluation corpora sit next to the project; CI may not have them. */
export const CORPORA = join(ROOT, "..", "shared", "corpora");
export const HAVE_CORPORA = existsSync(join(CORPORA, "bbc")) && existsSync(join(CORPORA, "seed"));

/** Fixture files that are articles (or refusals), without EXPECTED.json. */
export const FIXTURE_FILES = readdirSync(FIXTURES).filter((f) => f !== "EXPECTED.json").sort();
/** The fixtures that are not articles: skipped with a reason. */
export const NOT_ARTICLES = ["binary.bin", "empty.txt", "whitespace-only.txt"];
export const ARTICLE_FIXTURES = FIXTURE_FILES.filter((f) => !NOT_ARTICLES.includes(f));

export function tempDir(prefix = "news-test-"): { path: string; cleanup: () => void } {
  const path = mkdtempSync(join(tmpdir(), prefix));
  return { path, cleanup: () => rmSync(path, { recursive: true, force: true }) };
}

/** Copies every fixture (not EXPECTED.json) into `dir` and returns it. */
export function copyFixtures(dir: string, names: string[] = FIXTURE_FILES): string {
  mkdirSync(dir, { recursive: true });
  for (const name of names) copyFileSync(join(FIXTURES, name), join(dir, name));
  return dir;
}

export interface Meta {
  title: string;
  date?: string;
  place?: string;
  section?: string;
  source?: string;
  author?: string;
  tags?: string[];
}

/** An article in front-matter form, the most explicit shape the parser reads. */
export function frontMatterArticle(meta: Meta, body: string): string {
  const lines = ["---", `title: ${meta.title}`];
  if (meta.date) lines.push(`date: ${meta.date}`);
  if (meta.place) lines.push(`place: ${meta.place}`);
  if (meta.section) lines.push(`section: ${meta.section}`);
  if (meta.source) lines.push(`source: ${meta.source}`);
  if (meta.author) lines.push(`author: ${meta.author}`);
  if (meta.tags) lines.push(`tags: [${meta.tags.join(", ")}]`);
  lines.push("---", "", body, "");
  return lines.join("\n");
}

export function writeArticle(path: string, meta: Meta, body: string): string {
  writeFileSync(path, frontMatterArticle(meta, body));
  return path;
}

/**
 * Articles dated on and around the edges of 2017, February 2017 and 2017-02-06, with sections,
 * sources, places and tags to filter on. Each body holds the word "harbour" so that one search
 * finds them all, and its own code word.
 */
export const DATED: Array<Meta & { code: string }> = [
  { code: "alpha", title: "Harbour dredging ends", date: "2016-12-31", section: "Business", source: "Coast Times", place: "Leith" },
  { code: "bravo", title: "Harbour tolls rise", date: "2017-01-01", section: "Business", source: "Coast Times", place: "Dover" },
  { code: "charlie", title: "Harbour pilots strike", date: "2017-01-31", section: "International", source: "Wire Service", place: "Calais" },
  { code: "delta", title: "Harbour wall repaired", date: "2017-02-01", section: "International", source: "Wire Service", place: "LONDON, England", tags: ["repairs"] },
  { code: "echo", title: "Harbour ferry returns", date: "2017-02-06", section: "International", source: "Coast Times", place: "Caracas", tags: ["ferries", "repairs"] },
  { code: "foxtrot", title: "Harbour crane arrives", date: "2017-02-07", section: "Business", source: "Wire Service", place: "London" },
  { code: "golf", title: "Harbour festival planned", date: "2017-02-28", section: "Culture", source: "Coast Times", place: "Londonderry" },
  { code: "hotel", title: "Harbour lights switched on", date: "2017-03-01", section: "Culture", source: "Wire Service", place: "New London" },
  { code: "india", title: "Harbour master retires", date: "2017-12-31", section: "International", source: "Coast Times", place: "Oslo" },
  { code: "juliet", title: "Harbour museum opens", date: "2018-01-01", section: "Culture", source: "Wire Service", place: "Bergen" },
  { code: "kilo", title: "Harbour seals counted", section: "Science", source: "Coast Times" },
];

export function datedBody(code: string): string {
  return `The harbour authority said the ${code} project was on schedule. Officials met on Monday to review the plans.\n\nResidents welcomed the news.`;
}

/** Writes DATED into `dir`, one file each, named after the code word. */
export function writeDated(dir: string): string {
  mkdirSync(dir, { recursive: true });
  for (const a of DATED) writeArticle(join(dir, `${a.code}.md`), a, datedBody(a.code));
  return dir;
}
