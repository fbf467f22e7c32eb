// Renderers for counts: a timeline (`news timeline`) and the most frequent values of a field
// (`news top`), as a bar chart or in any of the read formats.
import type { TimelinePoint, TopValue } from "../core/timeline.js";
import { barChart, percent, thousands, type ChartContext } from "./chart.js";
import { serialise as serialiseRecords } from "./render.js";

export type CountFormat = "table" | "json" | "ndjson" | "csv" | "markdown";

const serialise = (records: Array<Record<string, unknown>>, format: Exclude<CountFormat, "table">, columns: string[]) => serialiseRecords(records, format, columns, columns);

/** A timeline: `[{period, count, total, ratio}]`, or a chart of the counts (of the ratios with `ratio`). */
export function renderTimeline(points: TimelinePoint[], format: CountFormat, ctx: ChartContext, ratio = false): string {
  if (format !== "table") {
    return serialise(
      points.map((p) => ({ period: p.period, count: p.count, total: p.total, ratio: p.ratio })),
      format,
      ["period", "count", "total", "ratio"],
    );
  }
  return barChart(
    points.map((p) =>
      ratio
        ? { label: p.period, value: p.ratio, figure: `${percent(p.ratio)} (${thousands(p.count)} of ${thousands(p.total)})` }
        : { label: p.period, value: p.count, figure: thousands(p.count) },
    ),
    ctx,
  );
}

/** The most frequent values: `[{value, count}]`, or a chart. */
export function renderTop(values: TopValue[], format: CountFormat, ctx: ChartContext): string {
  if (format !== "table") return serialise(values.map((v) => ({ value: v.value, count: v.count })), format, ["value", "count"]);
  return barChart(values.map((v) => ({ label: v.value, value: v.count, figure: thousands(v.count) })), ctx);
}
