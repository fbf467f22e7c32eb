// Human tables that fit the terminal: ids and dates aligned, long titles cut with an ellipsis,
// columns dropped from the right when the terminal is narrow. The layout is worked out here, so
// the rows are only padded and joined: cli-table3 measured every character of every cell again
// (through string-width and ansi-regex) and took ~50 ms of a 20-hit search's ~300.
import { HIGHLIGHT_END, HIGHLIGHT_START, type Article, type SearchHit, type Stats } from "../core/types.js";
import { barChart, thousands } from "./chart.js";
import type { Style } from "./style.js";
import { cellWidth, truncate, visible, wrap } from "./text.js";

export interface TableContext {
  style: Style;
  /** Terminal width in cells. */
  width: number;
}

const GAP = 2;
const FLEX_MIN = 40;

// Colour codes take no room on the screen. (Article text never holds raw escapes: visible() shows them.)
const SGR = /\x1b\[[0-9;]*m/g;
const shownWidth = (s: string): number => cellWidth(s.includes("\x1b") ? s.replace(SGR, "") : s);

/**
 * Lays out rows of cells (a cell may hold several lines) in columns as wide as their widest line,
 * GAP spaces apart, aligned left or right, without trailing spaces.
 */
function layOut(rows: string[][], align: Array<"left" | "right">): string {
  const split = rows.map((row) => row.map((cell) => cell.split("\n")));
  // (Widest lines found by a loop: spreading a column of a `--limit 0` listing's rows into
  // Math.max overflowed the stack past about 120,000 rows.)
  const widths = align.map(() => 0);
  for (const row of split) {
    for (let i = 0; i < align.length; i++) for (const line of row[i]!) widths[i] = Math.max(widths[i]!, shownWidth(line));
  }
  const out: string[] = [];
  for (const row of split) {
    const height = Math.max(...row.map((lines) => lines.length));
    for (let k = 0; k < height; k++) {
      const line = row.map((lines, i) => {
        const text = lines[k] ?? "";
        const pad = " ".repeat(Math.max(0, widths[i]! - shownWidth(text)));
        return align[i] === "right" ? pad + text : text + pad;
      });
      out.push(line.join(" ".repeat(GAP)).replace(/[ \t]+$/, ""));
    }
  }
  return `${out.join("\n")}\n`;
}

interface Column<T> {
  head: string;
  value: (row: T) => string;
  align?: "left" | "right";
  /** Widest this column may grow; the flexible column takes what is left. */
  max?: number;
  flex?: boolean;
  /** Lower is dropped first when the terminal is too narrow. */
  keep: number;
  style?: (s: string, row: T) => string;
}

function renderColumns<T>(rows: T[], columns: Array<Column<T>>, ctx: TableContext, extra?: (row: T, width: number) => string[]): string {
  const cells = rows.map((r) => columns.map((c) => visible(c.value(r))));
  const natural = columns.map((c, i) => cells.reduce((w, row) => Math.max(w, cellWidth(row[i]!)), cellWidth(c.head)));
  let active = columns.map((_, i) => i).filter((i) => natural[i]! > cellWidth(columns[i]!.head) || rows.length === 0 || cells.some((r) => r[i] !== ""));
  // The flexible column (the title) keeps at least FLEX_MIN cells before other columns may stay.
  const widthOf = (i: number) => (columns[i]!.flex ? Math.min(natural[i]!, FLEX_MIN) : Math.min(natural[i]!, columns[i]!.max ?? Infinity));
  const total = (idx: number[]) => idx.reduce((sum, i) => sum + widthOf(i), 0) + GAP * (idx.length - 1);
  // Drop the least important columns until the rest fit.
  while (total(active) > ctx.width && active.length > 1) {
    const drop = active.filter((i) => !columns[i]!.flex).sort((a, b) => columns[a]!.keep - columns[b]!.keep)[0];
    if (drop === undefined) break;
    active = active.filter((i) => i !== drop);
  }
  const widths = active.map(widthOf);
  const flexAt = active.findIndex((i) => columns[i]!.flex);
  if (flexAt >= 0) {
    const others = widths.reduce((s, w, k) => (k === flexAt ? s : s + w), 0) + GAP * (active.length - 1);
    // With extra lines under each row (snippets), the flexible column takes all the room there is.
    const want = extra ? Infinity : natural[active[flexAt]!]!;
    widths[flexAt] = Math.max(8, Math.min(want, ctx.width - others));
  }
  const lines = rows.map((row, r) => {
    const line = active.map((i, k) => {
      const text = truncate(cells[r]![i]!, widths[k]!);
      return columns[i]!.style ? columns[i]!.style!(text, row) : text;
    });
    if (extra && flexAt >= 0) {
      const more = extra(row, widths[flexAt]!);
      if (more.length) line[flexAt] = [line[flexAt], ...more].join("\n");
    }
    return line;
  });
  const head = active.map((i) => ctx.style.bold(columns[i]!.head));
  return layOut([head, ...lines], active.map((i) => columns[i]!.align ?? "left"));
}

/** "+3 more" for a row that stands for a story of four articles. */
const more = (a: Article): string => (a.storySize !== undefined && a.storySize > 1 ? `+${a.storySize - 1} more` : "");

export function listTable(articles: Article[], ctx: TableContext): string {
  return renderColumns(
    articles,
    [
      { head: "ID", value: (a) => String(a.id), align: "right", keep: 9, style: (s) => ctx.style.id(s) },
      { head: "DATE", value: (a) => a.date ?? "", keep: 8 },
      { head: "TITLE", value: (a) => a.title, flex: true, keep: 10 },
      { head: "STORY", value: more, keep: 8.5 },
      { head: "SECTION", value: (a) => a.section ?? "", max: 18, keep: 5 },
      { head: "PLACE", value: (a) => a.place ?? "", max: 16, keep: 4 },
      { head: "SOURCE", value: (a) => a.source ?? "", max: 14, keep: 3 },
      { head: "WORDS", value: (a) => String(a.words), align: "right", keep: 2 },
    ],
    ctx,
  );
}

export function hitsTable(hits: SearchHit[], ctx: TableContext): string {
  // Match markers survive wrapping; a match cut by a line break is highlighted on both lines.
  // Two lines of the snippet, the first match among them: the passage can run longer than that.
  const snippetLines = (h: SearchHit, width: number): string[] => {
    const lines = wrap(visible(h.snippet), width);
    const at = lines.findIndex((line) => line.includes(HIGHLIGHT_START));
    const from = at < 0 ? 0 : Math.max(0, Math.min(at - 1, lines.length - 2));
    return lines
      .slice(from, from + 2)
      .map((line) =>
        ctx.style.dim(
          line
            .replace(new RegExp(`^([^${HIGHLIGHT_START}]*?)${HIGHLIGHT_END}`, "u"), (_, m: string) => ctx.style.match(m))
            .replace(new RegExp(`${HIGHLIGHT_START}([^${HIGHLIGHT_END}]*)(?:${HIGHLIGHT_END}|$)`, "gu"), (_, m: string) => ctx.style.match(m)),
        ),
      );
  };
  return renderColumns(
    hits,
    [
      { head: "ID", value: (h) => String(h.id), align: "right", keep: 9, style: (s) => ctx.style.id(s) },
      { head: "DATE", value: (h) => h.date ?? "", keep: 8 },
      { head: "TITLE", value: (h) => h.title, flex: true, keep: 10, style: (s) => ctx.style.bold(s) },
      { head: "STORY", value: more, keep: 8.5 },
      { head: "SECTION", value: (h) => h.section ?? "", max: 16, keep: 3 },
    ],
    ctx,
    snippetLines,
  );
}

/** Articles per year or month, for `news stats` to chart in place of its list of years. */
export interface StatsChart {
  by: "year" | "month";
  points: Array<{ period: string; count: number }>;
  /** Eighth blocks or `#` (see chart.ts). */
  blocks: boolean;
}

export function statsText(s: Stats, ctx: TableContext, chart?: StatsChart): string {
  const lines: string[] = [];
  const range = s.firstDate ? `${s.firstDate} to ${s.lastDate}` : "no dated articles";
  lines.push(`${ctx.style.bold("Articles")}  ${thousands(s.articles)} (${thousands(s.dated)} dated, ${thousands(s.undated)} undated)`);
  lines.push(`${ctx.style.bold("Words")}     ${thousands(s.words)}`);
  lines.push(`${ctx.style.bold("Dates")}     ${range}`);
  lines.push(`${ctx.style.bold("Archive")}   ${s.archive.path} (${(s.archive.bytes / 1024 / 1024).toFixed(1)} MB, schema ${s.archive.schemaVersion})`);
  const group = (title: string, rows: Array<{ name: string | null; count: number }>) => {
    if (rows.length === 0) return;
    lines.push("", ctx.style.heading(title));
    const shown = rows.slice(0, 25);
    const nameWidth = Math.min(40, Math.max(...shown.map((r) => cellWidth(visible(r.name ?? "(none)")))));
    const countWidth = Math.max(...shown.map((r) => String(r.count).length));
    for (const r of shown) {
      const name = truncate(visible(r.name ?? "(none)"), nameWidth);
      lines.push(`  ${name}${" ".repeat(nameWidth - cellWidth(name) + 2)}${String(r.count).padStart(countWidth)}`);
    }
    if (rows.length > shown.length) lines.push(ctx.style.dim(`  … ${rows.length - shown.length} more (see --json)`));
  };
  group("By section", s.bySection);
  group("By source", s.bySource);
  if (chart && chart.points.length > 0) {
    lines.push("", ctx.style.heading(chart.by === "year" ? "By year" : "By month"));
    // A run of three or more empty periods takes one row, so a long quiet stretch stays small.
    const rows: Array<{ label: string; value: number; figure: string }> = [];
    for (let i = 0; i < chart.points.length; ) {
      let j = i;
      while (j < chart.points.length && chart.points[j]!.count === 0) j++;
      if (j - i >= 3) {
        rows.push({ label: `${chart.points[i]!.period}–${chart.points[j - 1]!.period}`, value: 0, figure: "0" });
        i = j;
      } else {
        const p = chart.points[i++]!;
        rows.push({ label: p.period, value: p.count, figure: thousands(p.count) });
      }
    }
    lines.push(barChart(rows, { style: ctx.style, width: ctx.width, blocks: chart.blocks, maxBar: 30, indent: 2 }).replace(/\n$/, ""));
  } else {
    group("By year", s.byYear.map((y) => ({ name: y.year, count: y.count })));
  }
  group("By language", s.byLanguage);
  group("By tag", s.tags);
  return `${lines.join("\n")}\n`;
}
