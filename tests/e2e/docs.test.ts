// Every command and option is documented, and every command the contract promises exists.
//
// - Each command that `news --help` lists is named in README.md as `news <command>`.
// - Each option of `news --help` appears in the README; each option of `news <command> --help`
//   appears in that command's own section (the one whose heading names `news <command>`) or in the
//   README's general text (outside every command's section: the global options, "Filters and
//   output", …), never only in another command's section. The long form is looked for when there
//   is one (`--quiet` for `-q, --quiet`).
// - Each command in the tables of ../shared/CONTRACT.md exists in `news --help`, with the options the
//   table's first column gives it (`news ingest --watch <paths...>`: `ingest` has `--watch`), and
//   each option a row starts with (`--language <code>`) exists on at least one command. When
//   CONTRACT.md is not there (a clone outside the project's workspace), that test is skipped and
//   says so in its name.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { assertBuilt, news, ok } from "../helpers/cli.js";
import { ROOT } from "../helpers/fixtures.js";

const README = readFileSync(join(ROOT, "README.md"), "utf8");
const CONTRACT = join(ROOT, "..", "shared", "CONTRACT.md");

interface Help {
  commands: string[];
  /** Long form where there is one, else the short form. */
  options: string[];
}

/** The commands and options of a commander help text. */
function parseHelp(text: string): Help {
  const section = (name: string): string[] => {
    const lines = text.split("\n");
    const start = lines.findIndex((l) => l === `${name}:`);
    if (start < 0) return [];
    const out: string[] = [];
    for (const l of lines.slice(start + 1)) {
      if (!l.trim()) break;
      out.push(l);
    }
    return out;
  };
  const commands = section("Commands")
    .map((l) => /^ {2}([a-z][\w-]*)/.exec(l)?.[1])
    .filter((c): c is string => c !== undefined && c !== "help");
  const options = section("Options")
    .map((l) => /^ {2}(?:(-\w)(?:, |$| ))?(--[\w-]+)?/.exec(l))
    .filter((m): m is RegExpExecArray => m !== null && (m[1] !== undefined || m[2] !== undefined))
    .map((m) => m[2] ?? m[1]!);
  return { commands, options };
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
/** `--limit` but not `--limit-foo`; `news list` but not `news listing`. */
const mentions = (text: string, word: string) => new RegExp(`(?<![\\w-])${escape(word)}(?![\\w-])`).test(text);

interface Section {
  /** The commands its heading names (`### \`news diff\` and \`news show --versions\``: diff, show). */
  commands: string[];
  text: string;
}

/** The README's sections about one command: a heading naming `news <command>`, to the next heading as high. */
function commandSections(markdown: string): { sections: Section[]; general: string } {
  const lines = markdown.split("\n");
  const sections: Section[] = [];
  const general: string[] = [];
  let current: { commands: string[]; level: number; lines: string[] } | null = null;
  let fence = false;
  for (const line of lines) {
    if (/^ {0,3}(`{3,}|~{3,})/.test(line)) fence = !fence;
    const heading = fence ? null : /^(#{1,6})\s+(.*)$/.exec(line);
    if (heading) {
      const level = heading[1]!.length;
      if (current && level <= current.level) {
        sections.push({ commands: current.commands, text: current.lines.join("\n") });
        current = null;
      }
      const named = [...heading[2]!.matchAll(/`news ([a-z][\w-]*)/g)].map((m) => m[1]!);
      if (named.length && !current) current = { commands: named, level, lines: [] };
    }
    (current ? current.lines : general).push(line);
  }
  if (current) sections.push({ commands: current.commands, text: current.lines.join("\n") });
  return { sections, general: general.join("\n") };
}

let top: Help;
const perCommand = new Map<string, Help>();

beforeAll(async () => {
  assertBuilt();
  top = parseHelp(ok(await news(["--help"])).stdout);
  const helps = await Promise.all(top.commands.map((c) => news([c, "--help"])));
  top.commands.forEach((c, i) => perCommand.set(c, parseHelp(ok(helps[i]!).stdout)));
});

describe("news --help and README.md", () => {
  it("help is read as it is printed (commands and options found)", () => {
    expect(top.commands).toEqual(expect.arrayContaining(["ingest", "list", "search", "show", "export", "stats", "rm"]));
    expect(top.options).toEqual(expect.arrayContaining(["--version", "--db", "--no-color", "--quiet", "--verbose", "--help"]));
    expect(perCommand.get("search")!.options).toEqual(expect.arrayContaining(["--sort", "--limit", "--json", "--help"]));
  });

  it("every command is named in the README as `news <command>`", () => {
    const missing = top.commands.filter((c) => !mentions(README, `news ${c}`));
    expect(missing, `commands not in README.md: ${missing.join(", ")}`).toEqual([]);
  });

  it("every global option appears in the README", () => {
    const missing = top.options.filter((o) => !mentions(README, o));
    expect(missing, `global options not in README.md: ${missing.join(", ")}`).toEqual([]);
  });

  it("every command's options appear in its README section or in the general text", () => {
    const { sections, general } = commandSections(README);
    const missing: string[] = [];
    for (const [command, help] of perCommand) {
      const own = sections
        .filter((s) => s.commands.includes(command))
        .map((s) => s.text)
        .join("\n");
      for (const o of help.options) if (!mentions(own, o) && !mentions(general, o)) missing.push(`news ${command} ${o}`);
    }
    expect(missing, `options not documented in README.md (in the command's section or the general text):\n  ${missing.join("\n  ")}`).toEqual([]);
  });
});

interface Promise_ {
  row: string;
  command: string | null;
  options: string[];
}

/** What CONTRACT.md's tables promise: commands (`news x …` in a row's first cell) and options. */
function contractPromises(markdown: string): Promise_[] {
  const out: Promise_[] = [];
  for (const line of markdown.split("\n")) {
    const cells = /^\|(.*)\|\s*$/.exec(line)?.[1]?.split(/(?<!\\)\|/);
    const first = cells?.[0]?.trim();
    if (!first || /^-+$/.test(first)) continue;
    for (const [, code] of first.matchAll(/`([^`]+)`/g)) {
      const command = /^news ([a-z][\w-]*)/.exec(code!)?.[1] ?? null;
      const options = [...code!.matchAll(/(?<![\w-])(--[a-z][\w-]*)/g)].map((m) => m[1]!);
      if (command || (options.length && code!.startsWith("--"))) out.push({ row: first, command, options: command ? options : options.slice(0, 1) });
    }
  }
  return out;
}

describe("CONTRACT.md and news --help", () => {
  const have = existsSync(CONTRACT);
  it.skipIf(!have)("every command and option in CONTRACT.md's tables exists", () => {
    const promises = contractPromises(readFileSync(CONTRACT, "utf8"));
    expect(promises.filter((p) => p.command).length, "commands found in CONTRACT.md").toBeGreaterThanOrEqual(7);
    const missing: string[] = [];
    const everyOption = new Set([...top.options, ...[...perCommand.values()].flatMap((h) => h.options)]);
    for (const p of promises) {
      if (p.command) {
        const help = perCommand.get(p.command);
        if (!help) missing.push(`command \`news ${p.command}\` (${p.row})`);
        else for (const o of p.options) if (!help.options.includes(o) && !top.options.includes(o)) missing.push(`option \`news ${p.command} ${o}\` (${p.row})`);
      } else {
        for (const o of p.options) if (!everyOption.has(o)) missing.push(`option \`${o}\` on any command (${p.row})`);
      }
    }
    expect(missing, `promised by CONTRACT.md but missing from news --help:\n  ${missing.join("\n  ")}`).toEqual([]);
  });
  it.skipIf(have)(`CONTRACT.md is not at ${CONTRACT}: the contract's commands are not checked`, () => {});
});

// Every script the README tells people to run answers --help with its usage (its header comment)
// and exit 0, at once: it neither starts its minutes of work nor fails on an option it lacks.
describe("the README's scripts answer --help", () => {
  const scripts = [...new Set(README.match(/scripts\/[\w/-]+\.mjs/g) ?? [])].filter((f) => readFileSync(join(ROOT, f), "utf8").startsWith("#!"));
  it("names a dozen runnable scripts", () => expect(scripts.length).toBeGreaterThanOrEqual(12));
  it.each(scripts)("%s --help", (script) => {
    const run = spawnSync(process.execPath, [join(ROOT, script), "--help"], { encoding: "utf8", timeout: 30_000 });
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain(script.split("/").pop());
    expect(run.stderr).toBe("");
  });
});

describe("the docs checks themselves", () => {
  it("read commander's help, README sections and CONTRACT rows", () => {
    const help = `Usage: news [options] [command]\n\nOptions:\n  -V, --version   print\n  --db <path>     archive\n                  --not-an-option here\n  -x              short only\n\nCommands:\n  ingest [options] <path...>  add\n                               more words\n  help [command]  display help\n`;
    expect(parseHelp(help)).toEqual({ commands: ["ingest"], options: ["--version", "--db", "-x"] });
    const md = "intro --db\n## Commands\n### `news list`\nuse --limit\n```\n# not a heading\n```\n### `news diff` and `news show --versions`\n--from\n## Filters\n--since\n";
    const { sections, general } = commandSections(md);
    expect(sections.map((s) => s.commands)).toEqual([["list"], ["diff", "show"]]);
    expect(sections[0]!.text).toContain("# not a heading");
    expect(mentions(general, "--since") && mentions(general, "--db") && !mentions(general, "--limit")).toBe(true);
    expect(mentions("--limit-x", "--limit")).toBe(false);
    expect(contractPromises("| command | does |\n| --- | --- |\n| `news ingest --watch <paths...>` | x |\n| `news import <file\\|->` | y |\n| `--language <code>` | z |\n")).toEqual([
      { row: "`news ingest --watch <paths...>`", command: "ingest", options: ["--watch"] },
      { row: "`news import <file\\|->`", command: "import", options: [] },
      { row: "`--language <code>`", command: null, options: ["--language"] },
    ]);
  });
});
