import {
  address,
  columnNumber,
  parseAddress,
  parseRange,
  type RangeRef,
} from "../../../workbook/a1";
import { ProtectedSheets } from "../../../workbook/changeProblems";
import type { Change } from "../../../workbook/changeSet";
import { ChangeSetError, type ChangeSetErrorCode } from "./changeSetError";
import {
  chartProblem,
  conditionalProblem,
  entryProblem,
  formulaProblem,
  listProblem,
  propertiesProblem,
  styleProblem,
  valueProblem,
} from "./changeProblems";
import { printAreaFormula } from "./printArea";
import { titleRows } from "./printTitleRows";
import { cellCount, contains, insideSheet, intersects, sameRange } from "./rangeMath";
import { sameSheetName, sheetNameProblem } from "./sheetNames";

/** Most cells one style change may touch (each is a cell object in memory). */
export const STYLE_CELL_LIMIT = 2_000_000;

/** Excel's most series in one chart. */
export const CHART_SERIES_LIMIT = 255;

/** A sheet as the plan follows it; `merges` may be a getter, read only when a change needs it. */
export interface PlannedSheet {
  name: string;
  visible: boolean;
  merges: RangeRef[];
}

/**
 * Checks a whole change set against the workbook before anything is written, following the
 * sheets it adds, deletes and hides and the merges it makes and clears, in order. Throws a
 * ChangeSetError for the first bad change; returns quietly when all of them can be applied.
 * `sheets` are the workbook's worksheets in tab order, updated as the plan follows the
 * changes; `reserved` are names taken by sheets that are not worksheets (chart sheets): a new
 * sheet may not take them, or the file would have two sheets of one name for Excel.
 */
export function planChanges(sheets: PlannedSheet[], changes: Change[], reserved: string[]): void {
  const hadSheets = sheets.length > 0;
  const find = (name: string) =>
    sheets.find((s) => s.name === name) ?? sheets.find((s) => sameSheetName(s.name, name));

  const protectedSheets = new ProtectedSheets();
  changes.forEach((change, index) => {
    const fail = (code: ChangeSetErrorCode, problem: string): never => {
      throw new ChangeSetError(code, index, change, problem);
    };
    const order = protectedSheets.check(change);
    if (order) fail("bad_value", order);
    const sheetOf = (name: string): PlannedSheet =>
      find(name) ?? fail("unknown_sheet", `sheet "${name}" is not in the workbook`);
    const rangeOf = (text: string): RangeRef => {
      const ref = typeof text === "string" ? parseRange(text) : undefined;
      return ref && insideSheet(ref) ? ref : fail("bad_address", `"${text}" is not a range`);
    };
    const cellOf = (text: string): RangeRef => {
      const ref = typeof text === "string" ? parseAddress(text) : undefined;
      const range = ref && { start: ref, end: ref };
      return range && insideSheet(range) ? range : fail("bad_address", `"${text}" is not a cell`);
    };

    switch (change.kind) {
      case "addSheet": {
        const problem = sheetNameProblem(change.sheet);
        if (problem) fail("bad_sheet_name", `"${change.sheet}": ${problem}`);
        if (find(change.sheet) || reserved.some((r) => sameSheetName(r, change.sheet))) {
          fail("sheet_exists", `sheet "${change.sheet}" already exists`);
        }
        const fresh = { name: change.sheet, visible: true, merges: [] };
        if (change.after === undefined) sheets.push(fresh);
        else sheets.splice(sheets.indexOf(sheetOf(change.after)) + 1, 0, fresh);
        break;
      }
      case "deleteOwnSheet": {
        const sheet = find(change.sheet);
        if (sheet) sheets.splice(sheets.indexOf(sheet), 1);
        break;
      }
      case "values": {
        const sheet = sheetOf(change.sheet);
        const anchor = cellOf(change.anchor).start;
        if (!Array.isArray(change.rows) || change.rows.some((row) => !Array.isArray(row))) {
          fail("bad_value", "rows must be an array of arrays");
        }
        // The block's edges and the merges it meets are found once; cell by cell only when a
        // cell may run off the sheet or sit in a merge (a 240,000-cell block in milliseconds).
        // The cells are visited in order either way, so the first bad one is the one named.
        let width = 0;
        let height = 0;
        change.rows.forEach((row, i) => {
          width = Math.max(width, row.length);
          if (row.length > 0) height = i + 1;
        });
        const block = {
          start: anchor,
          end: { row: anchor.row + height - 1, column: anchor.column + width - 1 },
        };
        const inside = height === 0 || insideSheet(block);
        const merges = height === 0 ? [] : sheet.merges.filter((m) => intersects(m, block));
        change.rows.forEach((row, i) =>
          row.forEach((value, j) => {
            const problem = valueProblem(value);
            if (inside && merges.length === 0) {
              if (problem) fail("bad_value", problem);
              return;
            }
            const at = { row: anchor.row + i, column: anchor.column + j };
            if (!insideSheet({ start: at, end: at })) fail("bad_address", "rows run off the sheet");
            if (problem) fail("bad_value", problem);
            if (value !== null && merges.some((m) => isCovered(m, at))) {
              fail(
                "merged_cell",
                `cell ${cellName(at)} is inside a merged area, not its first cell`,
              );
            }
          }),
        );
        break;
      }
      case "style": {
        sheetOf(change.sheet);
        const range = rangeOf(change.range);
        if (cellCount(range) > STYLE_CELL_LIMIT) {
          fail("too_large", `range ${change.range} has more than ${STYLE_CELL_LIMIT} cells`);
        }
        const problem = styleProblem(change.style);
        if (problem) fail("bad_value", problem);
        break;
      }
      case "clear": {
        const sheet = sheetOf(change.sheet);
        const range = rangeOf(change.range);
        sheet.merges = sheet.merges.filter((m) => !intersects(m, range));
        break;
      }
      case "note":
        sheetOf(change.sheet);
        cellOf(change.cell);
        if (change.text !== null && typeof change.text !== "string") {
          fail("bad_value", "a note is text or null");
        }
        break;
      case "merge": {
        const sheet = sheetOf(change.sheet);
        const range = rangeOf(change.range);
        if (sheet.merges.some((m) => sameRange(m, range))) break;
        if (sheet.merges.some((m) => intersects(m, range))) {
          fail("merge_overlap", `${change.range} overlaps a merged area`);
        }
        sheet.merges.push(range);
        break;
      }
      case "columnWidths":
        sheetOf(change.sheet);
        for (const [letters, width] of Object.entries(change.widths ?? {})) {
          if (!/^[A-Za-z]{1,3}$/.test(letters) || columnNumber(letters) > 16_384) {
            fail("bad_address", `"${letters}" is not a column letter`);
          }
          if (typeof width !== "number" || !(width >= 0 && width <= 255)) {
            fail("bad_value", `column width ${width} is not between 0 and 255`);
          }
        }
        break;
      case "rowHeights":
        sheetOf(change.sheet);
        for (const [number, height] of Object.entries(change.heights ?? {})) {
          const row = Number(number);
          if (!Number.isInteger(row) || row < 1 || row > 1_048_576) {
            fail("bad_address", `"${number}" is not a row number`);
          }
          if (typeof height !== "number" || !(height >= 0 && height <= 409)) {
            fail("bad_value", `row height ${height} is not between 0 and 409 points`);
          }
        }
        break;
      case "freeze":
        sheetOf(change.sheet);
        if (!isCount(change.rows, 1_048_575) || !isCount(change.columns, 16_383)) {
          fail("bad_value", "frozen rows and columns are whole numbers from 0");
        }
        break;
      case "listValidation": {
        sheetOf(change.sheet);
        rangeOf(change.range);
        const problem = listProblem(change.list);
        if (problem) fail("bad_list", problem);
        break;
      }
      case "print":
        sheetOf(change.sheet);
        if (change.setup.orientation !== "landscape" && change.setup.orientation !== "portrait") {
          fail("bad_value", `orientation "${change.setup.orientation}"`);
        }
        if (change.setup.paper !== "A4") fail("bad_value", `paper "${change.setup.paper}"`);
        if (change.setup.titleRows !== undefined && !titleRows(change.setup.titleRows)) {
          fail(
            "bad_address",
            `print title rows "${change.setup.titleRows}" are not rows like "4:5"`,
          );
        }
        if (change.setup.area !== undefined && !printAreaFormula(change.sheet, change.setup.area)) {
          fail("bad_address", `print area "${change.setup.area}" is not ranges like "A1:O62"`);
        }
        break;
      case "hideSheet":
        sheetOf(change.sheet).visible = false;
        break;
      case "activate": {
        const sheet = sheetOf(change.sheet);
        if (!sheet.visible) fail("hidden_sheet", `sheet "${change.sheet}" is hidden`);
        if (change.cell !== undefined) cellOf(change.cell);
        break;
      }
      case "chart": {
        sheetOf(change.sheet);
        if (typeof change.data === "string" && change.data.includes("!")) {
          fail("bad_address", `chart data "${change.data}" must be a range on the chart's sheet`);
        }
        const data = rangeOf(change.data);
        if (data.start.row === data.end.row || data.start.column === data.end.column) {
          fail("bad_value", "chart data needs a row of series names and a column of categories");
        }
        if (data.end.column - data.start.column > CHART_SERIES_LIMIT) {
          fail("too_large", `a chart holds at most ${CHART_SERIES_LIMIT} series`);
        }
        const from = cellOf(change.position?.from).start;
        const to = cellOf(change.position?.to).start;
        if (to.row < from.row || to.column < from.column) {
          fail("bad_address", `chart position ${change.position.to} is above or left of its start`);
        }
        const problem = chartProblem(change);
        if (problem) fail("bad_value", problem);
        break;
      }
      case "formulas": {
        const sheet = sheetOf(change.sheet);
        const anchor = cellOf(change.anchor).start;
        if (!Array.isArray(change.rows) || change.rows.some((row) => !Array.isArray(row))) {
          fail("bad_value", "rows must be an array of arrays");
        }
        change.rows.forEach((row, i) =>
          row.forEach((formula, j) => {
            const at = { row: anchor.row + i, column: anchor.column + j };
            if (!insideSheet({ start: at, end: at })) fail("bad_address", "rows run off the sheet");
            const problem = formulaProblem(formula);
            if (problem) fail("bad_value", problem);
            if (formula !== null && sheet.merges.some((m) => isCovered(m, at))) {
              fail(
                "merged_cell",
                `cell ${cellName(at)} is inside a merged area, not its first cell`,
              );
            }
          }),
        );
        break;
      }
      case "conditionalFormat": {
        sheetOf(change.sheet);
        rangeOf(change.range);
        const problem = conditionalProblem(change.rules);
        if (problem) fail("bad_value", problem);
        break;
      }
      case "protectSheet": {
        sheetOf(change.sheet);
        if (!Array.isArray(change.unlocked)) fail("bad_value", "unlocked is a list of ranges");
        const cells = change.unlocked.reduce((n, text) => n + cellCount(rangeOf(text)), 0);
        if (cells > STYLE_CELL_LIMIT) {
          fail("too_large", `the unlocked ranges have more than ${STYLE_CELL_LIMIT} cells`);
        }
        break;
      }
      case "documentProperties": {
        const problem = propertiesProblem(change.custom);
        if (problem) fail("bad_value", problem);
        break;
      }
      case "entryValidation": {
        sheetOf(change.sheet);
        rangeOf(change.range);
        const problem = entryProblem(change);
        if (problem) fail(change.rule?.type === "list" ? "bad_list" : "bad_value", problem);
        break;
      }
      default: {
        const unknown: never = change;
        throw new ChangeSetError(
          "bad_value",
          index,
          undefined,
          `unknown change ${JSON.stringify(unknown)}`,
        );
      }
    }
  });

  if (hadSheets && !sheets.some((s) => s.visible)) {
    throw new ChangeSetError(
      "no_visible_sheet",
      changes.length - 1,
      undefined,
      "the change set would leave the workbook without a visible sheet",
    );
  }
}

function isCovered(merge: RangeRef, at: { row: number; column: number }): boolean {
  const cell = { start: at, end: at };
  return contains(merge, cell) && !(merge.start.row === at.row && merge.start.column === at.column);
}

function cellName(at: { row: number; column: number }): string {
  return address(at.row, at.column);
}

function isCount(n: number, max: number): boolean {
  return Number.isInteger(n) && n >= 0 && n <= max;
}
