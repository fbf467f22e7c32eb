// `news mcp` end to end, as an assistant's client sees it: the official SDK's Client over stdio,
// spawning bin/news mcp against an archive of the sample articles.
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StdioClientTransport } from "@modelcontextprotocol/sdk/client/stdio.js";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import { archiveAt, describeArchive as describe, onPostgres } from "../helpers/backend.js";
import { assertBuilt, baseEnv, BIN, fails, HOME, news, ok } from "../helpers/cli.js";
import { ROOT, tempDir } from "../helpers/fixtures.js";

type Rec = Record<string, unknown>;
const tmp = tempDir("news-e2e-mcp-");
let db = join(tmp.path, "news.db");
let client: Client;
let stderr = "";

function env(): Record<string, string> {
  return Object.fromEntries(Object.entries(baseEnv(HOME)).filter((e): e is [string, string] => e[1] !== undefined));
}

async function call(name: string, args: Rec): Promise<{ isError: boolean; text: string }> {
  const r = (await client.callTool({ name, arguments: args })) as { isError?: boolean; content: Array<{ type: string; text: string }> };
  expect(r.content[0]!.type).toBe("text");
  return { isError: r.isError === true, text: r.content[0]!.text };
}
const data = async <T = Rec>(name: string, args: Rec) => {
  const r = await call(name, args);
  expect(r.isError, r.text).toBe(false);
  return JSON.parse(r.text) as T;
};

/** What the archive holds before the server runs: the file's bytes, or on PostgreSQL every article as listed. */
let before: Buffer | string;
const snapshot = async () => (onPostgres ? ok(await news(["--db", db, "list", "--articles", "--json", "--limit", "0"])).stdout : readFileSync(db));

beforeAll(async () => {
  assertBuilt();
  db = await archiveAt(db);
  ok(await news(["--db", db, "ingest", join(ROOT, "archive"), "-q"]));
  before = await snapshot();
  const transport = new StdioClientTransport({ command: process.execPath, args: [BIN, "--db", db, "mcp"], env: env(), stderr: "pipe" });
  transport.stderr?.on("data", (d: Buffer) => (stderr += d.toString("utf8")));
  client = new Client({ name: "news-test", version: "1.0.0" });
  await client.connect(transport);
}, 60_000);

afterAll(async () => {
  await client?.close();
  tmp.cleanup();
});

describe("news mcp", () => {
  it("offers search, show, list, timeline and top, each read-only", async () => {
    const { tools } = await client.listTools();
    expect(tools.map((t) => t.name)).toEqual(["search", "show", "list", "timeline", "top"]);
    for (const t of tools) {
      expect(t.description!.length).toBeGreaterThan(40);
      expect(t.annotations?.readOnlyHint).toBe(true);
    }
    const search = tools.find((t) => t.name === "search")!;
    expect(Object.keys(search.inputSchema.properties ?? {})).toEqual(expect.arrayContaining(["query", "since", "until", "section", "source", "place", "tag", "limit", "sort"]));
    expect(search.inputSchema.required).toEqual(["query"]);
  });

  it("search finds articles: id, title, date, source and a snippet with the match marked", async () => {
    const { hits } = await data<{ hits: Rec[] }>("search", { query: "Venezuela" });
    expect(hits.length).toBeGreaterThan(0);
    expect(hits[0]).toMatchObject({ title: "Venezuela and Argentina Sign Heavy Crude Barter Deal", date: "2018-03-21" });
    for (const h of hits) {
      expect(Object.keys(h)).toEqual(expect.arrayContaining(["id", "title", "date", "source", "snippet", "score"]));
      expect(h).not.toHaveProperty("body");
    }
    expect(hits[0]!.snippet).toMatch(/\[Venezuela\]/);
  });

  it("search takes filters and a limit", async () => {
    const all = await data<{ hits: Rec[] }>("search", { query: "the", limit: 100 });
    const some = await data<{ hits: Rec[] }>("search", { query: "the", limit: 2 });
    expect(some.hits).toHaveLength(2);
    const since = await data<{ hits: Rec[] }>("search", { query: "the", since: "2020", limit: 100 });
    expect(since.hits.length).toBeGreaterThan(0);
    expect(since.hits.length).toBeLessThan(all.hits.length);
    for (const h of since.hits) expect((h.date as string) >= "2020").toBe(true);
  });

  it("show gives the article in full, by id or hash prefix", async () => {
    const { hits } = await data<{ hits: Rec[] }>("search", { query: "Venezuela Argentina" });
    const byId = await data("show", { ref: hits[0]!.id });
    expect(byId).toMatchObject({ id: hits[0]!.id, title: hits[0]!.title, place: "Caracas" });
    expect(byId.body as string).toMatch(/Venezuela agreed/);
    const byHash = await data("show", { ref: (byId.hash as string).slice(0, 8) });
    expect(byHash.id).toBe(byId.id);
  });

  it("timeline and top count as the commands do", async () => {
    const cli = JSON.parse((await news(["--db", db, "timeline", "--by", "year", "--json"])).stdout) as Rec[];
    const t = await data<{ by: string; periods: Rec[]; undated: number }>("timeline", { by: "year" });
    expect(t.by).toBe("year");
    expect(t.periods).toEqual(cli);
    expect(t.undated).toBeGreaterThan(0);
    const topCli = JSON.parse((await news(["--db", db, "top", "language", "--json"])).stdout) as Rec[];
    const top = await data<{ field: string; values: Rec[] }>("top", { field: "language" });
    expect(top.values).toEqual(topCli);
    expect(top.values[0]).toEqual({ value: "en", count: expect.any(Number) });
    const bad = await call("top", { field: "colour" });
    expect(bad.isError).toBe(true);
  });

  it("list gives the newest articles first, filtered", async () => {
    const { articles } = await data<{ articles: Rec[] }>("list", { limit: 5 });
    expect(articles).toHaveLength(5);
    const dates = articles.map((a) => a.date as string);
    expect([...dates].sort().reverse()).toEqual(dates);
    const { articles: culture } = await data<{ articles: Rec[] }>("list", { section: "culture" });
    expect(culture.length).toBeGreaterThan(0);
    for (const a of culture) expect(a.section).toBe("Culture");
  });

  it("a wrong id or a bad date is an error the assistant can read, and the server goes on", async () => {
    const missing = await call("show", { ref: 99999 });
    expect(missing).toMatchObject({ isError: true });
    expect(missing.text).toMatch(/no article with id 99999/);
    const bad = await call("search", { query: "oil", since: "last week" });
    expect(bad.isError).toBe(true);
    expect(bad.text).toMatch(/since/);
    const invalid = (await client.callTool({ name: "search", arguments: { query: "oil", limit: "many" } })) as { isError?: boolean };
    expect(invalid.isError).toBe(true);
    expect((await data<{ hits: Rec[] }>("search", { query: "oil" })).hits.length).toBeGreaterThan(0);
  });

  it("never writes to the archive, and says nothing on stderr", async () => {
    expect(await snapshot()).toEqual(before);
    expect(stderr).toBe("");
  });
});

describe("news mcp without an archive", () => {
  it("says so in one line and exits 1, before speaking any protocol", async () => {
    fails(await news(["--db", join(tmp.path, "none.db"), "mcp"]), 1, /no archive at/);
  });

  it("ends with status 0 when the client closes its input", async () => {
    const r = ok(await news(["--db", db, "mcp"], { input: "" }));
    expect(r.stdout).toBe("");
  });
});
