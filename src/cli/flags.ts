// Options shared by several commands, declared once so every command spells them the same way.
// Loaded at start-up by program.ts, so it imports nothing heavy (no SQLite, no chalk).
import { InvalidArgumentError, Option, type Command } from "commander";
import type { Filters } from "../core/types.js";

export function wholeNumber(flag: string) {
  return (value: string): number => {
    if (!/^\d+$/.test(value.trim())) throw new InvalidArgumentError(`${flag} takes a whole number (0 or more), e.g. ${flag} 20`);
    return Number(value);
  };
}

/** "64M", "500k", "2G" or plain bytes. */
export function byteSize(value: string): number {
  const m = /^(\d+(?:\.\d+)?)\s*([kmg]?)i?b?$/i.exec(value.trim());
  if (!m) throw new InvalidArgumentError("--max-size takes a size such as 500K, 64M or 1G");
  const unit = { "": 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 }[m[2]!.toLowerCase() as "" | "k" | "m" | "g"];
  return Math.round(Number(m[1]) * unit);
}

export function collect(value: string, previous: string[] = []): string[] {
  return [...previous, value];
}

/** The filters; `paging: false` leaves out --limit and --offset, for commands that count. */
export function addFilterOptions(cmd: Command, paging = true): Command {
  cmd
    .option("--since <date>", "only articles dated on or after (2017, 2017-02 or 2017-02-06)")
    .option("--until <date>", "only articles dated on or before, inclusive")
    .option("--section <name>", "only this section")
    .option("--source <name>", "only this source")
    .option("--place <name>", "only this dateline place")
    .option("--tag <tag>", "only articles with this tag");
  if (!paging) return cmd;
  return cmd
    .option("--limit <n>", "at most n results (0: no limit)", wholeNumber("--limit"))
    .option("--offset <n>", "skip the first n results", wholeNumber("--offset"));
}

export function filtersOf(opts: Record<string, unknown>): Filters {
  const f: Filters = {};
  for (const k of ["since", "until", "section", "source", "place", "tag"] as const) {
    if (typeof opts[k] === "string") f[k] = opts[k] as string;
  }
  if (typeof opts.limit === "number") f.limit = opts.limit;
  if (typeof opts.offset === "number") f.offset = opts.offset;
  return f;
}

export const LIST_FORMATS = ["table", "json", "ndjson", "csv", "markdown"] as const;
export type ListFormat = (typeof LIST_FORMATS)[number];

export function addOutputOptions(cmd: Command, formats: readonly string[] = LIST_FORMATS): Command {
  return cmd
    .option("--json", "print JSON (same as --format json)")
    .addOption(new Option("--format <format>", "output format").choices([...formats]));
}

export function formatOf<F extends string>(opts: Record<string, unknown>, fallback: F): F {
  if (typeof opts.format === "string") return opts.format as F;
  return opts.json ? ("json" as F) : fallback;
}
