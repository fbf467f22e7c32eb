// Horizontal bar charts for the terminal (timeline, top, stats): one row per label, a bar as long
// as its value allows, and the figure at the end of the bar. Bars are drawn in Unicode eighth
// blocks (▏▎▍▌▋▊▉█), so a bar grows by an eighth of a cell; where the terminal cannot show them,
// in whole cells of `#`.
import type { Style } from "./style.js";
import { cellWidth, truncate, visible } from "./text.js";

export interface ChartRow {
  label: string;
  /** What the bar's length shows (0 or more); the longest bar is the largest value. */
  value: number;
  /** Printed after the bar: the count, or the ratio and the counts. */
  figure: string;
}

export interface ChartContext {
  style: Style;
  /** Terminal width in cells. */
  width: number;
  /** Eighth blocks (true) or `#` (false); see canDrawBlocks. */
  blocks: boolean;
  /** The longest bar, in cells (default 60). */
  maxBar?: number;
  /** Indent every row by this many spaces. */
  indent?: number;
  /** Labels longer than this are cut with "…" (default 32 cells). */
  maxLabel?: number;
}

const EIGHTHS = ["", "▏", "▎", "▍", "▌", "▋", "▊", "▉"];
const FULL = "█";

/**
 * Whether the terminal can show the eighth blocks: the locale (LC_ALL, else LC_CTYPE, else LANG,
 * as C programs decide) names UTF-8, and the terminal is not the Linux console or a dumb one, whose
 * fonts lack them. Windows terminals draw them whatever the environment says.
 */
export function canDrawBlocks(env: NodeJS.ProcessEnv = process.env, platform: string = process.platform): boolean {
  if (env.TERM === "linux" || env.TERM === "dumb") return false;
  const locale = env.LC_ALL || env.LC_CTYPE || env.LANG || "";
  if (locale === "" && platform === "win32") return true;
  return /utf-?8/i.test(locale);
}

/** A bar of `value / max` of `cells` cells: eighths of a cell, or whole `#` cells. A value above 0 always shows. */
export function bar(value: number, max: number, cells: number, blocks: boolean): string {
  if (value <= 0 || max <= 0) return "";
  const share = Math.min(1, value / max);
  if (!blocks) return "#".repeat(Math.max(1, Math.round(share * cells)));
  const eighths = Math.max(1, Math.round(share * cells * 8));
  return FULL.repeat(Math.floor(eighths / 8)) + EIGHTHS[eighths % 8]!;
}

export function barChart(rows: ChartRow[], ctx: ChartContext): string {
  if (rows.length === 0) return "";
  const indent = " ".repeat(ctx.indent ?? 0);
  const labels = rows.map((r) => truncate(visible(r.label), ctx.maxLabel ?? 32));
  // (Folded, not spread into Math.max: `news top author --limit 0` may chart 100,000s of rows.)
  const labelWidth = labels.reduce((m, l) => Math.max(m, cellWidth(l)), 0);
  const figureWidth = rows.reduce((m, r) => Math.max(m, cellWidth(r.figure)), 0);
  // The bars take what the terminal leaves after the labels and figures, within bounds.
  const room = ctx.width - indent.length - labelWidth - 2 - 1 - figureWidth;
  const cells = Math.max(10, Math.min(ctx.maxBar ?? 60, room));
  const max = rows.reduce((m, r) => Math.max(m, r.value), -Infinity);
  const lines = rows.map((r, i) => {
    const label = labels[i]! + " ".repeat(labelWidth - cellWidth(labels[i]!));
    const b = bar(r.value, max, cells, ctx.blocks);
    const figure = r.value > 0 ? r.figure : ctx.style.dim(r.figure);
    return `${indent}${label}  ${b ? `${ctx.style.id(b)} ` : ""}${figure}`;
  });
  return `${lines.join("\n")}\n`;
}

/**
 * 12,345. A whole number's digits are grouped here: the first toLocaleString() of a process loads
 * ICU's number formats, 50-100 ms, a third of a whole `news timeline` command.
 */
export const thousands = (n: number): string => (Number.isSafeInteger(n) ? String(n).replace(/\B(?=(\d{3})+$)/g, ",") : n.toLocaleString("en-US"));

/** A ratio as a percentage: 7.3%, 0.41%, <0.01%. */
export function percent(ratio: number): string {
  if (ratio === 0) return "0%";
  const p = ratio * 100;
  if (p < 0.01) return "<0.01%";
  return `${p.toFixed(p < 1 ? 2 : 1)}%`;
}
