// How output is styled. Colour only on a terminal, never with NO_COLOR or --no-color; when there
// is none, chalk is never loaded (see colour.ts), which keeps piped commands quick to start.

export interface Style {
  colour: boolean;
  bold: (s: string) => string;
  dim: (s: string) => string;
  heading: (s: string) => string;
  match: (s: string) => string;
  id: (s: string) => string;
  warn: (s: string) => string;
  error: (s: string) => string;
  /** Text a diff deletes and inserts (used only with colour: plain output marks them [-…-] {+…+}). */
  deleted: (s: string) => string;
  inserted: (s: string) => string;
}

const same = (s: string) => s;

export const plain: Style = { colour: false, bold: same, dim: same, heading: same, match: same, id: same, warn: same, error: same, deleted: same, inserted: same };

/** Whether output to `stream` should be coloured: FORCE_COLOR, else a terminal, and never NO_COLOR. */
export function wantsColour(stream: { isTTY?: boolean }, noColour: boolean, env: NodeJS.ProcessEnv = process.env): boolean {
  if (noColour || ("NO_COLOR" in env && env.NO_COLOR !== "")) return false;
  const forced = env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== "0" && env.FORCE_COLOR !== "false";
  return forced || stream.isTTY === true;
}

/** The style for a stream; loads chalk only when colour is wanted. */
export async function styleFor(stream: { isTTY?: boolean }, noColour: boolean, env: NodeJS.ProcessEnv = process.env): Promise<Style> {
  if (!wantsColour(stream, noColour, env)) return plain;
  const { colourStyle } = await import("./colour.js");
  return colourStyle();
}
