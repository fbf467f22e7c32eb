// Text for terminals: article text is data, never instructions, and columns are measured in cells.

/**
 * Makes control characters visible instead of letting a terminal act on them: ESC becomes "␛",
 * other C0 controls their Control Pictures glyph, C1 controls "\u{..}". Tabs become spaces;
 * newlines are kept only when `keepNewlines`.
 */
export function visible(text: string, keepNewlines = false): string {
  return text.replace(/[\u0000-\u001f\u007f-\u009f]/g, (c) => {
    const code = c.charCodeAt(0);
    if (c === "\n") return keepNewlines ? "\n" : " ";
    if (c === "\t") return " ";
    if (code === 0x7f) return "␡";
    if (code < 0x20) return String.fromCharCode(0x2400 + code);
    return `\\u{${code.toString(16)}}`;
  });
}

function isWide(cp: number): boolean {
  return (
    (cp >= 0x1100 && cp <= 0x115f) ||
    (cp >= 0x2e80 && cp <= 0x303e) ||
    (cp >= 0x3041 && cp <= 0x33ff) ||
    (cp >= 0x3400 && cp <= 0x4dbf) ||
    (cp >= 0x4e00 && cp <= 0x9fff) ||
    (cp >= 0xa000 && cp <= 0xa4cf) ||
    (cp >= 0xac00 && cp <= 0xd7a3) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0xfe30 && cp <= 0xfe4f) ||
    (cp >= 0xff00 && cp <= 0xff60) ||
    (cp >= 0xffe0 && cp <= 0xffe6) ||
    (cp >= 0x1f300 && cp <= 0x1faff) ||
    (cp >= 0x20000 && cp <= 0x3fffd)
  );
}

// Marks, zero-width spaces and the snippet match markers take no cells.
const ZERO_WIDTH = /[\p{Mn}\p{Me}\u200b-\u200f\u2060\ufeff\ue000\ue001]/u;

/** The cells one character takes. (None of ZERO_WIDTH is below U+0300, the first combining mark:
 *  most characters skip the pattern, which was most of `news show`'s time in laying out a text.) */
function cellsOf(ch: string): number {
  const cp = ch.codePointAt(0)!;
  if (cp < 0x300) return 1;
  return ZERO_WIDTH.test(ch) ? 0 : isWide(cp) ? 2 : 1;
}

/** Terminal cells a string takes (no ANSI sequences expected). */
export function cellWidth(text: string): number {
  let w = 0;
  for (const ch of text) w += cellsOf(ch);
  return w;
}

/** Cuts a string to at most `width` cells, ending with "…" when cut. */
export function truncate(text: string, width: number): string {
  if (width <= 0) return "";
  if (cellWidth(text) <= width) return text;
  let out = "";
  let w = 0;
  for (const ch of text) {
    const cw = cellsOf(ch);
    if (w + cw > width - 1) break;
    out += ch;
    w += cw;
  }
  return `${out.replace(/\s+$/, "")}…`;
}

/**
 * The longest start of `text` that fits in `width` cells, and never nothing. Reads only that start,
 * so cutting a long word into lines costs its length, not its length squared.
 */
function headCells(text: string, width: number): string {
  let w = 0;
  let end = 0;
  for (const ch of text) {
    const cw = cellsOf(ch);
    if (w + cw > width && end > 0) break;
    w += cw;
    end += ch.length;
  }
  return text.slice(0, end);
}

/** Wraps prose to `width` cells at spaces; words longer than a line are split. */
export function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = "";
  let lineWidth = 0;
  for (const word of text.split(/\s+/).filter(Boolean)) {
    let w = word;
    let ww = cellWidth(w);
    while (ww > width) {
      if (line) {
        lines.push(line);
        line = "";
        lineWidth = 0;
      }
      const head = headCells(w, width);
      lines.push(head);
      w = w.slice(head.length);
      ww -= cellWidth(head);
    }
    if (!line) {
      line = w;
      lineWidth = ww;
    } else if (lineWidth + 1 + ww <= width) {
      line += ` ${w}`;
      lineWidth += 1 + ww;
    } else {
      lines.push(line);
      line = w;
      lineWidth = ww;
    }
  }
  if (line) lines.push(line);
  return lines;
}
