// RFC 4180 CSV, safe to open in a spreadsheet. Following OWASP's advice on CSV injection, a text
// cell that starts with =, +, -, @, tab or carriage return gets a leading apostrophe, so a
// spreadsheet shows it as text instead of running it as a formula.

const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  let s = Array.isArray(value) ? value.join(";") : typeof value === "object" ? JSON.stringify(value) : String(value);
  if (FORMULA_START.test(s)) s = `'${s}`;
  return /[",\n\r]/.test(s) || s !== s.trim() ? `"${s.replace(/"/g, '""')}"` : s;
}

export function csvRow(values: unknown[]): string {
  return `${values.map(csvCell).join(",")}\r\n`;
}

/** The header and rows of a list of records, columns taken from the first record's keys. */
export function csvTable(records: Array<Record<string, unknown>>, columns?: string[]): string {
  const cols = columns ?? Object.keys(records[0] ?? {});
  return csvRow(cols) + records.map((r) => csvRow(cols.map((c) => r[c]))).join("");
}
