// `news diff`: the changes between two texts, inline. On a terminal, deletions in red (struck
// through) and insertions in green; otherwise marked as `git diff --word-diff=plain` marks them:
// [-deleted-] and {+inserted+}.
import type { DiffResult, DiffSide } from "../core/stories/diff.js";
import type { Style } from "./style.js";
import { visible } from "./text.js";

const label = (s: DiffSide) => `article ${s.id} version ${s.version} (${s.ingestedAt}, ${s.hash.slice(0, 12)})`;

export function diffText(d: DiffResult, style: Style): string {
  const out: string[] = [style.bold(`--- ${label(d.from)}`), style.bold(`+++ ${label(d.to)}`), ""];
  let body = "";
  for (const c of d.changes) {
    const text = visible(c.text, true);
    if (c.op === "equal") body += text;
    else if (style.colour) body += c.op === "delete" ? style.deleted(text) : style.inserted(text);
    else body += c.op === "delete" ? `[-${text}-]` : `{+${text}+}`;
  }
  return `${out.join("\n")}${body}\n`;
}

export function diffJson(d: DiffResult): string {
  return `${JSON.stringify(d, null, 2)}\n`;
}
