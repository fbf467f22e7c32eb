// news mcp: the archive as a read-only Model Context Protocol server on stdin/stdout. The SDK is
// loaded here, when this command runs, so no other command pays for it at start-up.
import { version } from "../program.js";
import { makeContext, openForReading } from "../context.js";

export async function run(_args: unknown[], _opts: Record<string, unknown>, globals: Record<string, unknown>): Promise<void> {
  const ctx = await makeContext(globals);
  // Opened first: a missing or unusable archive is a one-line error and exit 1, before any protocol.
  const archive = openForReading(ctx);
  try {
    const { serveStdio } = await import("../../mcp/server.js");
    await serveStdio({ archive }, version());
  } finally {
    archive.close();
  }
}
