// The entry point, and the one place that turns errors into exit statuses (CONTRACT.md):
// 0 success, 1 runtime failure, 2 usage error. Output is flushed by ending normally, never by exit().
import { readFileSync } from "node:fs";
import { setFlagsFromString } from "node:v8";
import { maskUrl } from "../core/archive/location.js";
import { visible } from "../format/text.js";
import { settleOutput, watchOutput } from "./io.js";

function verbose(argv: string[]): boolean {
  return argv.includes("--verbose");
}

/** One line: "news: <what went wrong>; <what to do>". Paths and text in it are shown, never run. */
function report(message: string): void {
  process.stderr.write(`news: ${visible(message.split("\n")[0]!)}\n`);
}

/**
 * A password given in a URL (`--db postgres://me:secret@host/news`) is masked in what `ps` shows:
 * Node rewrites the process's own argument memory when its title is set. (Until this line runs,
 * a few milliseconds after start, the password is there; `~/.pgpass` keeps it off the command line.)
 */
function hidePasswords(argv: string[]): void {
  if (!argv.some((a) => /:\/\/[^/@\s]*:[^/@\s]*@|[?&]password=/i.test(a))) return;
  process.title = argv.map((a) => maskUrl(a)).join(" ");
}

// V8 lets its heap grow by up to four times what survives a collection before it collects again,
// so a long ingest's memory was mostly garbage not yet collected: 863-890 MB at its peak for 100,000
// files, of which 50-70 MB live on the main thread. Growing by half at most (a process-wide flag V8
// reads at each collection, so the parser threads started later follow it too) kept the peak at
// 534-540 MB, at no measurable cost in CPU time. A short reading command collects more often for it
// while it loads (5 ms of a search's 300, a diff's 240, a stats's 208: medians of 21 interleaved
// runs), so it is set only for the commands that may run long over many articles.
const QUICK_COMMANDS = new Set(["search", "list", "show", "stats", "timeline", "top", "diff", "rm", "completion"]);

function tuneV8(command: string): void {
  if (!QUICK_COMMANDS.has(command)) setFlagsFromString("--heap-growing-percent=50");
  if (PARSING_COMMANDS.has(command)) setFlagsFromString("--no-regexp-tier-up");
}

// V8 runs a regular expression first in its bytecode interpreter and compiles it to machine code
// once it is used again; the parser's hundreds of patterns ran 15-20% faster compiled from their first
// use (3,000 scale-corpus files parsed in one process: 1.22-1.26 ms a file against 1.44-1.51, runs
// in turn), and an ingest of 10,000 took 6% less CPU time. A command that parses few or no texts
// would only compile patterns it runs once.
const PARSING_COMMANDS = new Set(["ingest", "import", "reparse"]);

async function main(argv: string[]): Promise<number> {
  hidePasswords(argv);
  // From the first byte on, an error writing stdout is kept and reported, never thrown as a crash.
  watchOutput(process.stdout);
  // Nothing can be said where stderr itself cannot be written: its errors are not a crash either.
  process.stderr.on("error", () => {});
  const code = await run(argv);
  // Everything written must have reached its file: a full disk under `> file` is a failure.
  const failure = await settleOutput(process.stdout);
  if (failure && code === 0) {
    report(failure.message);
    return 1;
  }
  return code;
}

async function run(argv: string[]): Promise<number> {
  // `news --version` answers before loading the command line parser: start-up time is felt.
  if (argv.length === 3 && (argv[2] === "--version" || argv[2] === "-V")) {
    const pkg = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as { version: string };
    process.stdout.write(`${pkg.version}\n`);
    return 0;
  }
  const { CommanderError } = await import("commander");
  const { buildProgram } = await import("./program.js");
  const program = buildProgram();
  program.hook("preAction", (_program, command) => tuneV8(command.name()));
  program.exitOverride();
  program.configureOutput({
    // Commander's own usage errors, reshaped to our one-line form.
    outputError: (str) => {
      const line = str.replace(/^error:\s*/i, "").replace(/\s+$/, "").split("\n").join(" ");
      report(`${line}; see 'news --help'`);
    },
  });
  for (const cmd of program.commands) {
    cmd.exitOverride();
    cmd.configureOutput({
      outputError: (str) => {
        const line = str.replace(/^error:\s*/i, "").replace(/\s+$/, "").split("\n").join(" ");
        report(`${line}; see 'news ${cmd.name()} --help'`);
      },
    });
  }
  try {
    await program.parseAsync(argv);
    return (process.exitCode as number | undefined) ?? 0;
  } catch (err) {
    if (err instanceof CommanderError) {
      if (err.code === "commander.helpDisplayed" || err.code === "commander.version" || err.code === "commander.help") return 0;
      if (err.code === "commander.executeSubCommandAsync") return 1;
      return 2;
    }
    const { NewsError } = await import("../core/errors.js");
    if (err instanceof NewsError) {
      report(err.message);
      if (verbose(argv) && err.stack) process.stderr.write(`${err.stack}\n`);
      return err.exitCode;
    }
    // A full or read-only disk the command did not expect still gets its one line.
    const errPath = (err as { path?: unknown } | null)?.path;
    const { asFault } = await import("../core/errors.js");
    const fault = typeof errPath === "string" ? asFault(err, errPath) : err;
    if (fault instanceof NewsError) {
      report(fault.message);
      return 1;
    }
    const message = err instanceof Error ? err.message : String(err);
    report(`${message}${verbose(argv) ? "" : " (run with --verbose for details)"}`);
    if (verbose(argv) && err instanceof Error && err.stack) process.stderr.write(`${err.stack}\n`);
    return 1;
  }
}

main(process.argv).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    report(err instanceof Error ? err.message : String(err));
    process.exitCode = 1;
  },
);
