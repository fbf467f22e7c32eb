// A synchronous PostgreSQL connection. The archive's code is synchronous (better-sqlite3), so a
// PostgreSQL archive runs the `pg` driver in a worker thread and waits for each answer on a shared
// flag (Atomics.wait), the way synckit does. The wait is per query or per batch of statements, never
// per row: ingest sends its writes in batches (archive.ts).
import { MessageChannel, receiveMessageOnPort, Worker } from "node:worker_threads";

export interface PgResult {
  rows: Array<Record<string, unknown>>;
  rowCount: number;
}

export class PgError extends Error {
  constructor(
    message: string,
    /** SQLSTATE (`23505` unique violation, `25006` read-only transaction…) or a socket error code. */
    readonly code: string | null,
  ) {
    super(message);
  }
}

/** How long one batch may take before the connection is given up (a server that stopped answering). */
const TIMEOUT_MS = 10 * 60_000;
/** Answers of posted requests kept for `answer`, at most (SyncClient.post). */
const MAX_POSTED = 10_000;

type Answer = { ok: true; results: PgResult[] } | { ok: false; message: string; code: string | null };

/** How long the connection thread may take to start. */
const START_MS = 20_000;

/** The compiled worker beside this module; run from the TypeScript sources (tests), the one in dist/. */
function workerUrl(): URL {
  const here = new URL("./worker.js", import.meta.url);
  if (!import.meta.url.endsWith(".ts")) return here;
  return new URL(here.href.replace("/src/core/", "/dist/core/"));
}

/**
 * The URL with `sslmode` read as libpq reads it (`require`: encrypted, the certificate not checked),
 * which the pg driver does only when asked (it would otherwise check the certificate as
 * `verify-full` does, and warn on every connection).
 */
export function libpqCompatible(url: string): string {
  if (!/[?&]sslmode=/i.test(url) || /[?&]uselibpqcompat=/i.test(url)) return url;
  return `${url}&uselibpqcompat=true`;
}

export class SyncClient {
  private readonly worker: Worker;
  private readonly port;
  /** [0]: the number of the last request answered; [1]: the thread has started. */
  private readonly flag = new Int32Array(new SharedArrayBuffer(8));
  /** The number of the last request sent. */
  private sent = 0;
  private started = false;
  private closed = false;

  constructor(url: string) {
    const { port1, port2 } = new MessageChannel();
    this.port = port1;
    this.worker = new Worker(workerUrl(), { workerData: { url: libpqCompatible(url), flag: this.flag } });
    this.worker.postMessage({ port: port2 }, [port2]);
    this.worker.unref();
  }

  /** Runs the statements in order on the connection and returns each one's rows. A rollback does
   *  not fail for a posted request's error: it is what undoes it. */
  batch(statements: Array<{ sql: string; params?: unknown[] }>): PgResult[] {
    this.start();
    const n = this.send(statements);
    const message = this.await(n, TIMEOUT_MS);
    if (!message) throw new PgError("the PostgreSQL server did not answer for 10 minutes", "timeout");
    if (/^\s*ROLLBACK\b/i.test(statements.at(-1)?.sql ?? "")) this.failed = null;
    return this.resultsOf(message);
  }

  /**
   * Sends statements without waiting for their answer, so that this thread goes on while the
   * server runs them; returns the request's number, for `answer`. Every later request waits for it
   * too (the thread answers in order), and if it failed, the later one fails with its error.
   */
  post(statements: Array<{ sql: string; params?: unknown[] }>): number {
    this.start();
    const n = this.send(statements);
    this.posted.set(n, null);
    // Answers nobody asked for are not kept for ever (a write's count is read soon or never).
    if (this.posted.size > MAX_POSTED) for (const k of this.posted.keys()) if (this.posted.size > MAX_POSTED / 2) this.posted.delete(k);
    return n;
  }

  /** The rows of each statement of a posted request, waiting for them if need be. */
  answer(n: number): PgResult[] {
    let message = this.posted.get(n);
    if (message === undefined) throw new PgError("the answer to that request is no longer kept", null);
    if (message === null) {
      message = this.await(n, TIMEOUT_MS) ?? null;
      if (!message) throw new PgError("the PostgreSQL server did not answer for 10 minutes", "timeout");
    }
    this.posted.delete(n);
    return this.resultsOf(message);
  }

  /** Answers to posted requests by number, null until they come (see post). */
  private readonly posted = new Map<number, Answer | null>();
  /** The first error of a posted request that the next answer given must throw. */
  private failed: PgError | null = null;

  private start(): void {
    if (this.closed) throw new PgError("the PostgreSQL connection is closed", null);
    if (this.started) return;
    // A thread that cannot start (its file missing) would never answer: wait for it a while only.
    if (Atomics.wait(this.flag, 1, 0, START_MS) === "timed-out" && Atomics.load(this.flag, 1) === 0) {
      throw new PgError("the PostgreSQL connection thread did not start", "thread");
    }
    this.started = true;
  }

  private send(statements: Array<{ sql: string; params?: unknown[] }>): number {
    const n = ++this.sent;
    this.port.postMessage({ n, statements: statements.map((s) => ({ sql: s.sql, params: s.params ?? [] })) });
    return n;
  }

  /** An answer's rows, or its error: a posted request's that failed before it comes first. */
  private resultsOf(message: Answer): PgResult[] {
    const failed = this.failed;
    this.failed = null;
    if (failed) throw failed;
    if (!message.ok) throw new PgError(message.message, message.code);
    // A Buffer crosses the thread boundary as a plain Uint8Array: give bytea values their Buffer back.
    for (const r of message.results) {
      for (const row of r.rows) {
        for (const k in row) {
          const v = row[k];
          if (v instanceof Uint8Array) row[k] = Buffer.from(v.buffer, v.byteOffset, v.byteLength);
        }
      }
    }
    return message.results;
  }

  /** Sends a request (not a batch) and waits for its answer; undefined: none in `ms`. */
  private request(body: object, ms: number): unknown {
    const n = ++this.sent;
    this.port.postMessage({ n, ...body });
    return this.await(n, ms);
  }

  /**
   * Waits for the answer to request n: the flag holds the number of the last request answered.
   * The thread sets it, then wakes this one; a wake-up can come late, for an answer this thread had
   * already seen set before it waited, and arrive while it waits for the next: so it waits until the
   * flag reaches n, not merely until woken. Answers before n are kept for `answer` if posted, their
   * first error for the next answer given, and dropped otherwise (requests given up on).
   * Undefined: no answer in `ms`.
   */
  private await(n: number, ms: number): Answer | undefined {
    const deadline = performance.now() + ms;
    for (let seen = Atomics.load(this.flag, 0); seen < n; seen = Atomics.load(this.flag, 0)) {
      const left = deadline - performance.now();
      if (left <= 0) return undefined;
      Atomics.wait(this.flag, 0, seen, left);
    }
    const kept = this.posted.get(n);
    if (kept) return kept;
    for (;;) {
      const received = receiveMessageOnPort(this.port)?.message as (Answer & { n: number }) | undefined;
      if (!received) throw new PgError("the PostgreSQL connection thread stopped", null);
      if (received.n === n) return received;
      if (this.posted.has(received.n)) {
        this.posted.set(received.n, received);
        if (!received.ok) this.failed ??= new PgError(received.message, received.code);
      }
    }
  }

  query(sql: string, params: unknown[] = []): PgResult {
    return this.batch([{ sql, params }])[0]!;
  }

  close(): void {
    if (this.closed) return;
    try {
      this.batch([]);
      this.request({ close: true }, 5000);
    } catch {
      // closing a broken connection
    } finally {
      this.closed = true;
      this.port.close();
      void this.worker.terminate();
    }
  }
}
