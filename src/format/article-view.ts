// `news show`: one article laid out for reading: headline, a metadata line, wrapped paragraphs,
// and with --explain, where every field came from.
import type { StoryMember } from "../core/stories/fold.js";
import type { Article, Provenance } from "../core/types.js";
import { metaLine } from "./markdown.js";
import type { Style } from "./style.js";
import { visible, wrap } from "./text.js";

export interface ViewContext {
  style: Style;
  width: number;
}

const EXPLAINED = ["title", "date", "place", "section", "author", "source", "summary", "body"] as const;

export function explainLines(a: Article, provenance: Provenance, style: Style): string[] {
  const lines = [style.heading("Where each field came from")];
  for (const field of EXPLAINED) {
    const value = field === "body" ? `${a.words} words` : (a[field] ?? null);
    const p = provenance[field];
    const shown = value === null ? style.dim("—") : visible(String(value).split("\n")[0]!.slice(0, 60));
    const origin = p ? `${p.line !== null ? `line ${p.line}` : "no line"}  ${p.rule}` : value === null ? "not stated in the text" : "";
    lines.push(`  ${field.padEnd(8)} ${shown}${origin ? style.dim(`  ${origin}`) : ""}`);
  }
  return lines;
}

export function articleView(a: Article, ctx: ViewContext, options: { explain?: boolean; others?: StoryMember[] } = {}): string {
  const width = Math.max(20, Math.min(ctx.width, 88));
  const out: string[] = [];
  out.push(...wrap(visible(a.title), width).map((l) => ctx.style.bold(l)));
  const meta = metaLine(a);
  out.push(ctx.style.dim(visible([meta || "undated", `id ${a.id}`, a.hash.slice(0, 12)].join(" · "))));
  if (a.tags.length) out.push(ctx.style.dim(`tags: ${a.tags.map((t) => visible(t)).join(", ")}`));
  if (a.path) out.push(ctx.style.dim(visible(a.path)));
  if (a.summary) {
    out.push("");
    for (const s of a.summary.split("\n")) out.push(...wrap(visible(s), width - 2).map((l, i) => (i === 0 ? `• ${l}` : `  ${l}`)));
  }
  for (const paragraph of (a.body ?? "").split(/\n{2,}/)) {
    out.push("");
    // Lines inside a paragraph that were kept as written (quoted mail, verse) stay as they are.
    const keepLines = paragraph.includes("\n");
    if (keepLines) out.push(...paragraph.split("\n").map((l) => visible(l)));
    else out.push(...wrap(visible(paragraph), width));
  }
  if (options.others?.length) {
    const n = options.others.length;
    out.push("", ctx.style.heading(`The same story: ${n} other ${n === 1 ? "article" : "articles"}`));
    for (const o of options.others) {
      const line = `${String(o.id).padStart(6)}  ${(o.date ?? "undated").padEnd(10)}  ${visible(o.source ?? "—")}  ${visible(o.title)}`;
      out.push(line.length > width ? `${line.slice(0, width - 1)}…` : line);
    }
  }
  if (options.explain && a.provenance) out.push("", ...explainLines(a, a.provenance, ctx.style));
  return `${out.join("\n")}\n`;
}

/** Plain text for `export --format txt`: the same layout without colour, one article after another. */
export function articleText(a: Article): string {
  const meta = metaLine(a);
  const lines = [a.title, meta ? meta : "undated", ""];
  if (a.summary) lines.push(...a.summary.split("\n").map((s) => `* ${s}`), "");
  lines.push(a.body ?? "");
  return `${lines.join("\n")}\n`;
}
