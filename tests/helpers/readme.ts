// Reading README.md's code blocks as examples to run, and comparing what they print with what the
// README shows. The conventions are described in tests/e2e/readme.test.ts and the README's "Tests".

/** Info strings of blocks that hold commands; any other language is an illustration (JSON, code). */
export const SHELL_LANGUAGES = new Set(["", "sh", "bash", "shell", "console"]);

export interface ExpectedLine {
  /** 1-based line in the Markdown file. */
  line: number;
  text: string;
}

export interface Example {
  line: number;
  /** The command as bash runs it (continuation lines joined, no `$ `). */
  command: string;
  /** The exit status the README states with a trailing `# exit N` comment, else 0. */
  exit: number;
  /** The lines shown after a `$ ` command (null: none shown, only the exit status is checked). */
  output: ExpectedLine[] | null;
}

export interface Block {
  line: number;
  lang: string;
  /** Why it is not run: the `not run:` marker's reason, or the language of an illustration. */
  notRun: string | null;
  /** `<!-- run: no archive -->`: it starts before any article is ingested. */
  noArchive: boolean;
  examples: Example[];
}

export interface Parsed {
  blocks: Block[];
  /** Problems with the Markdown itself: unknown markers, output before any command, … */
  errors: string[];
}

const FENCE = /^( {0,3})(`{3,}|~{3,})\s*([^`\s]*)[^`]*$/;
const COMMENT = /^\s*<!--(.*?)-->\s*$/;
const EXIT_COMMENT = /\s#\s*exit(?:s| status)?\s+(\d+)\s*$/;

/** The markers that may stand in HTML comments right before a block, between blank lines. */
function readMarkers(comments: Array<{ line: number; text: string }>, file: string, errors: string[]): { notRun: string | null; noArchive: boolean } {
  let notRun: string | null = null;
  let noArchive = false;
  for (const c of comments) {
    const text = c.text.trim();
    const m = /^not run(?::\s*(.*))?$/i.exec(text);
    if (m) {
      // A reason is welcome (the test report shows it) but not required: the brief every engineer
      // works from gives the marker as a bare `<!-- not run -->`.
      notRun = m[1]?.trim() || "(no reason given)";
    } else if (/^run:\s*no archive$/i.test(text)) {
      noArchive = true;
    } else {
      errors.push(`${file}:${c.line}: unknown marker before a code block: <!--${c.text}--> (known: \`not run: <reason>\`, \`run: no archive\`)`);
    }
  }
  return { notRun, noArchive };
}

/**
 * One command from `start`: lines ending in a backslash continue it, as in the shell, and a
 * here-document (`<<EOF`, `<<'EOF'`, `<<-EOF`) takes the lines up to its delimiter. `head` is the
 * command without the here-document's lines, where a `# exit N` comment is looked for.
 */
function readCommand(lines: ExpectedLine[], start: number): { text: string; head: string; next: number } {
  let text = lines[start]!.text;
  let i = start;
  while (/\\$/.test(text) && i + 1 < lines.length) {
    i++;
    text = `${text}\n${lines[i]!.text}`;
  }
  const head = text;
  for (const [, dash, word] of head.matchAll(/(?<!<)<<(?!<)(-?)\s*['"]?([A-Za-z_]\w*)['"]?/g)) {
    while (i + 1 < lines.length) {
      i++;
      text = `${text}\n${lines[i]!.text}`;
      if ((dash ? lines[i]!.text.replace(/^\t+/, "") : lines[i]!.text) === word) break;
    }
  }
  return { text, head, next: i + 1 };
}

function exitOf(command: string): number {
  const m = EXIT_COMMENT.exec(command);
  return m ? Number(m[1]) : 0;
}

/**
 * A block's examples. With `$ ` prompts, each `$ ` line is a command and the lines after it, up to
 * the next prompt, are what it prints. Without prompts, every line that is not blank or a `#`
 * comment is a command, and only its exit status is checked.
 */
function examplesOf(body: ExpectedLine[], file: string, errors: string[]): Example[] {
  const prompted = body.some((l) => l.text.startsWith("$ "));
  const out: Example[] = [];
  if (!prompted) {
    for (let i = 0; i < body.length; ) {
      const l = body[i]!;
      if (!l.text.trim() || l.text.trimStart().startsWith("#")) {
        i++;
        continue;
      }
      const { text, head, next } = readCommand(body, i);
      out.push({ line: l.line, command: text, exit: exitOf(head), output: null });
      i = next;
    }
    return out;
  }
  let i = 0;
  while (i < body.length && !body[i]!.text.startsWith("$ ")) {
    if (body[i]!.text.trim()) errors.push(`${file}:${body[i]!.line}: a line before the block's first \`$ \` command`);
    i++;
  }
  while (i < body.length) {
    const first = body[i]!;
    const lines = body.map((l) => ({ line: l.line, text: l.text }));
    lines[i] = { line: first.line, text: first.text.slice(2) };
    const { text, head, next } = readCommand(lines, i);
    i = next;
    const shown: ExpectedLine[] = [];
    while (i < body.length && !body[i]!.text.startsWith("$ ")) shown.push(body[i++]!);
    while (shown.length && !shown[shown.length - 1]!.text.trim()) shown.pop();
    out.push({ line: first.line, command: text, exit: exitOf(head), output: shown.length ? shown : null });
  }
  return out;
}

/** Every fenced code block of a Markdown text, with its markers and examples. */
export function parseMarkdown(markdown: string, file = "README.md"): Parsed {
  const lines = markdown.split(/\r?\n/);
  const blocks: Block[] = [];
  const errors: string[] = [];
  let comments: Array<{ line: number; text: string }> = [];
  for (let i = 0; i < lines.length; i++) {
    const text = lines[i]!;
    const fence = FENCE.exec(text);
    if (!fence) {
      const c = COMMENT.exec(text);
      if (c) comments.push({ line: i + 1, text: c[1]! });
      else if (text.trim()) comments = [];
      continue;
    }
    const [, indent, marks, info] = fence as unknown as [string, string, string, string];
    const open = i;
    const body: ExpectedLine[] = [];
    const close = new RegExp(`^ {0,3}${marks[0] === "`" ? "`" : "~"}{${marks.length},}\\s*$`);
    for (i++; i < lines.length && !close.test(lines[i]!); i++) {
      const l = lines[i]!;
      body.push({ line: i + 1, text: l.startsWith(indent) ? l.slice(indent.length) : l.trimStart() });
    }
    if (i >= lines.length) errors.push(`${file}:${open + 1}: code block never closed`);
    const lang = info.toLowerCase();
    const markers = readMarkers(comments, file, errors);
    comments = [];
    const runnable = SHELL_LANGUAGES.has(lang);
    blocks.push({
      line: open + 1,
      lang,
      notRun: markers.notRun ?? (runnable ? null : `${lang} illustration`),
      noArchive: markers.noArchive,
      examples: runnable ? examplesOf(body, file, errors) : [],
    });
    const last = blocks[blocks.length - 1]!;
    if (last.notRun === null && last.examples.length === 0) errors.push(`${file}:${last.line}: a shell block with no command: mark it \`<!-- not run: <reason> -->\` or give it a language`);
  }
  return { blocks, errors };
}

/**
 * What legitimately varies from one run to the next, replaced by placeholders on both sides:
 * the sandbox's folder (so paths read as the README's `/home/me/…`), ISO times, durations in
 * parentheses (`(0.1 s)`, `(0.5 s, 32 files/s)`) and sizes (`0.2 MB`).
 */
export function normalise(text: string, roots: string[] = []): string {
  let s = text;
  for (const root of roots) if (root) s = s.split(root).join("");
  return s
    .replace(/\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:?\d{2})?/g, "<time>")
    .replace(/\(\d+(?:\.\d+)? ?m?s(?:, [\d,.]+ [a-z]+\/s)?\)/g, "(<duration>)")
    .replace(/\b\d+(?:\.\d+)? ?(?:B|kB|KB|MB|GB|KiB|MiB|GiB)\b/g, "<size>");
}

type Pattern = { any: true; line: number } | { any: false; line: number; re: RegExp; text: string };

/** A README line as a pattern: a line of only `…` is any number of lines; `…` inside a line, any text. */
function pattern(l: ExpectedLine): Pattern {
  const text = normalise(l.text).trimEnd();
  if (text.trim() === "…") return { any: true, line: l.line };
  const re = text
    .split("…")
    .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))
    .join(".*");
  return { any: false, line: l.line, re: new RegExp(`^${re}$`, "u"), text };
}

export interface Match {
  ok: boolean;
  /** The README line that could not be matched (when not ok): the furthest the match got. */
  mismatch?: ExpectedLine;
  /** Actual output lines left over after the README's last line, when that is the failure. */
  extra?: string;
}

/** Whether `actual` (already normalised) is what the README shows, line by line. */
export function matchOutput(expected: ExpectedLine[], actual: string): Match {
  const pats = expected.map(pattern);
  const lines = actual.replace(/\s+$/, "").split("\n").map((l) => l.trimEnd());
  if (actual.trim() === "") lines.length = 0;
  const memo = new Map<number, boolean>();
  let furthest = 0;
  const go = (i: number, j: number): boolean => {
    const key = i * (lines.length + 1) + j;
    const hit = memo.get(key);
    if (hit !== undefined) return hit;
    furthest = Math.max(furthest, i);
    let r: boolean;
    const p = pats[i];
    if (!p) r = j === lines.length;
    else if (p.any) r = go(i + 1, j) || (j < lines.length && go(i, j + 1));
    else r = j < lines.length && p.re.test(lines[j]!) && go(i + 1, j + 1);
    memo.set(key, r);
    return r;
  };
  if (go(0, 0)) return { ok: true };
  const mismatch = expected[furthest];
  return mismatch ? { ok: false, mismatch: { line: mismatch.line, text: mismatch.text } } : { ok: false, extra: "the command printed more lines than the README shows" };
}
