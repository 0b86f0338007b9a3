import type { CellValue, WorkbookSnapshot } from "../../../../src/workbook/snapshot";
import { address } from "../../../../src/workbook/a1";

/** One way two snapshots of the same file differ: where, which field, and both sides. */
export interface Difference {
  where: string;
  field: string;
  exceljs: unknown;
  xlsx: unknown;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** Every difference between ExcelJS's snapshot and the new reader's, cell by cell. */
export function snapshotDifferences(a: WorkbookSnapshot, b: WorkbookSnapshot): Difference[] {
  const out: Difference[] = [];
  if (a.activeSheet !== b.activeSheet) {
    out.push({
      where: "workbook",
      field: "activeSheet",
      exceljs: a.activeSheet,
      xlsx: b.activeSheet,
    });
  }
  const namesA = a.sheets.map((s) => s.name);
  const namesB = b.sheets.map((s) => s.name);
  if (!same(namesA, namesB))
    out.push({ where: "workbook", field: "sheets", exceljs: namesA, xlsx: namesB });
  a.sheets.forEach((sa, k) => {
    const sb = b.sheets[k];
    if (!sb || sb.name !== sa.name) return;
    for (const field of [
      "visibility",
      "origin",
      "merges",
      "hiddenRows",
      "hiddenColumns",
      "tables",
      "notes",
    ] as const) {
      if (!same(sa[field], sb[field]))
        out.push({ where: sa.name, field, exceljs: sa[field], xlsx: sb[field] });
    }
    const sizeA = [sa.values.length, sa.values[0]?.length ?? 0];
    const sizeB = [sb.values.length, sb.values[0]?.length ?? 0];
    if (!same(sizeA, sizeB))
      out.push({ where: sa.name, field: "size", exceljs: sizeA, xlsx: sizeB });
    if (!same(sa.origin, sb.origin) || !same(sizeA, sizeB)) return;
    for (let i = 0; i < sa.values.length; i++) {
      for (let j = 0; j < sa.values[i].length; j++) {
        const at = `${sa.name}!${address(i + sa.origin.row, j + sa.origin.column)}`;
        if (!sameValue(sa.values[i][j], sb.values[i][j])) {
          out.push({ where: at, field: "value", exceljs: sa.values[i][j], xlsx: sb.values[i][j] });
        }
        if (sa.formulas[i][j] !== sb.formulas[i][j]) {
          out.push({
            where: at,
            field: "formula",
            exceljs: sa.formulas[i][j],
            xlsx: sb.formulas[i][j],
          });
        }
        if (sa.numberFormats[i][j] !== sb.numberFormats[i][j]) {
          out.push({
            where: at,
            field: "numberFormat",
            exceljs: sa.numberFormats[i][j],
            xlsx: sb.numberFormats[i][j],
          });
        }
      }
    }
  });
  return out;
}

/** Equal, or numbers within a nanoday (ExcelJS turns dates into milliseconds and back). */
function sameValue(a: CellValue, b: CellValue): boolean {
  if (typeof a === "number" && typeof b === "number") return Math.abs(a - b) < 1e-8;
  return same(a, b);
}
