// The coloured style, through chalk (loaded only when output is coloured).
import { Chalk, supportsColor } from "chalk";
import type { Style } from "./style.js";

export function colourStyle(): Style {
  const c = new Chalk({ level: (supportsColor ? supportsColor.level : 1) || 1 });
  return {
    colour: true,
    bold: (s) => c.bold(s),
    dim: (s) => c.dim(s),
    heading: (s) => c.bold.underline(s),
    match: (s) => c.bold.yellow(s),
    id: (s) => c.cyan(s),
    warn: (s) => c.yellow(s),
    error: (s) => c.red(s),
    deleted: (s) => c.red.strikethrough(s),
    inserted: (s) => c.green.underline(s),
  };
}
