// The thread that talks to PostgreSQL for sync-client.ts. It holds one `pg` connection and runs each
// batch of statements it is sent in order, then wakes the caller, which waits on a shared flag.
import pg from "pg";
import { parentPort, workerData, type MessagePort } from "node:worker_threads";

interface Request {
  /** The request's number, which the answer sets the flag to (sync-client.ts). */
  n: number;
  close?: true;
  statements: Array<{ sql: string; params: unknown[] }>;
}

const { url, flag } = workerData as { url: string; flag: Int32Array };
// A server that accepts the connection and never answers is given up after half a minute.
const client = new pg.Client({ connectionString: url, application_name: "news", connectionTimeoutMillis: 30_000 });
// Integers are counts and ids here; int8 comes back as a string by default.
pg.types.setTypeParser(20, (v) => Number(v));
pg.types.setTypeParser(1700, (v) => Number(v));

let port: MessagePort;
let running: Promise<void> = Promise.resolve();
let connected: Promise<unknown> | null = null;

function reply(n: number, message: object): void {
  port.postMessage({ n, ...message });
  Atomics.store(flag, 0, n);
  Atomics.notify(flag, 0);
}

async function run(request: Request): Promise<void> {
  try {
    connected ??= client.connect();
    await connected;
    const results = [];
    for (const s of request.statements) {
      // Several statements in one text (no parameters) answer with one result each: keep the last.
      const answer = (await client.query(s.sql, s.params)) as pg.QueryResult | pg.QueryResult[];
      const r = Array.isArray(answer) ? answer[answer.length - 1]! : answer;
      results.push({ rows: r.rows, rowCount: r.rowCount ?? 0 });
    }
    reply(request.n, { ok: true, results });
  } catch (err) {
    const e = err as Error & { code?: string; detail?: string; position?: string };
    reply(request.n, { ok: false, message: e.message, code: e.code ?? (e as { errno?: string }).errno ?? null, detail: e.detail ?? null });
  }
}

// Started: the caller waits for this before its first batch (sync-client.ts).
Atomics.store(flag, 1, 1);
Atomics.notify(flag, 1);

parentPort!.once("message", (message: { port: MessagePort }) => {
  port = message.port;
  port.on("message", (request: Request) => {
    if (request.close) {
      running = running.then(() => client.end().finally(() => reply(request.n, { ok: true, results: [] })));
      return;
    }
    // One request after another, in the order sent: a caller may send several before it waits.
    running = running.then(() => run(request));
  });
});
client.on("error", () => {
  // A dropped connection shows as the next query's error.
});
