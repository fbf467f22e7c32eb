// node --import ./scripts/story-cost-skip.mjs bin/news ingest …: the same ingest with story
// detection skipped, for scripts/story-cost.mjs to compare against. It changes nothing in the
// project: a module hook (story-cost-hooks.mjs) edits two calls out of dist/ as it is loaded, in
// this process and in its parser threads (which run this --import again).
import { register } from "node:module";

register("./story-cost-hooks.mjs", import.meta.url);
