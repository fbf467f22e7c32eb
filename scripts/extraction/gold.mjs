// The labelled gold and the texts it names, shared by the evaluation scripts.
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

export const root = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");
export const defaultCorpora = resolve(root, "..", "shared", "corpora");

/** Built modules of the project (run `npm run build` first). */
export async function project(build = join(root, "dist")) {
  const dist = join(build, "core");
  if (!existsSync(join(dist, "parse", "article.js"))) throw new Error(`no build at ${build}: run \`npm run build\` first (or pass another --dist)`);
  const [{ prepare }, { parseArticle }] = await Promise.all([
    import(join(dist, "decode.js")),
    import(join(dist, "parse", "article.js")),
  ]);
  return { prepare, parseArticle };
}

/**
 * Gold records with their texts: [{g, text, source, corpus}]. `source` is the finest grouping
 * held out in turn (each web-scrape source, each language of the multilingual corpus, each other
 * corpus); `corpus` the top folder.
 */
export function loadGold(goldPath, corpora, prepare) {
  if (!existsSync(goldPath)) return null;
  const records = readFileSync(goldPath, "utf8").split("\n").filter((l) => l.trim()).map((l) => JSON.parse(l));
  const out = [];
  for (const g of records) {
    const file = join(corpora, g.file);
    if (!existsSync(file)) throw new Error(`${g.file}: named by the gold but not in ${corpora}`);
    const p = prepare(readFileSync(file));
    if (!p.ok) throw new Error(`${g.file}: ${p.reason}`);
    const parts = g.file.split("/");
    const corpus = parts[0];
    const source = corpus === "web-scrapes" ? parts.slice(0, 2).join("/")
      : corpus === "multilingual" ? `multilingual/${parts[1].split("-")[0]}` : corpus;
    out.push({ g, text: p.text, source, corpus });
  }
  return out;
}
