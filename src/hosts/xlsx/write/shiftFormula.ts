import { columnLetter, columnNumber } from "../../../workbook/a1";

/**
 * A formula moved by `rows` and `columns`, as Excel fills a shared formula: relative cell
 * references shift, absolute ($) parts stay; text in quotes and sheet names are left alone.
 * Whole-row and whole-column references (A:A, 1:1) shift too.
 */
export function shiftFormula(formula: string, rows: number, columns: number): string {
  const parts = formula.split(/("(?:[^"]|"")*"|'(?:[^']|'')*')/);
  return parts.map((part, i) => (i % 2 === 1 ? part : shiftPart(part, rows, columns))).join("");
}

const REF =
  /(^|[^A-Za-z0-9_.$])(\$?)([A-Za-z]{1,3})(\$?)(\d+)(?![A-Za-z0-9_(!])|(^|[^A-Za-z0-9_.$])(\$?)([A-Za-z]{1,3}):(\$?)([A-Za-z]{1,3})(?![A-Za-z0-9_(!])/g;

function shiftPart(text: string, rows: number, columns: number): string {
  return text.replace(REF, (...m: string[]) => {
    if (m[3] !== undefined && m[5] !== undefined) {
      const [, lead, colAbs, col, rowAbs, row] = m;
      const c = colAbs ? columnNumber(col) : columnNumber(col) + columns;
      const r = rowAbs ? Number(row) : Number(row) + rows;
      if (c < 1 || r < 1) return `${lead}#REF!`;
      return `${lead}${colAbs}${columnLetter(c)}${rowAbs}${r}`;
    }
    const [, , , , , , lead, aAbs, a, bAbs, b] = m;
    const shift = (abs: string, letters: string) =>
      abs ? letters : columnLetter(columnNumber(letters) + columns);
    return `${lead}${aAbs}${shift(aAbs, a)}:${bAbs}${shift(bAbs, b)}`;
  });
}
