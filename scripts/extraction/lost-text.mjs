#!/usr/bin/env node
// Finds story text the parser may have lost: lines of the raw text that are long prose (40 words or
// more, ending a sentence) and missing from the body, although the body holds lines from before and
// after them. Rules written for page furniture (captions, teasers, promotions, run-together pages)
// can take a paragraph of story with them; no gold names every paragraph, so this reads every file.
//
//   npm run build && node scripts/extraction/lost-text.mjs [--corpora DIR] [--under FOLDER] [--json]
//
// A list to read, not a score: a reference list, a court judgment's numbered paragraphs or a
// teaser the parser rightly drops show up too. Exits 0 whatever it finds; 1 without the corpora.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { defaultCorpora, project } from "./gold.mjs";
import { helpOnRequest } from "../common.mjs";

helpOnRequest(import.meta.url);

const args = process.argv.slice(2);
const opt = (name) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
};
const corpora = resolve(opt("corpora") ?? defaultCorpora);
if (!existsSync(corpora)) {
  console.error(`lost-text: no corpora at ${corpora}: clone the project beside ../shared (or pass --corpora DIR)`);
  process.exit(1);
}
const under = join(corpora, opt("under") ?? "");
const { prepare, parseArticle } = await project();

/** Letters and figures only, lower case, entities decoded: how a line is looked for in a body. */
const comparable = (s) =>
  s.replace(/&#39;/g, "'").replace(/&#34;|&quot;/g, '"').replace(/&amp;/g, "&").replace(/[^\p{L}\p{N}]+/gu, " ").trim().toLowerCase();

const files = (dir) =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? (e.name === "gold" ? [] : files(join(dir, e.name))) : e.name.endsWith(".md") ? [] : [join(dir, e.name)]);

const found = [];
for (const file of files(under)) {
  const prepared = prepare(readFileSync(file));
  if (!prepared.ok) continue;
  const body = comparable(parseArticle(prepared.text, {}).body);
  if (!body) continue;
  const lines = prepared.text.split("\n").map((l) => l.trim()).filter(Boolean);
  // (A line is in the body when its first 60 comparable characters are: the parser may cut a
  // dateline or a run-on label off its end.)
  const kept = lines.map((l) => {
    const t = comparable(l);
    return t.length > 20 && body.includes(t.slice(0, 60));
  });
  const first = kept.indexOf(true);
  const last = kept.lastIndexOf(true);
  for (let i = first + 1; i < last; i++) {
    const l = lines[i];
    if (kept[i] || l.split(/\s+/).length < 40 || !/[.!?"”’]$/u.test(l)) continue;
    found.push({ file: relative(corpora, file), line: l });
  }
}
if (args.includes("--json")) console.log(JSON.stringify(found));
else for (const f of found) console.log(`${f.file}: ${f.line.slice(0, 140)}`);
console.error(`lost-text: ${found.length} long prose lines missing from the middle of a body`);
