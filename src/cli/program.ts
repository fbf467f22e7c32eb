// The command line: every command, its options and examples. Command bodies are imported only when
// their command runs, so `news --version` and `news --help` never load SQLite.
import { Argument, Command, Option } from "commander";
import { readFileSync } from "node:fs";
import { archiveLocation } from "../core/archive/location.js";
import { PERIOD_UNITS } from "../core/periods.js";
import { TOP_FIELD_NAMES } from "../core/top-fields.js";
import { addFilterOptions, addOutputOptions, byteSize, collect, positiveNumber, wholeNumber } from "./flags.js";

export function version(): string {
  const pkg = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as { version: string };
  return pkg.version;
}

function examples(lines: string[]): string {
  return `\nExamples:\n${lines.map((l) => `  $ ${l}`).join("\n")}\n`;
}

/** How writers share an archive, said in --help (see src/core/archive/lock.ts). */
const WRITERS_WAIT = `
Writing: one process writes to an archive at a time. A command that writes (ingest, rm, reparse,
check --repair) waits up to 30 s for another one to finish, saying so on a terminal after a second,
and then gives up with exit status 1. NEWS_LOCK_TIMEOUT=<seconds> sets how long it waits.
`;

type Action = (cmd: Command, args: unknown[]) => Promise<void>;

/** Runs a command module's `run(args, opts, globals)` after importing it. */
function lazy(load: () => Promise<{ run: (args: unknown[], opts: Record<string, unknown>, globals: Record<string, unknown>) => Promise<void> }>): Action {
  return async (cmd, args) => {
    const mod = await load();
    await mod.run(args, cmd.opts(), cmd.optsWithGlobals());
  };
}

export function buildProgram(): Command {
  const program = new Command();
  program
    .name("news")
    .description("A local, searchable archive of plain-text news articles.")
    .version(version(), "-V, --version", "print the version")
    .option("--db <path>", "archive file or postgres:// URL (default: $NEWS_DB, else $XDG_DATA_HOME/news/news.db)", (v: string) => archiveLocation(v))
    .option("--no-color", "never colour the output")
    .option("-q, --quiet", "no progress or summaries on stderr")
    .option("--verbose", "more detail on stderr, stack traces for errors")
    .helpOption("-h, --help", "show help")
    .showSuggestionAfterError(true)
    .addHelpText(
      "after",
      examples([
        "news ingest ~/scrapes/",
        'news search "Venezuela oil"',
        "news show 42",
        "news list --since 2017 --json | jq '.[].title'",
        'news export --format ndjson "Lavrov" > lavrov.ndjson',
      ]) + WRITERS_WAIT,
    );

  const on = (cmd: Command, action: Action) => cmd.action(async (...all: unknown[]) => action(all[all.length - 1] as Command, all.slice(0, -2)));

  on(
    program
      .command("ingest")
      .description("add plain-text articles from files, folders (recursive), quoted globs, or - (standard input)")
      .argument("<path...>", "files, folders, glob patterns, or -")
      .option("--source <name>", "set the source of every article")
      .option("--section <name>", "set the section of every article")
      .option("--tag <tag>", "tag every article (repeatable)", collect, [])
      .option("--dry-run", "parse and report without writing")
      .option("--max-size <size>", "skip files larger than this (default 16M)", byteSize)
      .option("--force", "read every file, even those whose size and time say they are unchanged")
      .option("--jobs <n>", "parser threads (default: none for up to 1,000 files, else one fewer than the cores, at least 1; 0 parses on the main thread)", wholeNumber("--jobs"))
      .option("--json", "print the ingest report as JSON on stdout")
      .option("--watch", "then keep running: ingest files as they appear or change, until Ctrl-C or SIGTERM")
      .option("--settle <ms>", "with --watch: take a file once its size has not changed for this long (default 1000)", wholeNumber("--settle"))
      .addHelpText(
        "after",
        examples([
          "news ingest archive/",
          "news ingest '~/scrapes/**/*.txt' --tag scrape",
          "curl -s https://example.org/story.txt | news ingest - --source Example",
          "news ingest --dry-run --json notes/ | jq .added",
          "news ingest --watch ~/scrapes/ ~/inbox/",
        ]) +
          "\nWith --watch, news first ingests the paths as usual, then keeps running and ingests files (not\n" +
          "patterns, not -) as they appear or change, in batches, with one line per batch on stderr. A file\n" +
          "still being written is taken once it has stopped growing for --settle ms. A watched folder that is\n" +
          "removed and created again is watched again. Deleting a file does NOT remove its article (use\n" +
          "news rm). Ctrl-C or SIGTERM finishes the batch being written and exits 0; a second one stops at once.\n" +
          WRITERS_WAIT,
      ),
    lazy(() => import("./commands/ingest.js")),
  );

  on(
    program
      .command("import")
      .description("add articles from JSON or NDJSON records: news export, trafilatura, news-please")
      .argument("<file...>", "JSON or NDJSON files, or - (standard input)")
      .option("--source <name>", "set the source of every article")
      .option("--section <name>", "set the section of every article")
      .option("--tag <tag>", "tag every article (repeatable)", collect, [])
      .option("--json", "print the import report as JSON on stdout")
      .addHelpText(
        "after",
        examples([
          "news export --format ndjson > all.ndjson && news --db other.db import all.ndjson",
          "trafilatura --json -u https://example.org/story | news import -",
          "news import news-please/*.json --tag crawl",
        ]) +
          "\nA record's fields are kept as given; what it lacks (a date, a place) is read from its text.\n" +
          "Records from news export come back exactly (same hash, fields and body). A bad record (not\n" +
          "JSON, no text) is reported with its line and skipped; any failed record makes the exit status 1.\n",
      ),
    lazy(() => import("./commands/import.js")),
  );

  on(
    addOutputOptions(
      addFilterOptions(program.command("list").description("list articles, newest first, one row per story")).option("--articles", "every article, not one row per story"),
    ).addHelpText(
      "after",
      examples([
        "news list",
        "news list --since 2017 --until 2017-06 --section International",
        "news list --json | jq '.[].title'",
        "news list --articles --format csv --limit 0 > articles.csv",
      ]),
    ),
    lazy(() => import("./commands/list.js")),
  );

  on(
    addOutputOptions(
      addFilterOptions(
        program
          .command("search")
          .description("full-text search, best match first, one hit per story, with a snippet per hit")
          .argument("<query...>", "words, \"phrases\", OR, -exclude, prefix*, title:/author:/section:/place:/source:/tag: terms")
          .addOption(new Option("--sort <order>", "rank (best first) or date (newest first)").choices(["rank", "date"]).default("rank"))
          .option("--count", "print only the number of matching articles")
          .option("--articles", "every matching article, not one hit per story")
          .option("--strict", "every word as typed: no partial matches when few articles have them all, no typo correction")
          .option("--raw", "pass the query to SQLite FTS5 as written (expert syntax)"),
      ),
    ).addHelpText(
      "after",
      examples([
        'news search "Venezuela oil"',
        'news search \'"oil deal" Argentina\'',
        "news search 'title:election -local' --since 2019",
        "news search 'Rodriguez OR Lavrov' --sort date --limit 5",
        "news search --count sanctions",
        "news search --articles Yukos",
        "news search Россия --language ru",
      ]) + "\nQuery syntax: see the README (\"Searching\").\n",
    ),
    lazy(() => import("./commands/search.js")),
  );

  on(
    program
      .command("show")
      .description("one article in full")
      .argument("<ref>", "its id, or a unique prefix (6+ hex digits) of its hash")
      .option("--json", "print the article as JSON")
      .addOption(new Option("--format <format>", "output format").choices(["text", "json", "markdown"]))
      .option("--explain", "say where every field came from (line and rule)")
      .option("--original", "print the original text the article was parsed from")
      .option("--versions", "list the versions of its text (earlier texts of a file that changed), oldest first")
      .addHelpText(
        "after",
        examples(["news show 42", "news show 3fa9c1 --explain", "news show 42 --json | jq .body", "news show 42 --json | jq .storyArticles", "news show 42 --versions"]),
      ),
    lazy(() => import("./commands/show.js")),
  );

  on(
    program
      .command("diff")
      .description("word-level diff: an article's previous version against its current one, or two articles")
      .argument("<ref>", "an article (id or hash prefix)")
      .argument("[ref2]", "a second article to compare the first with")
      .option("--from <n>", "the older version (default: the one before --to)", positiveNumber("--from"))
      .option("--to <n>", "the newer version (default: the current one)", positiveNumber("--to"))
      .option("--json", 'print {"from", "to", "changes": [{"op", "text"}]}')
      .addHelpText(
        "after",
        examples(["news diff 42", "news diff 42 --from 1 --to 2", "news diff 42 57", "news diff 42 --json | jq '.changes[] | select(.op != \"equal\")'"]) +
          "\nWithout colour, deletions are written [-like this-] and insertions {+like this+}, as git diff --word-diff=plain does.\n" +
          "Texts more than about 400 words and punctuation marks apart are compared paragraph by paragraph first, and\n" +
          "word by word within changed paragraphs; a paragraph that is mostly new is shown deleted and inserted whole.\n",
      ),
    lazy(() => import("./commands/diff.js")),
  );

  on(
    addFilterOptions(
      program
        .command("export")
        .description("many articles in full, for other tools or another archive (streams)")
        .argument("[query...]", "only articles matching this search (all when omitted)")
        .addOption(new Option("--format <format>", "output format").choices(["json", "ndjson", "csv", "markdown", "txt"]).default("ndjson"))
        .option("--out <path>", "write to this file, or one file per article into this folder (ends with /, or exists)"),
    ).addHelpText(
      "after",
      examples([
        'news export --format ndjson "Lavrov" > lavrov.ndjson',
        "news export --format json --since 2017 --out 2017.json",
        "news export --format markdown --section International --out by-article/",
      ]),
    ),
    lazy(() => import("./commands/export.js")),
  );

  on(
    addOutputOptions(program.command("stats").description("what the archive holds: counts by section, source, year; the date range"), ["table", "json"]).addHelpText(
      "after",
      examples(["news stats", "news stats --json | jq .byYear"]),
    ),
    lazy(() => import("./commands/stats.js")),
  );

  on(
    addOutputOptions(
      addFilterOptions(
        program
          .command("timeline")
          .description("how many articles match, per day, week, month or year, as a bar chart")
          .argument("[query...]", "a search, as `news search --strict` reads it (every article when omitted)")
          .addOption(new Option("--by <period>", "count per day, week (ISO), month or year (default: fits the span of the matches)").choices([...PERIOD_UNITS]))
          .option("--ratio", "chart the share of each period's articles that match, not the count"),
        false,
      ),
    ).addHelpText(
      "after",
      examples([
        "news timeline Venezuela",
        "news timeline 'oil OR gas' --by month --since 2017 --until 2018",
        "news timeline election --ratio",
        "news timeline --section Sport --by week --json | jq '.[] | select(.count > 0)'",
        "news timeline sanctions --format csv > sanctions.csv",
      ]) +
        "\nEvery period from the first match to the last gets a row, empty ones included (from --since\n" +
        "and to --until when given). Periods are written 2017, 2017-02, 2017-W06 (ISO week) and\n" +
        "2017-02-06; each can be given to --since and --until to list its articles. `total` is every\n" +
        "dated article of the period, matching or not, and `ratio` is count / total. Undated matches\n" +
        "are not counted; stderr says how many. Bars are Unicode eighth blocks, or # where the locale\n" +
        "(LC_ALL, LC_CTYPE, LANG) does not say UTF-8 or TERM is linux or dumb.\n",
    ),
    lazy(() => import("./commands/timeline.js")),
  );

  on(
    addOutputOptions(
      addFilterOptions(
        program
          .command("top")
          .description("the most frequent places, sources, sections, authors, tags or years among matching articles")
          .addArgument(new Argument("<field>", "what to count").choices(TOP_FIELD_NAMES))
          .argument("[query...]", "a search, as `news search --strict` reads it (every article when omitted)"),
      ),
    ).addHelpText(
      "after",
      examples([
        "news top place",
        "news top source Venezuela",
        "news top tag --since 2017 --limit 5",
        "news top year 'oil OR gas'",
        "news top place --json | jq -r '.[0].value'",
      ]) +
        "\nValues are grouped the way their filter finds them, so a count is what\n" +
        "`news list --place <value> --limit 0` lists (likewise --source, --section, --tag; a year is\n" +
        "--since <year> --until <year>): places by their part before a comma (London holds\n" +
        "LONDON, England), and case is ignored. --limit defaults to 20; 0 shows every value.\n",
    ),
    lazy(() => import("./commands/top.js")),
  );

  on(
    program
      .command("rm")
      .description("remove articles from the archive and its index, with their earlier versions")
      .argument("<ref...>", "ids or hash prefixes (6+ hex digits)")
      .option("--json", "print the removed articles as JSON")
      .addHelpText("after", examples(["news rm 42", "news rm 42 43 3fa9c1"])),
    lazy(() => import("./commands/rm.js")),
  );

  on(
    addFilterOptions(
      program
        .command("reparse")
        .description("run the current parser over the stored originals, updating fields and index in place")
        .option("--dry-run", "report what would change without writing")
        .option("--json", "print the report as JSON"),
    ).addHelpText("after", examples(["news reparse", "news reparse --dry-run --since 2017", "news reparse --json | jq .fields"])),
    lazy(() => import("./commands/reparse.js")),
  );

  on(
    program
      .command("check")
      .description("check the archive's integrity: database, full-text index, file links, originals")
      .option("--repair", "rebuild the full-text index and file links from the stored articles")
      .option("--json", "print the report as JSON")
      .addHelpText("after", examples(["news check", "news check --repair"])),
    lazy(() => import("./commands/check.js")),
  );

  on(
    program
      .command("copy")
      .description("copy the whole archive to another archive file, keeping ids; run again after an interruption to finish")
      .argument("<target>", "the new archive's file path (SQLite)")
      .option("--force", "replace an existing target file once the copy is complete, and discard a partial copy of another archive")
      .option("--json", "print the copy report as JSON")
      .addHelpText(
        "after",
        examples(["news copy ~/backup/news.db", "news --db ~/laptop.db copy /mnt/shared/news.db", "news copy ~/backup/news.db --force   # replace last week's copy"]) +
          "\nRows go into <target>.partial first, which becomes <target> only when complete. Killed,\ninterrupted or stopped by a full disk, run the same command again: it goes on where it stopped.\n",
      ),
    lazy(() => import("./commands/copy.js")),
  );

  on(
    program
      .command("mcp")
      .description("serve the archive to AI assistants: a read-only Model Context Protocol server on stdin/stdout")
      .addHelpText(
        "after",
        examples(["news mcp", "news --db ~/news/archive.db mcp"]) +
          "\nTools: search (query, filters, limit), show (id or hash prefix), list (filters, limit).\n" +
          "It never writes to the archive. Clients start it themselves; a configuration for Claude Desktop\n" +
          'and other clients (an "mcpServers" entry) is in the README ("news mcp").\n',
      ),
    lazy(() => import("./commands/mcp.js")),
  );

  on(
    program
      .command("completion")
      .description("print a shell completion script (commands, flags and their values)")
      .addArgument(new Argument("<shell>", "bash, zsh or fish").choices(["bash", "zsh", "fish"]))
      .addHelpText(
        "after",
        examples([
          "source <(news completion bash)            # bash, now",
          "news completion bash > ~/.local/share/bash-completion/completions/news",
          'news completion zsh > "${fpath[1]}/_news"  # zsh, then start a new shell',
          "news completion fish > ~/.config/fish/completions/news.fish",
        ]),
      ),
    lazy(() => import("./commands/completion.js")),
  );

  return program;
}
