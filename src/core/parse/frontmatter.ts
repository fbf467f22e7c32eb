// YAML front matter, as Markdown exports and static-site tools write it. Only the flat subset that
// articles use (scalars, inline lists, dash lists); a full YAML parser would be a dependency for
// features no article needs.
import type { Line } from "./lines.js";

export interface FrontMatter {
  /** Lowercased key -> value(s), with the line each came from. */
  fields: Map<string, { value: string | string[]; line: number }>;
  /** The lines after the closing fence. */
  rest: Line[];
}

function unquote(v: string): string {
  const t = v.trim();
  if (t.length >= 2 && ((t[0] === '"' && t.endsWith('"')) || (t[0] === "'" && t.endsWith("'")))) {
    return t.slice(1, -1).replace(t[0] === "'" ? /''/g : /\\"/g, t[0] === "'" ? "'" : '"');
  }
  // A comment: tried only where a run of spaces starts, so a long run costs its length, not its square.
  return t.replace(/(?<!\s)\s+#.*$/, "");
}

function inlineList(v: string): string[] | null {
  const t = v.trim();
  if (!(t.startsWith("[") && t.endsWith("]"))) return null;
  return t
    .slice(1, -1)
    .split(",")
    .map(unquote)
    .filter((s) => s.length > 0);
}

/** Reads a `---` fenced block at the very start of the text, or returns null. */
export function readFrontMatter(lines: Line[]): FrontMatter | null {
  if (lines[0]?.text.trim() !== "---") return null;
  const end = lines.findIndex((l, i) => i > 0 && (l.text.trim() === "---" || l.text.trim() === "..."));
  if (end < 2) return null;
  const fields = new Map<string, { value: string | string[]; line: number }>();
  let listKey: string | null = null;
  for (const line of lines.slice(1, end)) {
    const item = /^\s+-\s+(.*)$|^-\s+(.*)$/.exec(line.text);
    if (item && listKey) {
      const entry = fields.get(listKey)!;
      const list = Array.isArray(entry.value) ? entry.value : entry.value ? [entry.value] : [];
      list.push(unquote(item[1] ?? item[2] ?? ""));
      entry.value = list;
      continue;
    }
    const kv = /^([A-Za-z_][\w-]*)\s*:\s*(.*)$/.exec(line.text);
    if (!kv) continue;
    const key = kv[1]!.toLowerCase();
    const raw = kv[2]!;
    listKey = key;
    fields.set(key, { value: inlineList(raw) ?? unquote(raw), line: line.n });
  }
  // Without a single key: value pair, a leading `---` is a horizontal rule, not front matter.
  if (fields.size === 0) return null;
  return { fields, rest: lines.slice(end + 1) };
}

/** The first present field among `keys`, as a single string. */
export function pick(fm: FrontMatter, ...keys: string[]): { value: string; line: number } | null {
  for (const k of keys) {
    const f = fm.fields.get(k);
    if (!f) continue;
    const value = Array.isArray(f.value) ? f.value.join(", ") : f.value;
    if (value.trim()) return { value: value.trim(), line: f.line };
  }
  return null;
}

/** The first present field among `keys`, as a list (a comma-separated scalar is split). */
export function pickList(fm: FrontMatter, ...keys: string[]): string[] {
  for (const k of keys) {
    const f = fm.fields.get(k);
    if (!f) continue;
    const list = Array.isArray(f.value) ? f.value : f.value.split(",");
    return list.map((s) => s.trim()).filter(Boolean);
  }
  return [];
}
