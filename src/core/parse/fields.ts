// The fields the parser fills and the ranks that order competing values for one field: lower wins.
export type Field = "title" | "date" | "place" | "section" | "author" | "source" | "summary";
export type Offer = (field: Field, value: string | null | undefined, rank: number, line: number | null, rule: string) => void;

// Ranks for dates (preference order): metadata, dateline, published/posted, updated.
export const RANK_META = 0;
export const RANK_DATELINE = 1;
export const RANK_PUBLISHED = 2;
// "First published on …" beside another date (the version's, "Fri 17 Mar 2023 03.25 GMT") names the
// story's own.
export const RANK_FIRST_PUBLISHED = 1.5;
export const RANK_UPDATED = 3;
// A page's known structure (a wiki's title over its language switcher) beats what shapes suggest.
export const RANK_STRUCTURE = -0.5;
