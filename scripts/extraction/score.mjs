// Scores extracted fields against hand-labelled gold records, with the same rules as
// ../shared/tools/score-extraction.mjs (loose matching of case, accents, punctuation and spacing;
// a place compared by its first comma-separated part; "?" not scored; null means none stated).
export const FIELDS = ["title", "date", "place", "section", "author"];
export const ALL_FIELDS = [...FIELDS, "body"];

export const loose = (s) => String(s ?? "").normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase()
  .replace(/[^\p{L}\p{N}]+/gu, " ").trim();
const names = (s) => String(s ?? "").replace(/^\s*by\s+/i, "").split(/\s+(?:and|und|et|y|и)\s+|\s*(?:[,&\/]|&amp;)\s*/i)
  .map(loose).filter(Boolean).sort().join("|");
const same = {
  title: (g, p) => loose(g) === loose(p),
  date: (g, p) => String(g) === String(p ?? "").slice(0, 10),
  place: (g, p) => loose(String(g).split(",")[0]) === loose(String(p ?? "").split(",")[0]),
  section: (g, p) => loose(g) === loose(p),
  author: (g, p) => names(g) === names(p),
};
const isEmpty = (v) => v === null || v === undefined || (typeof v === "string" && v.trim() === "") || (Array.isArray(v) && v.length === 0);

/** Whether a field of gold record g is scored at all. */
export function scored(g, field) {
  if (field === "body") return true;
  return !(g[field] === "?" || g[field] === undefined || (field === "title" && g[field] === null));
}

/** One record -> {field: true|false} for every scored field, and why each miss missed. */
export function scoreRecord(g, a) {
  const out = {};
  const why = [];
  for (const f of FIELDS) {
    if (!scored(g, f)) continue;
    const ok = a ? (g[f] === null ? isEmpty(a[f]) : !isEmpty(a[f]) && same[f](g[f], a[f])) : false;
    out[f] = ok;
    if (!ok) why.push(`${f} expected ${JSON.stringify(g[f])} got ${JSON.stringify(a?.[f] ?? null)}`);
  }
  const body = loose(a?.body);
  const problems = [];
  if (g.bodyStart && !body.includes(loose(g.bodyStart))) problems.push(`lacks start ${JSON.stringify(g.bodyStart)}`);
  if (g.bodyEnd && !body.includes(loose(g.bodyEnd))) problems.push(`lacks end ${JSON.stringify(g.bodyEnd)}`);
  for (const junk of g.notBody ?? []) if (loose(junk) && body.includes(loose(junk))) problems.push(`keeps ${JSON.stringify(junk)}`);
  out.body = problems.length === 0;
  if (problems.length) why.push(`body ${problems.join("; ")}`);
  return { ok: out, why };
}

/** Adds up scored records: {field: {ok, n}}. */
export function tally(results) {
  const t = Object.fromEntries(ALL_FIELDS.map((f) => [f, { ok: 0, n: 0 }]));
  for (const r of results) for (const [f, ok] of Object.entries(r.ok)) { t[f].n++; if (ok) t[f].ok++; }
  return t;
}

export const share = (c) => (c.n ? c.ok / c.n : NaN);
export function mean(t) {
  const xs = ALL_FIELDS.map((f) => share(t[f])).filter((x) => !Number.isNaN(x));
  return xs.reduce((a, b) => a + b, 0) / xs.length;
}
