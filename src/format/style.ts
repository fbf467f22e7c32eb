// Colour, decided once per run: only on a terminal, never with NO_COLOR or --no-color.
import { Chalk, supportsColor } from "chalk";

export interface Style {
  colour: boolean;
  bold: (s: string) => string;
  dim: (s: string) => string;
  heading: (s: string) => string;
  match: (s: string) => string;
  id: (s: string) => string;
  warn: (s: string) => string;
  error: (s: string) => string;
}

/** `stream` is what will be written to; colour needs it to be a terminal. */
export function makeStyle(stream: { isTTY?: boolean }, noColour: boolean, env: NodeJS.ProcessEnv = process.env): Style {
  const forced = env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== "0" && env.FORCE_COLOR !== "false";
  const wanted = !noColour && !("NO_COLOR" in env && env.NO_COLOR !== "") && (forced || stream.isTTY === true);
  const level = wanted ? (supportsColor ? supportsColor.level : 1) || 1 : 0;
  const c = new Chalk({ level });
  return {
    colour: level > 0,
    bold: (s) => c.bold(s),
    dim: (s) => c.dim(s),
    heading: (s) => c.bold.underline(s),
    match: (s) => c.bold.yellow(s),
    id: (s) => c.cyan(s),
    warn: (s) => c.yellow(s),
    error: (s) => c.red(s),
  };
}

export const plain: Style = {
  colour: false,
  bold: (s) => s,
  dim: (s) => s,
  heading: (s) => s,
  match: (s) => s,
  id: (s) => s,
  warn: (s) => s,
  error: (s) => s,
};
