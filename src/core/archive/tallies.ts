// Running counts of what the archive holds (articles, words, and articles per section, source,
// year, language, place, author and tag), kept by triggers as articles are added, changed and
// removed, so that `news stats`, and `news top` over the whole archive, read a few thousand rows
// instead of every article: at 100,000 articles stats' groupings took half a second of scanning,
// and ten times that at a million.
import { isPostgres, type SqlDatabase as Database } from "./sql.js";

/** Stands for "none" (a NULL section, an undated year) in a tally's key, which cannot be NULL. */
export const NONE = "\u0000";

/** The tallied fields and the SQL for each one's value in an article row (`r`). */
const FIELDS: ReadonlyArray<[string, string]> = [
  ["section", "r.section"],
  ["source", "r.source"],
  ["year", "substr(r.date, 1, 4)"],
  ["language", "r.language"],
  ["place", "r.place"],
  ["author", "r.author"],
];

/** The fields `news top` may count from the tallies when it counts the whole archive. */
export const TALLIED = new Set(FIELDS.map(([field]) => field));

/** Tags as json_each reads them, an unreadable list being none. */
const TAGS = (r: string) => `json_each(CASE WHEN json_valid(${r}.tags) THEN ${r}.tags ELSE '[]' END)`;

/** Statements adding `sign` (1 or -1) times the article in row `r` (NEW or OLD) to the tallies. */
function tallyStatements(r: "NEW" | "OLD", sign: 1 | -1): string {
  const rows = [`('articles', '', ${sign})`, `('words', '', ${sign} * coalesce(${r}.words, 0))`,
    ...FIELDS.map(([field, value]) => `('${field}', coalesce(${value.replaceAll("r.", `${r}.`)}, char(0)), ${sign})`)];
  return `
    INSERT INTO tallies (field, value, n) VALUES ${rows.join(", ")}
      ON CONFLICT (field, value) DO UPDATE SET n = n + excluded.n;
    INSERT INTO tallies (field, value, n) SELECT 'tag', j.value, ${sign} FROM ${TAGS(r)} j WHERE j.type = 'text'
      ON CONFLICT (field, value) DO UPDATE SET n = n + excluded.n;`;
}

const DROP_EMPTY = "DELETE FROM tallies WHERE n = 0 AND field NOT IN ('articles', 'words');";

export const TALLIES_SQL = `
  CREATE TABLE tallies (
    field TEXT NOT NULL,     -- articles, words, section, source, year, language, place, author, tag
    value TEXT NOT NULL,     -- the value as stored; char(0) for none; '' for articles and words
    n     INTEGER NOT NULL,  -- articles with it (words: the sum of their words)
    PRIMARY KEY (field, value)
  ) WITHOUT ROWID;
  CREATE TRIGGER tallies_ai AFTER INSERT ON articles BEGIN ${tallyStatements("NEW", 1)}
  END;
  CREATE TRIGGER tallies_ad AFTER DELETE ON articles BEGIN ${tallyStatements("OLD", -1)}
    ${DROP_EMPTY}
  END;
  CREATE TRIGGER tallies_au AFTER UPDATE OF section, source, date, language, place, author, tags, words ON articles BEGIN ${tallyStatements("OLD", -1)}
    ${tallyStatements("NEW", 1)}
    ${DROP_EMPTY}
  END;`;

/** The tallies counted afresh from the articles, as rows of the table. */
const RECOUNT = `
  SELECT 'articles' AS field, '' AS value, count(*) AS n FROM articles
  UNION ALL SELECT 'words', '', coalesce(sum(words), 0) FROM articles
  ${FIELDS.map(([field, value]) => `UNION ALL SELECT '${field}', coalesce(${value.replaceAll("r.", "a.")}, char(0)), count(*) FROM articles a GROUP BY 2`).join("\n  ")}
  UNION ALL SELECT 'tag', j.value, count(*) FROM articles a, ${TAGS("a")} j WHERE j.type = 'text' GROUP BY 2`;

/** Counts the tallies afresh (after a migration, or to repair them). */
export function rebuildTallies(db: Database): void {
  db.exec(`DELETE FROM tallies; INSERT INTO tallies (field, value, n) ${RECOUNT};`);
}

/** How many tallies differ from a fresh count (0: they are right). */
export function talliesOff(db: Database): number {
  const row = db.prepare(`SELECT count(*) AS off FROM (
      SELECT field, value, n FROM (${RECOUNT}) EXCEPT SELECT field, value, n FROM tallies
      UNION ALL
      SELECT field, value, n FROM tallies EXCEPT SELECT field, value, n FROM (${RECOUNT}))`).get() as { off: number };
  return row.off;
}

export interface Tally {
  value: string | null;
  n: number;
}

/** One field's tallies, none as null. PostgreSQL keeps none (a row every writer updates would make
 *  concurrent ingests wait for each other): it counts them when asked. */
export function tallies(db: Database, field: string): Tally[] {
  if (isPostgres(db)) {
    const value = FIELDS.find(([f]) => f === field)?.[1].replaceAll("r.", "a.");
    const sql = value
      ? `SELECT ${value} AS value, count(*) AS n FROM articles a GROUP BY 1`
      : "SELECT j.value AS value, count(*) AS n FROM articles a, json_each(a.tags) j GROUP BY 1";
    return db.prepare(sql).all() as Tally[];
  }
  return (db.prepare("SELECT value, n FROM tallies WHERE field = ? AND n > 0").all(field) as Array<{ value: string; n: number }>)
    .map((r) => ({ value: r.value === NONE ? null : r.value, n: r.n }));
}

/** A whole-archive total: 'articles' or 'words'. */
export function total(db: Database, field: "articles" | "words"): number {
  if (isPostgres(db)) return db.prepare(`SELECT ${field === "articles" ? "count(*)" : "coalesce(sum(words), 0)"} FROM articles`).pluck().get() as number;
  return (db.prepare("SELECT n FROM tallies WHERE field = ? AND value = ''").get(field) as { n: number } | undefined)?.n ?? 0;
}
