import { columnLetter, columnNumber } from "../../../workbook/a1";

/**
 * A shared formula's text moved from its master cell to another cell of the shared range:
 * relative references shift by the offset, absolute ones ($) stay. The same rewriting ExcelJS
 * 4.4 does (lib/utils/shared-formula.js), so both readers give the same text; undefined where
 * ExcelJS throws (a reference shifted past column XFD).
 */
const CANDIDATE = /(([a-z_\-0-9]*)!)?([a-z0-9_$]{2,})([(])?/gi;
const CELL = /^([$])?([a-z]+)([$])?([1-9][0-9]*)$/i;

export function slideFormula(
  formula: string,
  from: { row: number; column: number },
  to: { row: number; column: number },
): string | undefined {
  let outOfBounds = false;
  const text = formula.replace(
    CANDIDATE,
    (match: string, sheet: string | undefined, _name: string, part: string, paren?: string) => {
      if (paren) return match;
      const cell = CELL.exec(part);
      if (!cell) return match;
      const [, colDollar, letters, rowDollar, rowText] = cell;
      const colText = letters.toUpperCase();
      if (colText.length > 3 || (colText.length === 3 && colText > "XFD")) return match;
      let column = columnNumber(colText);
      let row = parseInt(rowText, 10);
      if (!colDollar) column += to.column - from.column;
      if (!rowDollar) row += to.row - from.row;
      if (column < 1 || column > 16384) outOfBounds = true;
      return `${sheet ?? ""}${colDollar ?? ""}${columnLetter(column)}${rowDollar ?? ""}${row}`;
    },
  );
  return outOfBounds ? undefined : text;
}
