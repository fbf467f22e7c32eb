// The fields `news top` counts, as data: how to read each one's value from an article (SQL over
// the articles table, alias `a`) and how values are grouped, so that the count shown for a value is
// the number of articles its filter finds (`news list --place <value> --limit 0`). Adding a field
// is one entry here. Kept free of imports: the command line reads the names at start-up.

export interface TopField {
  /** SQL for the field's value in one article; null when it has none. */
  value: string;
  /** A table-valued join giving one row per value, for a list column (tags), aliased `j`. */
  each?: string;
  /** Group by the part before the first comma (a dateline place: `LONDON, England` is `LONDON`). */
  beforeComma?: boolean;
  /** The columns read are all in the narrow articles_filters index (id, date, section, source, place, tags). */
  indexed: boolean;
  /** How values are grouped: `nocase` as SQLite's NOCASE and LIKE compare (ASCII letters), `exact` as written. */
  fold: "nocase" | "exact";
  /** What a count equals, for --help and the README. */
  equals: string;
  /** The column of the archive's column cache (archive/columns.ts) that holds the value, if one does. */
  column?: "date" | "place" | "section" | "source" | "language";
}

/** One column compared case-insensitively, as `--section`/`--source` filter it. */
const column = (name: "section" | "source" | "author", indexed: boolean, equals: string): TopField => ({
  value: `a.${name}`, indexed, fold: "nocase", equals, ...(name !== "author" ? { column: name } : {}),
});

export const TOP_FIELDS = {
  // `--place London` finds "London" and "LONDON, England": a place is grouped by its part before the first comma.
  place: {
    value: "a.place",
    beforeComma: true,
    indexed: true,
    column: "place",
    fold: "nocase",
    equals: "news list --place <value> --limit 0",
  },
  source: column("source", true, "news list --source <value> --limit 0"),
  section: column("section", true, "news list --section <value> --limit 0"),
  author: column("author", false, "the articles whose byline is exactly <value>, in any case"),
  tag: { value: "j.value", each: "json_each(a.tags) j", indexed: true, fold: "nocase", equals: "news list --tag <value> --limit 0" },
  language: { value: "a.language", indexed: true, fold: "exact", equals: "news list --language <value> --limit 0", column: "language" },
  year: { value: "substr(a.date, 1, 4)", indexed: true, fold: "exact", equals: "news list --since <value> --until <value> --limit 0", column: "date" },
} satisfies Record<string, TopField>;

export type TopFieldName = keyof typeof TOP_FIELDS;

export const TOP_FIELD_NAMES = Object.keys(TOP_FIELDS) as TopFieldName[];

/** Lower-cases ASCII letters only, as SQLite's NOCASE collation and LIKE do. */
export const asciiLower = (s: string) => s.replace(/[A-Z]+/g, (c) => c.toLowerCase());
