// The stored originals, zlib-compressed with the article's cleaned body as a preset dictionary.
// The body is most of the original, so what remains to store is the headers, menus and trailers
// the parser took out: originals cost about 5% of the text instead of 50% with plain deflate,
// and compress twice as fast. The body must be the one stored beside the original (reparse
// recompresses when it changes the body).
import { createRequire } from "node:module";

// zlib is loaded on first use: a search or a list never touches an original, and loading it
// would add to every command's start-up.
let zlib: typeof import("node:zlib") | undefined;
const load = () => (zlib ??= createRequire(import.meta.url)("node:zlib") as typeof import("node:zlib"));

function dictionaryOf(body: string): { dictionary?: Buffer } {
  // zlib uses at most the last 32 KB of a dictionary; an empty body means none.
  return body.length ? { dictionary: Buffer.from(body.length > 40_000 ? body.slice(-40_000) : body, "utf8") } : {};
}

export function compress(text: string, body: string): Buffer {
  return load().deflateSync(Buffer.from(text, "utf8"), { level: 6, ...dictionaryOf(body) });
}

export function decompress(blob: Uint8Array, body: string): string {
  return load().inflateSync(blob, dictionaryOf(body)).toString("utf8");
}
