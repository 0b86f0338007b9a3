import type { DataValidation, PageSetup, Worksheet, WorksheetView } from "exceljs";
import { address, parseRange, rangeAddress, type RangeRef } from "../../workbook/a1";
import type { PrintSetup } from "../../workbook/changeSet";
import { dataValidationModel } from "./exceljsInternals";
import { listFormula } from "./listFormula";
import { normalizeSqref } from "./validationPlaceholders";
import { contains, intersects, subtract } from "./rangeMath";
import { titleRows } from "./printTitleRows";

/** Widths in characters, as the .xlsx file and ExcelJS keep them. */
export function setColumnWidths(sheet: Worksheet, widths: Record<string, number>): void {
  for (const [letters, width] of Object.entries(widths)) {
    sheet.getColumn(letters.toUpperCase()).width = width;
  }
}

/** Freezes the top `rows` and left `columns`; 0 and 0 unfreezes. Zoom, gridlines, right-to-left
 *  and the selection of the sheet's view are kept. */
export function setFreeze(sheet: Worksheet, rows: number, columns: number): void {
  const [view = {}, ...rest] = sheet.views ?? [];
  const {
    xSplit: _x,
    ySplit: _y,
    topLeftCell: _t,
    ...kept
  } = view as Partial<WorksheetView & { xSplit: number; ySplit: number; topLeftCell: string }>;
  const next =
    rows === 0 && columns === 0
      ? { ...kept, state: "normal" }
      : {
          ...kept,
          state: "frozen",
          xSplit: columns,
          ySplit: rows,
          topLeftCell: address(rows + 1, columns + 1),
        };
  sheet.views = [next as Partial<WorksheetView>, ...rest];
}

/**
 * A drop-down list on every cell of the range, replacing whatever validation those cells had.
 * Validations that only partly overlap the range keep their other cells (the rest of their
 * area is split into rectangles). The list is a typed list (listFormula.ts).
 */
export function setListValidation(sheet: Worksheet, rangeText: string, list: string[]): void {
  const target = parseRange(rangeText) as RangeRef;
  const model = dataValidationModel(sheet);
  for (const key of Object.keys(model)) {
    const validation = model[key];
    const areas = normalizeSqref(key).map((a) => parseRange(a) as RangeRef);
    if (!areas.some((a) => intersects(a, target))) continue;
    delete model[key];
    if (validation === undefined) continue;
    for (const area of areas) {
      const rest = contains(target, area) ? [] : subtract(area, target);
      for (const piece of rest) model[rangeAddress(piece.start, piece.end)] = validation;
    }
  }
  const validation: DataValidation = {
    type: "list",
    allowBlank: true,
    showErrorMessage: true,
    formulae: [listFormula(list)],
  };
  model[rangeAddress(target.start, target.end)] = validation;
}

/** A4, the orientation, rows repeated on every page, and "fit all columns on one page". */
export function setPrint(sheet: Worksheet, setup: PrintSetup): void {
  const next: Partial<PageSetup> = {
    ...sheet.pageSetup,
    orientation: setup.orientation,
    paperSize: 9,
  };
  const rows = setup.titleRows === undefined ? undefined : titleRows(setup.titleRows);
  if (rows) next.printTitlesRow = `${rows[0]}:${rows[1]}`;
  if (setup.fitToWidth) {
    next.fitToPage = true;
    next.fitToWidth = 1;
    next.fitToHeight = 0;
  }
  sheet.pageSetup = next;
}
