#!/usr/bin/env node
// Cross-validates a learned paragraph filter against the rules: a logistic regression over
// jusText-style features of each body paragraph the rules keep (length, stop-word density, sentence
// end, capitals, position, neighbours, prose after it, repeats), trained on labelled gold to drop
// the paragraphs the gold marks as furniture (a `notBody` snippet, or outside bodyStart..bodyEnd).
// A body counts as clean as score-extraction.mjs counts it.
//
//   npm run build && node scripts/extraction/cv.mjs [--gold FILE ...] [--test FILE ...] [--folds K] [--corpora DIR] [--json]
//
// Each fold's model is trained without that fold's records (leave one source out: each web-scrape
// source, the multilingual corpus, each other corpus; and K folds by file, assigned by a hash of the
// path), so no weight fitted on a record scores it. --test files are scored by a model trained on
// all of --gold. Reported: the share of clean bodies with the rules alone, and with the filter at
// each threshold. This is what the README means by "measured and not shipped": the filter does not
// beat the rules on held-out folds, so the parser does not use it.
import { existsSync } from "node:fs";
import { join, resolve } from "node:path";
import { defaultCorpora, loadGold, project } from "./gold.mjs";
import { loose, scoreRecord } from "./score.mjs";
import { helpOnRequest } from "../common.mjs";

helpOnRequest(import.meta.url);

const args = process.argv.slice(2);
const all = (name) => args.flatMap((a, i) => (a === `--${name}` ? [args[i + 1]] : []));
const corpora = resolve(all("corpora")[0] ?? defaultCorpora);
if (!existsSync(corpora)) {
  console.error(`cv: no corpora at ${corpora}: clone the project beside ../shared (or pass --corpora DIR); nothing scored`);
  process.exit(1);
}
const golds = all("gold").length ? all("gold").map((g) => resolve(g)) : [join(corpora, "gold", "dev.jsonl")];
const tests = all("test").map((g) => resolve(g));
const K = Number(all("folds")[0] ?? 5);
const THRESHOLDS = [0.5, 0.7, 0.8, 0.9, 0.95];
const { prepare, parseArticle } = await project();

// Frequent function words of the corpora's languages: their share in a paragraph is jusText's
// strongest single signal of prose (scripts without spaces get a neutral 0.5).
const STOP = new Set(
  `the a an and or but of to in on at for with by from as is are was were be been has have had it its this that these those he she they we you i his her their our not no will would said says who which what when there than then also into about after over more
le la les un une des et ou de du en au aux pour par sur dans est sont été il elle ils nous vous que qui ne pas plus se sa son ses leur avec ce cette
el los las una y o del por para con es son fue su sus lo al como más pero
der die das ein eine und oder von zu im auf für mit ist sind war nicht sich dem den des es sie er wir auch als bei nach aus
и в во не на что с по к из за от у о а но как это он она они мы вы его ее их был была было были же для то так все`.split(/\s+/),
);
const END = /[.!?…。！？»"”’')\]]$/;
const isProse = (t) => t.split(/\s+/).length >= 20 && END.test(t.trim());
const NO_SPACES = /[\u0E00-\u0FFF\u1780-\u17FF\u3040-\u30FF\u4E00-\u9FFF]/;

/** The features of paragraph i of a body (ps, with `prose` saying which are prose), with the
 *  file's text for repeats. */
function features(ps, prose, i, text) {
  const t = ps[i].trim();
  const words = t.split(/\s+/).filter(Boolean);
  const alpha = words.filter((w) => /^\p{L}/u.test(w));
  const letters = t.replace(/[^\p{L}]/gu, "").length || 1;
  const spaced = NO_SPACES.test(t) ? 0 : 1;
  const prev = i > 0 ? ps[i - 1].trim() : null;
  const next = i < ps.length - 1 ? ps[i + 1].trim() : null;
  const n = ps.length;
  return [
    1,
    Math.log1p(words.length),
    Math.log1p(t.length),
    END.test(t) ? 1 : 0,
    /:$/.test(t) ? 1 : 0,
    alpha.filter((w) => /^\p{Lu}/u.test(w)).length / (alpha.length || 1),
    spaced ? words.filter((w) => STOP.has(w.toLowerCase().replace(/[^\p{L}]/gu, ""))).length / (words.length || 1) : 0.5,
    t.replace(/[^\p{Lu}]/gu, "").length / letters,
    t.replace(/[^0-9]/g, "").length / (t.length || 1),
    1 - spaced,
    /https?:\/\/|www\.|\.com\b|@\w/.test(t) ? 1 : 0,
    n > 1 ? i / (n - 1) : 0,
    i === n - 1 ? 1 : 0,
    i === 0 ? 1 : 0,
    1 / (n - i),
    1 / (1 + i),
    prev === null ? 0.5 : END.test(prev) ? 1 : 0,
    next === null ? 0.5 : END.test(next) ? 1 : 0,
    prev === null ? 0 : Math.log1p(prev.split(/\s+/).length),
    next === null ? 0 : Math.log1p(next.split(/\s+/).length),
    prose.indexOf(true, i + 1) >= 0 ? 1 : 0,
    prose.indexOf(true) >= 0 && prose.indexOf(true) < i ? 1 : 0,
    /^["“«„'‘]/.test(t) ? 1 : 0,
    /[|•·»›]/.test(t) ? 1 : 0,
    /^[-*•–—]\s/.test(t) ? 1 : 0,
    text.split(t.slice(0, 60)).length > 2 ? 1 : 0,
    prose[i] ? 1 : 0,
    words.length <= 3 ? 1 : 0,
  ];
}

/** Each record parsed, its body's paragraphs with their features and labels (1: furniture). */
function examples(items) {
  return items.map((item) => {
    const parsed = parseArticle(item.text, {});
    const ps = parsed.body ? parsed.body.split("\n\n") : [];
    const g = item.g;
    const flat = ps.map(loose);
    const prose = ps.map(isProse);
    const start = g.bodyStart ? flat.findIndex((p) => p.includes(loose(g.bodyStart))) : 0;
    const end = g.bodyEnd ? flat.findIndex((p) => p.includes(loose(g.bodyEnd))) : ps.length - 1;
    const rows = ps.map((_, i) => {
      let y = (g.notBody ?? []).some((j) => loose(j) && flat[i].includes(loose(j))) || (start >= 0 && i < start) || (end >= 0 && i > end) ? 1 : 0;
      if (i === start || i === end) y = 0;
      return { x: features(ps, prose, i, item.text), y };
    });
    return { item, parsed, ps, rows, fold: hashFold(g.file), group: group(item) };
  });
}

const group = (item) => (item.corpus === "multilingual" ? "multilingual" : item.source);
function hashFold(file) {
  let h = 0;
  for (const c of file) h = (h * 31 + c.charCodeAt(0)) >>> 0;
  return h % K;
}

/** Logistic regression, features standardised, classes balanced, L2: a function of features -> P(furniture). */
function train(data, { l2 = 0.01, iterations = 400, rate = 0.5 } = {}) {
  const X = data.flatMap((d) => d.rows.map((r) => r.x));
  const Y = data.flatMap((d) => d.rows.map((r) => r.y));
  const k = X[0].length;
  const mean = new Array(k).fill(0);
  const sd = new Array(k).fill(1);
  for (let j = 1; j < k; j++) {
    mean[j] = X.reduce((s, x) => s + x[j], 0) / X.length;
    sd[j] = Math.sqrt(X.reduce((s, x) => s + (x[j] - mean[j]) ** 2, 0) / X.length) || 1;
  }
  const Z = X.map((x) => x.map((v, j) => (j ? (v - mean[j]) / sd[j] : 1)));
  const positives = Y.reduce((a, b) => a + b, 0);
  const weightPositive = Math.sqrt((Y.length - positives) / (positives || 1));
  const w = new Array(k).fill(0);
  for (let it = 0; it < iterations; it++) {
    const grad = new Array(k).fill(0);
    let total = 0;
    for (let i = 0; i < Z.length; i++) {
      const p = 1 / (1 + Math.exp(-Z[i].reduce((s, z, j) => s + w[j] * z, 0)));
      const c = Y[i] ? weightPositive : 1;
      total += c;
      for (let j = 0; j < k; j++) grad[j] += (p - Y[i]) * c * Z[i][j];
    }
    for (let j = 0; j < k; j++) w[j] -= rate * (grad[j] / total + (j ? l2 * w[j] : 0));
  }
  return (x) => 1 / (1 + Math.exp(-x.reduce((s, v, j) => s + w[j] * (j ? (v - mean[j]) / sd[j] : 1), 0)));
}

const clean = (d, model, threshold) => {
  const body = model ? d.ps.filter((_, i) => model(d.rows[i].x) < threshold).join("\n\n") : d.parsed.body;
  return scoreRecord(d.item.g, { ...d.parsed, body }).ok.body;
};
/** Shares of clean bodies: rules alone, then with the filter at each threshold. */
function shares(data, modelOf) {
  const share = (f) => data.filter(f).length / (data.length || 1);
  return { n: data.length, rules: share((d) => clean(d, null)), filtered: Object.fromEntries(THRESHOLDS.map((t) => [t, share((d) => clean(d, modelOf(d), t))])) };
}

const records = [];
for (const g of golds) {
  const items = loadGold(g, corpora, prepare);
  if (!items) {
    console.error(`cv: no gold at ${g}; skipped`);
    continue;
  }
  records.push(...examples(items));
}
const report = {};
const everything = train(records);
report["in-sample (trained on all)"] = shares(records, () => everything);
const groups = [...new Set(records.map((d) => d.group))];
const bySource = new Map(groups.map((s) => [s, train(records.filter((d) => d.group !== s))]));
report["leave one source out"] = shares(records, (d) => bySource.get(d.group));
for (const s of groups) report[`  held out: ${s}`] = shares(records.filter((d) => d.group === s), () => bySource.get(s));
const byFold = Array.from({ length: K }, (_, f) => train(records.filter((d) => d.fold !== f)));
report[`${K} folds by file`] = shares(records, (d) => byFold[d.fold]);
for (const t of tests) {
  const items = loadGold(t, corpora, prepare);
  if (items) report[`test ${t.split("/").pop()}`] = shares(examples(items), () => everything);
}

if (args.includes("--json")) console.log(JSON.stringify(report, null, 2));
else {
  console.log(`${"clean bodies".padEnd(44)}   n   rules  ${THRESHOLDS.map((t) => `  p<${t}`).join("")}`);
  for (const [name, r] of Object.entries(report)) {
    console.log(`${name.padEnd(44)} ${String(r.n).padStart(3)}  ${r.rules.toFixed(3)}  ${THRESHOLDS.map((t) => r.filtered[t].toFixed(3).padStart(6)).join("")}`);
  }
}
