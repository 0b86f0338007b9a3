/** Fast A1 decoding for the reader's hot path: "AB12" → row 12, column 28. */
export interface CellPosition {
  row: number;
  column: number;
}

/** Row and column of a bare A1 address ("$" allowed), or undefined when it is not one. */
export function decodeAddress(text: string): CellPosition | undefined {
  let column = 0;
  let i = 0;
  const length = text.length;
  if (text.charCodeAt(0) === 36) i++;
  for (; i < length; i++) {
    const code = text.charCodeAt(i) & ~32;
    if (code < 65 || code > 90) break;
    column = column * 26 + (code - 64);
  }
  if (column === 0 || column > 16384) return undefined;
  if (text.charCodeAt(i) === 36) i++;
  let row = 0;
  const digitsStart = i;
  for (; i < length; i++) {
    const code = text.charCodeAt(i);
    if (code < 48 || code > 57) return undefined;
    row = row * 10 + (code - 48);
  }
  if (i === digitsStart || row === 0 || row > 1048576) return undefined;
  return { row, column };
}

/** An area "A1:B2" (or one cell) as its corners, or undefined. */
export function decodeArea(
  text: string,
): { top: number; left: number; bottom: number; right: number } | undefined {
  const [a, b] = text.trim().split(":");
  const start = decodeAddress(a ?? "");
  const end = b === undefined ? start : decodeAddress(b);
  if (!start || !end) return undefined;
  return {
    top: Math.min(start.row, end.row),
    left: Math.min(start.column, end.column),
    bottom: Math.max(start.row, end.row),
    right: Math.max(start.column, end.column),
  };
}
