import type { PrintSetup } from "../../workbook/changeSet";
import { columnNumber, parseRange } from "../../workbook/a1";
import { smallOp, type WriteOp } from "./batchScope";
import { blockAddress, requireRange } from "./rangeRefs";

/**
 * Column widths come in characters as the .xlsx file stores them (`<col width>`, ExcelJS's
 * `column.width`, which includes 5 pixels of padding: Excel's default column is shown as 8.43
 * but stored as 9.14); Office.js wants points. Excel's rule for the default font (Calibri 11,
 * 7-pixel digits): pixels = trunc(((256·w + trunc(128/7)) / 256) · 7); a pixel is 0.75 point.
 */
export function charactersToPoints(width: number): number {
  return Math.trunc(((256 * width + Math.trunc(128 / 7)) / 256) * 7) * 0.75;
}

export function columnWidthsOp(change: { sheet: string; widths: Record<string, number> }): WriteOp {
  const columns = Object.entries(change.widths).map(([letters, width]) => {
    if (!/^[A-Za-z]{1,3}$/.test(letters) || columnNumber(letters) > 16384) {
      throw new Error(`"${letters}" on sheet "${change.sheet}" is not a column letter`);
    }
    return { address: `${letters.toUpperCase()}:${letters.toUpperCase()}`, width };
  });
  return {
    bytes: 100 * columns.length,
    queue: (scope) => {
      const sheet = scope.sheet(change.sheet);
      for (const { address, width } of columns) {
        sheet.getRange(address).format.columnWidth = charactersToPoints(width);
      }
    },
  };
}

export function freezeOp(change: { sheet: string; rows: number; columns: number }): WriteOp {
  const rows = Math.max(0, Math.trunc(change.rows));
  const columns = Math.max(0, Math.trunc(change.columns));
  return smallOp((scope) => {
    const sheet = scope.sheet(change.sheet);
    const panes = sheet.freezePanes;
    panes.unfreeze();
    if (rows > 0 && columns > 0) panes.freezeAt(sheet.getRange(blockAddress(1, 1, rows, columns)));
    else if (rows > 0) panes.freezeRows(rows);
    else if (columns > 0) panes.freezeColumns(columns);
  });
}

/** Excel keeps a typed list in one formula of at most 255 characters, items split by commas. */
export const LIST_SOURCE_LIMIT = 255;

export function listValidationOp(change: {
  sheet: string;
  range: string;
  list: string[];
}): WriteOp {
  requireRange(change.sheet, change.range);
  const withComma = change.list.find((item) => item.includes(","));
  if (withComma !== undefined) {
    throw new Error(
      `Drop-down item "${withComma}" contains a comma, which a typed list can't hold`,
    );
  }
  const source = change.list.join(",");
  if (source.length > LIST_SOURCE_LIMIT) {
    throw new Error(`Drop-down list on "${change.sheet}" is over ${LIST_SOURCE_LIMIT} characters`);
  }
  return smallOp((scope) => {
    const validation = scope.sheet(change.sheet).getRange(change.range).dataValidation;
    validation.clear();
    validation.rule = { list: { inCellDropDown: true, source } };
  });
}

export function printOp(change: { sheet: string; setup: PrintSetup }): WriteOp {
  const { setup } = change;
  const titleRows = setup.titleRows === undefined ? undefined : titleRowsAddress(setup.titleRows);
  const area = setup.area === undefined ? undefined : printAreaAddress(change.sheet, setup.area);
  return smallOp((scope) => {
    const sheet = scope.sheet(change.sheet);
    const layout = sheet.pageLayout;
    layout.orientation = setup.orientation === "landscape" ? "Landscape" : "Portrait";
    layout.paperSize = "A4";
    if (titleRows) layout.setPrintTitleRows(sheet.getRange(titleRows));
    if (area) layout.setPrintArea(area);
    // verticalFitToPages 0: as many pages tall as needed.
    if (setup.fitToWidth) {
      layout.zoom = { horizontalFitToPages: 1, verticalFitToPages: setup.fitToHeight ? 1 : 0 };
    }
    if (setup.margins === "narrow") {
      // Points: Excel's "Narrow" preset, 0.25 inch left and right, 0.75 top and bottom.
      layout.leftMargin = 18;
      layout.rightMargin = 18;
      layout.topMargin = 54;
      layout.bottomMargin = 54;
      layout.headerMargin = 21.6;
      layout.footerMargin = 21.6;
    }
  });
}

/** "A1:O62,Q6:R18" checked range by range, as the address Excel's setPrintArea takes. */
function printAreaAddress(sheet: string, text: string): string {
  const parts = text.split(",").map((part) => part.trim().replace(/\$/g, ""));
  const bad = parts.find((part) => !parseRange(part) || part.includes("!"));
  if (parts.length === 0 || bad !== undefined) {
    throw new Error(`Print area "${text}" on sheet "${sheet}" is not ranges like "A1:O62"`);
  }
  return parts.join(",");
}

/** "4:5" or "4" as the whole-row range Excel wants ("4:5"). */
function titleRowsAddress(text: string): string {
  const m = /^\$?(\d+)(?::\$?(\d+))?$/.exec(text.trim());
  if (!m) throw new Error(`Print title rows "${text}" are not rows like "4:5"`);
  return `${m[1]}:${m[2] ?? m[1]}`;
}
