// Bytes -> text -> identity (src/core/decode.ts). Real collections mix UTF-8, UTF-16 and legacy
// 8-bit files: each must come out as the text its author wrote, never with U+FFFD, and binary or
// empty files must be refused with a reason.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { decode, normalise, prepare, sha256 } from "../../src/core/decode.js";

const fixture = (name: string) => readFileSync(new URL(`../fixtures/${name}`, import.meta.url));

const utf8 = (s: string) => new Uint8Array(Buffer.from(s, "utf8"));
const utf16le = (s: string) => new Uint8Array(Buffer.from(s, "utf16le"));
const utf16be = (s: string) => new Uint8Array(Buffer.from(s, "utf16le").swap16());
const bytes = (...parts: Array<string | number[]>) =>
  new Uint8Array(Buffer.concat(parts.map((p) => (typeof p === "string" ? Buffer.from(p, "latin1") : Buffer.from(p)))));

const BOM8 = [0xef, 0xbb, 0xbf];
const SAMPLE = "Kraków opens river beach\n\nA sandy beach has opened in Kraków, São Paulo and Zürich.\n";

function text(b: Uint8Array): string {
  const d = decode(b);
  if (!d.ok) throw new Error(`expected text, got: ${d.reason}`);
  return d.text;
}

describe("decode: encodings", () => {
  it("reads UTF-8 without a BOM", () => {
    expect(decode(utf8(SAMPLE))).toEqual({ ok: true, text: SAMPLE, encoding: "utf-8" });
  });

  it("reads UTF-8 with a BOM and drops the BOM", () => {
    const d = decode(new Uint8Array([...BOM8, ...utf8(SAMPLE)]));
    expect(d).toEqual({ ok: true, text: SAMPLE, encoding: "utf-8" });
  });

  it("reads UTF-16 LE and BE with a BOM and drops the BOM", () => {
    expect(decode(new Uint8Array([0xff, 0xfe, ...utf16le(SAMPLE)]))).toEqual({ ok: true, text: SAMPLE, encoding: "utf-16le" });
    expect(decode(new Uint8Array([0xfe, 0xff, ...utf16be(SAMPLE)]))).toEqual({ ok: true, text: SAMPLE, encoding: "utf-16be" });
  });

  it("recognises UTF-16 LE and BE without a BOM", () => {
    expect(decode(utf16le(SAMPLE))).toEqual({ ok: true, text: SAMPLE, encoding: "utf-16le" });
    expect(decode(utf16be(SAMPLE))).toEqual({ ok: true, text: SAMPLE, encoding: "utf-16be" });
  });

  it("reads invalid UTF-8 as Windows-1252: £ and é survive, never U+FFFD", () => {
    const d = decode(bytes("Village caf", [0xe9], " fined ", [0xa3], "250 after Ren", [0xe9], "e complained\n"));
    expect(d).toEqual({ ok: true, text: "Village café fined £250 after Renée complained\n", encoding: "windows-1252" });
  });

  it("maps Windows-1252 punctuation (0x80-0x9F) to the characters it stands for, not C1 controls", () => {
    // Curly quotes, dashes and the euro sign are what legacy news files hold in that range.
    const d = decode(bytes([0x93], "Quoted", [0x94], " ", [0x91], "single", [0x92], " it", [0x92], "s ", [0x80], "5 ", [0x96], " ", [0x97], " ", [0x85], " ", [0x99], " ", [0xa3]));
    expect(d).toEqual({ ok: true, text: "\u201cQuoted\u201d \u2018single\u2019 it\u2019s \u20ac5 \u2013 \u2014 \u2026 \u2122 £", encoding: "windows-1252" });
    const all = text(bytes([0xa3], Array.from({ length: 32 }, (_, i) => 0x80 + i)));
    // Only the five bytes Windows-1252 leaves undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D) may stay C1.
    expect([...all.matchAll(/[\u0080-\u009f]/g)].map((m) => m[0].charCodeAt(0))).toEqual([0x81, 0x8d, 0x8f, 0x90, 0x9d]);
  });

  it("does not keep a UTF-8 BOM as text when the rest of the file is not UTF-8", () => {
    const t = text(bytes(BOM8, "Caf", [0xe9], " prices rise\n"));
    expect(t).toBe("Café prices rise\n");
  });

  it("decodes the encoding fixtures to their samples without U+FFFD", () => {
    const cases: Array<[string, string]> = [
      ["latin1.txt", "£250"],
      ["latin1.txt", "café"],
      ["utf8-bom.txt", "Zürich"],
      ["utf16le-bom.txt", "Kraków"],
      ["utf16be-bom.txt", "São Paulo"],
      ["crlf.txt", "façade"],
      ["spanish-utf8.txt", "Peñalver"],
      ["web-page.txt", "Bolívar"],
    ];
    for (const [name, sample] of cases) {
      const t = text(fixture(name));
      expect(t, name).toContain(sample);
      expect(t, name).not.toContain("\ufffd");
      expect(t.charCodeAt(0), name).not.toBe(0xfeff);
    }
  });

  it("reads a Latin-1 text that happens to open with the bytes of a UTF-16 mark ('ÿþ') as 8-bit text, not broken UTF-16", () => {
    const d = decode(bytes("\xff\xfeCaf\xe9 prices rise\n"));
    expect(d.ok && d.text).toBe("ÿþCafé prices rise\n");
    expect(d.ok && d.encoding).toBe("windows-1252");
  });

  it("never produces U+FFFD from 8-bit text, whatever the bytes", () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 1, maxLength: 300 }).filter((b) => !b.includes(0)), (b) => {
        const d = decode(b);
        return !d.ok || !d.text.includes("\ufffd");
      }),
    );
  });

  it("round-trips any text written as UTF-8", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 200 }), (s) => {
        const d = decode(utf8(s));
        return s.length === 0 ? !d.ok : d.ok && d.text === s;
      }),
    );
  });
});

describe("decode: refusals", () => {
  it("skips a file with NUL bytes in its first 8 KB, with a reason, but keeps text with a stray one or two, without them", () => {
    const d = decode(bytes("Headline\n\nSome text", [0, 0, 0, 0, 0], "more text\n"));
    expect(d.ok).toBe(false);
    expect(!d.ok && d.reason).toMatch(/binary/);
    const stray = decode(bytes("Headline\n\nSome text", [0], " more text\n"));
    expect(stray.ok && stray.text).toBe("Headline\n\nSome text more text\n");
    // Not valid UTF-8 with a NUL in it: binary.
    expect(decode(bytes("Headline\n\nSome text", [0, 0xff, 0xfe, 0x01], " more\n")).ok).toBe(false);
    const png = fixture("binary.bin");
    const p = decode(png);
    expect(p.ok).toBe(false);
    expect(!p.ok && p.reason).toMatch(/binary/);
  });

  it("skips an empty file and a whitespace-only file with a reason", () => {
    const empty = prepare(new Uint8Array());
    expect(empty.ok).toBe(false);
    expect(!empty.ok && empty.reason).toMatch(/empty/);
    for (const b of [fixture("empty.txt"), fixture("whitespace-only.txt"), bytes(" \t\r\n\n   \r\n"), utf16le("   \n\t\n")]) {
      const p = prepare(b);
      expect(p.ok).toBe(false);
      expect(!p.ok && p.reason.length).toBeGreaterThan(0);
    }
  });
});

describe("normalise and hash: identity of a text", () => {
  it("turns CRLF and lone CR into LF", () => {
    expect(normalise("a\r\nb\rc\nd")).toBe("a\nb\nc\nd");
    expect(text(fixture("crlf.txt"))).toContain("\r\n");
    const p = prepare(fixture("crlf.txt"));
    const q = prepare(fixture("cr-only.txt"));
    expect(p.ok && !p.text.includes("\r")).toBe(true);
    expect(q.ok && !q.text.includes("\r") && q.text.split("\n").length > 3).toBe(true);
  });

  it("gives identical text an identical 64-hex-digit hash", () => {
    const a = prepare(utf8(SAMPLE));
    const b = prepare(utf8(SAMPLE));
    expect(a.ok && b.ok).toBe(true);
    if (!a.ok || !b.ok) return;
    expect(a.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(a.hash).toBe(b.hash);
    expect(a.hash).toBe(sha256(a.text));
  });

  it("gives different text a different hash", () => {
    const a = prepare(utf8("Headline\n\nOne body.\n"));
    const b = prepare(utf8("Headline\n\nAnother body.\n"));
    expect(a.ok && b.ok && a.hash !== b.hash).toBe(true);
  });

  it("ignores line endings, trailing spaces, a BOM, blank lines at the ends and the encoding", () => {
    const base = prepare(utf8(SAMPLE));
    expect(base.ok).toBe(true);
    if (!base.ok) return;
    const variants = [
      utf8(SAMPLE.replace(/\n/g, "\r\n")),
      utf8(SAMPLE.replace(/\n/g, "\r")),
      utf8(SAMPLE.replace(/\n/g, "   \n").replace(/beach\n/, "beach\t \n")),
      utf8(`\n\n${SAMPLE}\n\n\n`),
      new Uint8Array([...BOM8, ...utf8(SAMPLE)]),
      new Uint8Array([0xff, 0xfe, ...utf16le(SAMPLE)]),
      new Uint8Array([0xfe, 0xff, ...utf16be(SAMPLE.replace(/\n/g, "\r\n"))]),
      utf8(SAMPLE.normalize("NFD")),
    ];
    for (const v of variants) {
      const p = prepare(v);
      expect(p.ok && p.hash).toBe(base.hash);
    }
  });

  it("the same Latin-1 text in Windows-1252 and UTF-8 has one hash", () => {
    const legacy = prepare(bytes("Caf", [0xe9], " fined ", [0xa3], "250\n"));
    const modern = prepare(utf8("Café fined £250\n"));
    expect(legacy.ok && modern.ok && legacy.hash === modern.hash).toBe(true);
  });

  it("is idempotent", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (s) => normalise(normalise(s)) === normalise(s)),
    );
  });

  it("keeps the words and inner blank lines", () => {
    expect(normalise("Title  \r\n\r\nPara one.\r\n\r\n\r\nPara two.\r\n")).toBe("Title\n\nPara one.\n\n\nPara two.");
  });

  it("strips the spaces before each line's end (tab, no-break, ideographic, before a line or paragraph separator too), and only there", () => {
    expect(normalise("Title \u00a0\nOne\u3000\u2028Two\t\u2029Three  words\u00a0here")).toBe("Title\nOne\u2028Two\u2029Three  words\u00a0here");
    // The same as the one pattern over every text gives, on texts with and without such spaces.
    const strip = (t: string) => t.replace(/\r\n?/g, "\n").normalize("NFC").replace(/(?<![ \t\u00a0\u3000])[ \t\u00a0\u3000]+$/gm, "").replace(/^\n+/, "").trimEnd();
    const pieces = fc.constantFrom(" ", "\t", "\u00a0", "\u3000", "\n", "\r", "\u2028", "\u2029", "a", "é", "Word. ");
    fc.assert(fc.property(fc.array(pieces, { maxLength: 40 }), (p) => normalise(p.join("")) === strip(p.join(""))));
  });
});
