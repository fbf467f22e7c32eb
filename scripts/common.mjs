// What the scripts (bench, soak) share: where the project and its command are, their options, a
// check that the project is built, and a replayable random number generator.
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

export const root = join(dirname(fileURLToPath(import.meta.url)), "..");
export const bin = join(root, "bin", "news");

const args = process.argv.slice(2);

/** Answers `--help` (or `-h`) with the script's own header comment, its usage, and exits: a script
 *  asked for help should neither run for minutes nor fail on an option it does not know. */
export function helpOnRequest(scriptUrl) {
  if (!args.includes("--help") && !args.includes("-h")) return;
  const header = [];
  for (const line of readFileSync(fileURLToPath(scriptUrl), "utf8").split("\n")) {
    if (line.startsWith("#!")) continue;
    if (!line.startsWith("//")) break;
    header.push(line.replace(/^\/\/ ?/, ""));
  }
  process.stdout.write(`${header.join("\n")}\n`);
  process.exit(0);
}
/** The value after `--name`, or the fallback. */
export const opt = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : fallback;
};
/** Whether `--name` was given. */
export const flag = (name) => args.includes(`--${name}`);

/** Exits with a one-line reason when dist/ has not been built; else loads the library. */
export async function library(script) {
  if (!existsSync(join(root, "dist", "index.js"))) {
    console.error(`${script}: dist/ is missing; run npm run build first`);
    process.exit(1);
  }
  return import(join(root, "dist", "index.js"));
}

/** A small deterministic random number generator (mulberry32), so runs can be replayed. */
export function rng(seed) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
