// The stored originals: deflate-compressed UTF-8 (zlib format, readable by any zlib).
import { deflateSync, inflateSync } from "node:zlib";

export function compress(text: string): Buffer {
  return deflateSync(Buffer.from(text, "utf8"), { level: 6 });
}

export function decompress(blob: Uint8Array): string {
  return inflateSync(blob).toString("utf8");
}
