// The archive for AI assistants: a read-only Model Context Protocol server over stdio, another front
// end beside src/cli over the same core. Each tool is one small function that registers itself;
// adding a tool (timeline, top) is one more function in TOOLS.
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import type { CallToolResult } from "@modelcontextprotocol/sdk/types.js";
import { z } from "zod";
import type { Archive } from "../core/archive/archive.js";
import { NewsError } from "../core/errors.js";
import { list } from "../core/read.js";
import { search } from "../core/search.js";
import { PERIOD_UNITS } from "../core/periods.js";
import { timeline, top } from "../core/timeline.js";
import { TOP_FIELD_NAMES } from "../core/top-fields.js";
import type { Article, Filters } from "../core/types.js";
import { articleRecord, markMatches } from "../format/records.js";

/** What every tool gets: the archive, open read-only for the server's life. */
export interface ToolContext {
  archive: Archive;
}

/** Registers one tool on the server. */
export type ToolRegistration = (server: McpServer, ctx: ToolContext) => void;

/** Hits and rows an assistant is sent at most, so one answer never floods its context. */
export const MAX_LIMIT = 100;

/** The filters of `list`, `search` and `export`, as tool parameters. */
export const filterShape = {
  since: z.string().optional().describe("only articles dated on or after: 2017, 2017-02 or 2017-02-06"),
  until: z.string().optional().describe("only articles dated on or before (inclusive), same forms"),
  section: z.string().optional().describe("only this section (exact, case-insensitive)"),
  source: z.string().optional().describe("only this source (exact, case-insensitive)"),
  place: z.string().optional().describe("only this dateline place; London also finds 'LONDON, England'"),
  tag: z.string().optional().describe("only articles with this tag"),
  language: z.string().optional().describe("only articles in this language (ISO 639-1 code: en, ru, zh, ...)"),
  offset: z.number().int().min(0).optional().describe("skip this many results (paging)"),
};

type FilterArgs = { [K in keyof typeof filterShape]?: z.infer<(typeof filterShape)[K]> };

export function filtersFrom(args: FilterArgs & { limit?: number }, defaultLimit: number): Filters {
  const f: Filters = { limit: Math.min(args.limit ?? defaultLimit, MAX_LIMIT) };
  for (const k of ["since", "until", "section", "source", "place", "tag", "language"] as const) if (args[k]) f[k] = args[k];
  if (args.offset !== undefined) f.offset = args.offset;
  return f;
}

/** A tool's answer: its JSON as text (what every client shows), or the one-line error a CLI user would see. */
export function answer(produce: () => unknown): CallToolResult {
  try {
    return { content: [{ type: "text", text: JSON.stringify(produce(), null, 2) }] };
  } catch (err) {
    if (err instanceof NewsError) return { isError: true, content: [{ type: "text", text: err.message }] };
    throw err;
  }
}

/** A list row as an assistant needs it: what identifies and places the article, no internals. */
function row(a: Article): Record<string, unknown> {
  return { id: a.id, title: a.title, date: a.date, source: a.source, section: a.section, place: a.place, author: a.author, tags: a.tags, words: a.words };
}

const READ_ONLY = { readOnlyHint: true, destructiveHint: false, idempotentHint: true, openWorldHint: false } as const;

export const searchTool: ToolRegistration = (server, { archive }) =>
  server.registerTool(
    "search",
    {
      title: "Search the news archive",
      description:
        "Full-text search of the news archive, best match first. Words are all required (with partial matches when no article has every word); " +
        'supports "exact phrases", OR, -exclude, prefix*, and field terms title:, author:, section:, place:, source:, tag:. ' +
        "Returns hits with id, title, date, source and a snippet (matches in [brackets]); pass an id to `show` for the full text.",
      inputSchema: {
        query: z.string().describe("what to look for, e.g. 'Venezuela oil' or 'title:election -local'"),
        ...filterShape,
        sort: z.enum(["rank", "date"]).optional().describe("rank (best first, the default) or date (newest first)"),
        limit: z.number().int().min(1).max(MAX_LIMIT).optional().describe("at most this many hits (default 10)"),
      },
      annotations: READ_ONLY,
    },
    (args) =>
      answer(() => {
        const result = search(archive, args.query, { ...filtersFrom(args, 10), sort: args.sort ?? "rank" });
        return {
          hits: result.hits.map((h) => ({ ...row(h), score: Math.round(h.score * 1e6) / 1e6, snippet: markMatches(h.snippet) })),
          ...(result.partial
            ? { note: result.everyWord ? `only ${result.everyWord === 1 ? "1 article has" : `${result.everyWord} articles have`} every word; ranked with the best partial matches` : "no article has every word: these are the best partial matches" }
            : {}),
          ...(result.note ? { note: result.note } : {}),
        };
      }),
  );

export const showTool: ToolRegistration = (server, { archive }) =>
  server.registerTool(
    "show",
    {
      title: "Read one article",
      description: "One article in full: headline, date, place, section, author, source, tags, summary and body. `ref` is its id (from search or list) or 6+ hex digits of its hash.",
      inputSchema: { ref: z.union([z.number().int(), z.string()]).describe("the article's id, or a unique prefix of its hash") },
      annotations: READ_ONLY,
    },
    (args) =>
      answer(() => {
        const id = archive.resolve(String(args.ref));
        return articleRecord(archive.get(id)!);
      }),
  );

export const listTool: ToolRegistration = (server, { archive }) =>
  server.registerTool(
    "list",
    {
      title: "List articles",
      description: "Articles of the news archive, newest first (undated last), optionally filtered by date range, section, source, place or tag.",
      inputSchema: { ...filterShape, limit: z.number().int().min(1).max(MAX_LIMIT).optional().describe("at most this many (default 20)") },
      annotations: READ_ONLY,
    },
    (args) => answer(() => ({ articles: list(archive, filtersFrom(args, 20)).map(row) })),
  );

/** The filters without paging: timeline and top count every match. */
const { offset: _offset, ...countFilterShape } = filterShape;

export const timelineTool: ToolRegistration = (server, { archive }) =>
  server.registerTool(
    "timeline",
    {
      title: "Coverage over time",
      description:
        "How many articles match a query per day, week, month or year (every period from the first match to the last), " +
        "with `total` (every dated article of that period) and `ratio` = count/total, so attention compares across periods. " +
        "An empty query counts every article.",
      inputSchema: {
        query: z.string().optional().describe("what to count, in the syntax of `search` (matched strictly); empty: every article"),
        by: z.enum(PERIOD_UNITS).optional().describe("the period; chosen from the span of the dates when not given"),
        ...countFilterShape,
      },
      annotations: READ_ONLY,
    },
    (args) =>
      answer(() => {
        const { query, by, ...rest } = args;
        const t = timeline(archive, query ?? "", { ...filtersFrom(rest, 0), limit: undefined, ...(by ? { by } : {}) });
        return { by: t.by, periods: t.points, undated: t.undated, ...(t.note ? { note: t.note } : {}) };
      }),
  );

export const topTool: ToolRegistration = (server, { archive }) =>
  server.registerTool(
    "top",
    {
      title: "Most frequent values",
      description: `The most frequent ${TOP_FIELD_NAMES.join(", ")} among the articles matching a query, with counts.`,
      inputSchema: {
        field: z.enum(TOP_FIELD_NAMES as [string, ...string[]]).describe("what to count"),
        query: z.string().optional().describe("which articles, in the syntax of `search`; empty: every article"),
        ...countFilterShape,
        limit: z.number().int().min(1).max(MAX_LIMIT).optional().describe("at most this many values (default 20)"),
      },
      annotations: READ_ONLY,
    },
    (args) =>
      answer(() => {
        const { field, query, limit, ...rest } = args;
        const t = top(archive, field, query ?? "", { ...filtersFrom(rest, 0), limit: Math.min(limit ?? 20, MAX_LIMIT) });
        return { field: t.field, values: t.values, distinct: t.distinct, without: t.without, ...(t.note ? { note: t.note } : {}) };
      }),
  );

/** Every tool the server offers, in the order clients list them. */
export const TOOLS: ToolRegistration[] = [searchTool, showTool, listTool, timelineTool, topTool];

export function createServer(ctx: ToolContext, version: string, tools: ToolRegistration[] = TOOLS): McpServer {
  const server = new McpServer(
    { name: "news", version },
    { instructions: "A local archive of news articles. Use `search` to find articles, `list` to browse by date and filters, and `show` with an id to read one in full." },
  );
  for (const register of tools) register(server, ctx);
  return server;
}

/** Serves until the client closes standard input. */
export async function serveStdio(ctx: ToolContext, version: string): Promise<void> {
  const server = createServer(ctx, version);
  const transport = new StdioServerTransport();
  let done = () => {};
  const closed = new Promise<void>((resolve) => (done = resolve));
  process.stdin.once("end", done);
  process.stdin.once("close", done);
  await server.connect(transport);
  server.server.onclose = done;
  await closed;
  await server.close();
}
