// news diff <ref> [<ref2>] [--from N --to M]
import { diffArticles } from "../../core/stories/diff.js";
import { diffJson, diffText } from "../../format/diff.js";
import { makeContext, openForReading } from "../context.js";

export async function run(args: unknown[], opts: Record<string, unknown>, globals: Record<string, unknown>): Promise<void> {
  const ctx = await makeContext(globals);
  const archive = openForReading(ctx);
  try {
    const first = archive.resolve(String(args[0]));
    const second = typeof args[1] === "string" ? archive.resolve(args[1]) : null;
    const result = diffArticles(archive, first, second, {
      ...(typeof opts.from === "number" ? { from: opts.from } : {}),
      ...(typeof opts.to === "number" ? { to: opts.to } : {}),
    });
    await ctx.out.write(opts.json === true ? diffJson(result) : diffText(result, ctx.style));
  } finally {
    archive.close();
  }
}
