// news completion bash|zsh|fish
import { completionScript, type Shell } from "../completion.js";
import { makeContext } from "../context.js";

export async function run(args: unknown[], _opts: Record<string, unknown>, globals: Record<string, unknown>): Promise<void> {
  const ctx = await makeContext(globals);
  // The program as this version of news builds it: the script completes exactly what exists.
  const { buildProgram } = await import("../program.js");
  await ctx.out.write(completionScript(buildProgram(), args[0] as Shell));
}
