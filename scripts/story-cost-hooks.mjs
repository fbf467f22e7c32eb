// Module hook for story-cost-skip.mjs: loads dist/core/analyse.js without the story signature (the
// parser thread's part of story detection) and dist/core/ingest.js without filing articles under
// stories (the writer's part). Fails loudly when the code it edits has changed shape.
const EDITS = [
  ["/dist/core/analyse.js", /storySignature\(parsed\.body, prepared\.text, true\)/, "{ signature: null, bands: null, shingles: 0 }"],
  ["/dist/core/ingest.js", /archive\.stories\.add\(id, parsed\.body, text, story\);/, ""],
];

export async function load(url, context, nextLoad) {
  const result = await nextLoad(url, context);
  for (const [suffix, pattern, replacement] of EDITS) {
    if (!url.endsWith(suffix)) continue;
    const source = String(result.source);
    if (!pattern.test(source)) throw new Error(`story-cost: ${suffix} no longer has ${pattern}; update scripts/story-cost-hooks.mjs`);
    if (process.env.STORY_COST_DEBUG) process.stderr.write(`story-cost: edited ${suffix}\n`);
    return { ...result, source: source.replace(pattern, replacement) };
  }
  return result;
}
