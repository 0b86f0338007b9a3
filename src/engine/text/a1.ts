/** A1 references: column letters, cell addresses and ranges (1-based rows and columns). */

export interface CellRef {
  row: number;
  column: number;
}

export interface RangeRef {
  start: CellRef;
  end: CellRef;
}

export function columnLetter(column: number): string {
  let n = column;
  let out = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

export function address(row: number, column: number): string {
  return `${columnLetter(column)}${row}`;
}

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d+)$/;

export function parseAddress(text: string): CellRef | undefined {
  const m = CELL.exec(text.trim());
  if (!m) return undefined;
  return { row: Number(m[2]), column: columnNumber(m[1]) };
}

/** "A4:N40" (or a single cell "B2"); a sheet prefix ("KH!A4:N40") is ignored. */
export function parseRange(text: string): RangeRef | undefined {
  const bare = text.includes("!") ? text.slice(text.lastIndexOf("!") + 1) : text;
  const [a, b] = bare.split(":");
  const start = parseAddress(a ?? "");
  const end = b === undefined ? start : parseAddress(b);
  if (!start || !end) return undefined;
  return {
    start: { row: Math.min(start.row, end.row), column: Math.min(start.column, end.column) },
    end: { row: Math.max(start.row, end.row), column: Math.max(start.column, end.column) },
  };
}

export function rangeAddress(start: CellRef, end: CellRef): string {
  const a = address(start.row, start.column);
  const b = address(end.row, end.column);
  return a === b ? a : `${a}:${b}`;
}

/** The smallest range holding every address given ("X8:AB232"); undefined when none parse. */
export function spanOf(addresses: readonly (string | undefined)[]): string | undefined {
  let start: CellRef | undefined;
  let end: CellRef | undefined;
  for (const text of addresses) {
    const at = text === undefined ? undefined : parseAddress(text);
    if (!at) continue;
    start = start
      ? { row: Math.min(start.row, at.row), column: Math.min(start.column, at.column) }
      : at;
    end = end ? { row: Math.max(end.row, at.row), column: Math.max(end.column, at.column) } : at;
  }
  return start && end ? rangeAddress(start, end) : undefined;
}
