// `news completion bash|zsh|fish`: scripts generated from the commander program, so every command
// and flag is completed, with the values of flags and arguments that take a fixed set.
import { spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { Argument, Command, Option } from "commander";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bashScript, describeProgram, fishScript, zshScript } from "../../src/cli/completion.js";
import { buildProgram } from "../../src/cli/program.js";
import { assertBuilt, fails, news, ok } from "../helpers/cli.js";
import { tempDir } from "../helpers/fixtures.js";

const tmp = tempDir("news-e2e-completion-");
const has = (shell: string) => spawnSync(shell, ["-c", "exit 0"]).status === 0;
let bash = "";

beforeAll(async () => {
  assertBuilt();
  bash = join(tmp.path, "news.bash");
  writeFileSync(bash, ok(await news(["completion", "bash"])).stdout);
});
afterAll(() => tmp.cleanup());

/** What the bash script offers for a command line whose last word is being completed. */
function complete(script: string, ...words: string[]): string[] {
  const quoted = words.map((w) => `'${w.replace(/'/g, `'\\''`)}'`).join(" ");
  const r = spawnSync("bash", ["-c", `source '${script}'\nCOMP_WORDS=(${quoted}); COMP_CWORD=${words.length - 1}; _news_completion; printf '%s\\n' "\${COMPREPLY[@]}"`], {
    encoding: "utf8",
    cwd: tmp.path,
  });
  expect(r.status, r.stderr).toBe(0);
  expect(r.stderr).toBe("");
  return r.stdout.split("\n").filter(Boolean);
}

describe("bash", () => {
  it("completes `news se` to search", () => {
    expect(complete(bash, "news", "se")).toEqual(["search"]);
  });

  it("completes every command, after global flags too", () => {
    const names = buildProgram().commands.map((c) => c.name());
    expect(complete(bash, "news", "")).toEqual([...names, "help"]);
    expect(complete(bash, "news", "--db", "x.db", "s")).toEqual(["search", "show", "stats"]);
  });

  it("completes a command's flags, and the values of --format and --sort", () => {
    expect(complete(bash, "news", "search", "--so")).toEqual(["--sort", "--source"]);
    expect(complete(bash, "news", "search", "--format", "")).toEqual(["table", "json", "ndjson", "csv", "markdown"]);
    expect(complete(bash, "news", "search", "oil", "--sort", "")).toEqual(["rank", "date"]);
    expect(complete(bash, "news", "export", "--format", "n")).toEqual(["ndjson"]);
    expect(complete(bash, "news", "completion", "")).toEqual(["bash", "zsh", "fish"]);
    // A free value (a number) offers nothing, not the command's flags.
    expect(complete(bash, "news", "list", "--limit", "")).toEqual([]);
  });

  it("completes file names where a command takes paths", () => {
    writeFileSync(join(tmp.path, "story-one.txt"), "x");
    expect(complete(bash, "news", "ingest", "story-")).toEqual(["story-one.txt"]);
    expect(complete(bash, "news", "--db", "story-")).toEqual(["story-one.txt"]);
  });

  it("an unknown shell is a usage error", async () => {
    fails(await news(["completion", "tcsh"]), 2, /bash, zsh, fish/);
  });
});

describe("generated from the program", () => {
  // A program with the commands issue 14 adds: their fields and periods are completed at merge.
  const program = new Command("news");
  program.command("top").argument("<field>").argument("[query...]").addOption(new Option("--format <f>").choices(["table", "json"]));
  program.command("timeline").option("--by <period>", "day, week, month or year");
  program.command("fields").addArgument(new Argument("<which>").choices(["a", "b"]));

  it("takes values from commander's choices, and knows top's fields and --by's periods", () => {
    const p = describeProgram(program);
    expect(p.commands.find((c) => c.name === "top")!.firstArg).toEqual(["place", "source", "section", "author", "tag", "language", "year"]);
    expect(p.commands.find((c) => c.name === "fields")!.firstArg).toEqual(["a", "b"]);
    expect(p.commands.find((c) => c.name === "timeline")!.options.find((o) => o.long === "--by")!.choices).toEqual(["day", "week", "month", "year"]);
    const script = join(tmp.path, "other.bash");
    writeFileSync(script, bashScript(program));
    expect(complete(script, "news", "top", "s")).toEqual(["source", "section"]);
    expect(complete(script, "news", "timeline", "--by", "")).toEqual(["day", "week", "month", "year"]);
  });

  it("every command of news is in every script", () => {
    const p = buildProgram();
    for (const script of [bashScript(p), zshScript(p), fishScript(p)]) {
      for (const c of p.commands) expect(script).toContain(c.name());
    }
  });
});

describe.skipIf(!has("fish"))("fish", () => {
  it("completes commands and values (fish's own `complete -C`)", async () => {
    const script = join(tmp.path, "news.fish");
    writeFileSync(script, ok(await news(["completion", "fish"])).stdout);
    const r = spawnSync("fish", ["-c", `source '${script}'; complete -C 'news se'; complete -C 'news search --format '`], { encoding: "utf8" });
    expect(r.stderr).toBe("");
    const names = r.stdout.split("\n").filter(Boolean).map((l) => l.split("\t")[0]);
    expect(names).toEqual(["search", "csv", "json", "markdown", "ndjson", "table"]);
  });
});

describe.skipIf(!has("zsh"))("zsh", () => {
  it("loads in zsh and registers its completion function", async () => {
    const script = join(tmp.path, "_news");
    writeFileSync(script, ok(await news(["completion", "zsh"])).stdout);
    const r = spawnSync("zsh", ["-f", "-c", `autoload -U compinit && compinit -u -d '${tmp.path}/zcompdump' && source '${script}' && print -r -- $_comps[news]`], { encoding: "utf8" });
    expect(r.stderr).toBe("");
    expect(r.stdout.trim()).toBe("_news");
  });
});
