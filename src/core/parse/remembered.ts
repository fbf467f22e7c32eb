// Answers about one line, remembered across lines and articles. A site prints the same furniture on
// every page (its menus, labels, share bars, stamps' words), and a person's archive holds many pages
// of few sites: of the short lines of the web-scrape corpus, and of the bench's generated corpus,
// more than half are lines an earlier file already had. The tests behind these answers run hundreds
// of patterns over a line (isBoilerplate: 7-35 µs a short line), so a line met before costs a lookup.

/** Lines remembered at most, by each function: at about a hundred characters a line, a megabyte or two. */
const LIMIT = 10_000;

/**
 * `fn`, remembering its answer for lines of up to `maxLength` characters (longer ones are a story's
 * paragraphs, which no other page repeats). `fn` must be a pure function of the line, and what it
 * returns is handed to every caller that asks of the same line: a caller must not change it.
 * Forgets everything when full, which costs less than keeping an order of use.
 */
export function remembered<T>(fn: (line: string) => T, maxLength = 200): (line: string) => T {
  const memo = new Map<string, T>();
  return (line: string): T => {
    if (line.length > maxLength) return fn(line);
    const known = memo.get(line);
    if (known !== undefined || memo.has(line)) return known as T;
    if (memo.size >= LIMIT) memo.clear();
    const answer = fn(line);
    memo.set(line, answer);
    return answer;
  };
}
