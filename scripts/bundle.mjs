#!/usr/bin/env node
// Bundles the command line for start-up: node scripts/bundle.mjs (run by `npm run build`, after tsc).
//
// The command line, as tsc leaves it, is some sixty ES modules that Node resolves, reads, compiles
// and links one by one at every start, and Node 20 keeps no compiled code between runs (its module
// compile cache is Node 22's). This writes:
//   dist/bundle/news.cjs        the command line and the small packages it starts with (commander,
//                               chalk, diff) in one CommonJS file; the others stay in node_modules
//   dist/bundle/news.cjs.<node version>-<arch>.cache
//                               V8's compiled code for it, made by running `news search` once, which
//                               bin/news hands to V8 so that it need not compile again
//   dist/bundle/parse-worker.js, worker.js
//                               the threads' entries, where the bundle looks for them
// bin/news runs the bundle only when a cache for the running Node is there and the bundle is no older
// than dist/cli/main.js (so a plain `tsc` is never shadowed by an old bundle); else it imports
// dist/cli/main.js as before. Without esbuild (an install without dev dependencies) it says so and
// writes nothing: the command line then starts as it did.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { helpOnRequest, root } from "./common.mjs";

helpOnRequest(import.meta.url);

/** Packages bundled in: what every command loads before its first line of output. */
const BUNDLED = new Set(["commander", "chalk", "diff"]);

let esbuild;
try {
  esbuild = await import("esbuild");
} catch {
  console.error("bundle: esbuild is not installed (npm ci installs it); the command line runs unbundled");
  process.exit(0);
}

const out = join(root, "dist", "bundle");
rmSync(out, { recursive: true, force: true });
const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));
const result = await esbuild.build({
  entryPoints: [join(root, "dist", "cli", "main.js")],
  outfile: join(out, "news.cjs"),
  bundle: true,
  platform: "node",
  format: "cjs",
  target: "node20",
  external: Object.keys(pkg.dependencies).filter((name) => !BUNDLED.has(name)),
  // import.meta is an ES module's; the bundle's modules find their files from the bundle's place,
  // which is as deep under the project as theirs (dist/cli/, dist/core/).
  define: { "import.meta.url": "__bundleUrl" },
  // (Strict, as the ES modules it is made of are: the directive must open the file, before the banner.)
  banner: { js: '"use strict";const __bundleUrl = require("node:url").pathToFileURL(__filename).href;' },
  charset: "ascii",
  // (No spaces nor comments, names kept for the stacks: half the size to read and hash.)
  minifyWhitespace: true,
  minifySyntax: true,
  logLevel: "silent",
});
// (An import.meta left untranslated would be undefined at run time: fail the build instead.)
const warnings = result.warnings.filter((w) => w.text.includes("import.meta"));
if (warnings.length > 0) {
  for (const w of warnings) console.error(`bundle: ${w.location?.file}:${w.location?.line}: ${w.text}`);
  process.exit(1);
}
// ASCII only: the bundle is read as UTF-8 at every start, and a file with any other character took
// 16-24 ms to decode where one of ASCII takes 5. esbuild escapes strings but leaves regular
// expressions as written; each UTF-16 unit left is written \uXXXX, which a string, a template and
// a regular expression (with the u flag or without: a pair of escaped surrogates is one character
// there) all read as the character itself. A character escaped by a backslash already would become a
// backslash and letters: refuse to build rather than change a pattern's meaning.
const bundled = join(out, "news.cjs");
const source = readFileSync(bundled, "utf8");
const escaped = source.replace(/[^\x00-\x7f]/gu, (ch, at) => {
  if (/(?:^|[^\\])(?:\\\\)*\\$/u.test(source.slice(Math.max(0, at - 16), at))) {
    console.error(`bundle: a non-ASCII character escaped by a backslash at ${at} of news.cjs: write it as \\u${ch.charCodeAt(0).toString(16).padStart(4, "0")} in the source`);
    process.exit(1);
  }
  return ch.split("").map((unit) => `\\u${unit.charCodeAt(0).toString(16).padStart(4, "0")}`).join("");
});
writeFileSync(bundled, escaped);

// The threads are started from files beside the module that starts them: give them entries there.
writeFileSync(join(out, "parse-worker.js"), 'import "../core/parse-worker.js";\n');
writeFileSync(join(out, "worker.js"), 'import "../core/archive/postgres/worker.js";\n');

// The code cache: `news search` on a small archive, run as users run it, bin/news writing what V8
// compiled on the way out. The same flags as any later run, or V8 would refuse it.
const work = mkdtempSync(join(tmpdir(), "news-bundle-"));
try {
  const db = join(work, "cache.db");
  const bin = join(root, "bin", "news");
  const story = "Harbour board votes to dredge old ferry channel\n\nThe harbour board voted on Tuesday to dredge the old ferry channel, and small boats will be back by October.\n";
  // (Without NODE_OPTIONS: V8 refuses a cache made under other flags, as a plain run's would be.)
  const { NODE_OPTIONS, ...plain } = process.env;
  const run = (args, env = {}) => spawnSync(process.execPath, [bin, "--db", db, ...args], { input: story, encoding: "utf8", env: { ...plain, ...env } });
  const ingested = run(["ingest", "-"]);
  const cache = join(out, `news.cjs.${process.version}-${process.arch}.cache`);
  const searched = run(["search", "harbour", "--json"], { NEWS_WRITE_CODE_CACHE: cache });
  if (ingested.status !== 0 || searched.status !== 0) {
    console.error(`bundle: the bundled command line failed: ${(ingested.stderr || searched.stderr).trim()}`);
    process.exit(1);
  }
  if (!existsSync(cache)) {
    unlinkSync(join(out, "news.cjs"));
    console.error("bundle: no code cache was written; the command line runs unbundled");
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
