// One file's bytes -> everything the writer needs: decoded, hashed, parsed, original compressed.
// Pure and self-contained, so it runs the same on the main thread or in a parser worker.
import { compress } from "./archive/compression.js";
import { prepare } from "./decode.js";
import { parseArticle, type ParseOptions } from "./parse/article.js";
import type { ParsedArticle } from "./types.js";

export type Analysed =
  | { ok: true; hash: string; original: Uint8Array; parsed: ParsedArticle }
  | { ok: false; reason: string; status: "skipped" | "failed" };

export interface Analyser {
  analyse(bytes: Uint8Array, options: ParseOptions): Promise<Analysed>;
  close(): Promise<void> | void;
}

export function analyse(bytes: Uint8Array, options: ParseOptions): Analysed {
  const prepared = prepare(bytes);
  if (!prepared.ok) return { ok: false, reason: prepared.reason, status: "skipped" };
  try {
    const parsed = parseArticle(prepared.text, options);
    return { ok: true, hash: prepared.hash, original: compress(prepared.text), parsed };
  } catch (err) {
    return { ok: false, reason: `cannot parse: ${err instanceof Error ? err.message : String(err)}`, status: "failed" };
  }
}

export const inlineAnalyser: Analyser = {
  analyse: async (bytes, options) => analyse(bytes, options),
  close: () => {},
};
