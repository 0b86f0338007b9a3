/**
 * A district's workbook in the strict Office double, at any scale: the district's plan sheet and
 * one plan sheet per ward, each laid out as the template lays a plan out (title block, the 15
 * template headers on row 6, a group row, then the indicators), seeded straight into the
 * double's model so that 168 wards of 200 indicators take a moment.
 */
import {
  PLAN_COLUMNS,
  PLAN_HEADERS,
  planColumn,
  type PlanColumn,
} from "../../../src/workbook/templates/planColumns";
import type { SheetModel } from "../../hosts/office/strictExcel";
import { StrictExcel } from "../../hosts/office/strictExcel";

export const PARENT_SHEET = "KH 2025 - Quận 7";
export const wardSheet = (w: number) => `KH 2025 - Phường ${w + 1}`;
/** The first indicator's row. */
export const FIRST_ROW = 8;

/** Ward w's figure for indicator i: 90 to 109 people, so every sum is known in advance. */
export const wardActual = (w: number, i: number) => 90 + ((w + i) % 20);
/** Ward w's share of indicator i's target. */
export const WARD_TARGET = 100;

/** A ward's explanation of a figure, in Vietnamese: `length` characters of it. */
export function noteText(length: number, i: number): string {
  const sentence = `Số liệu chỉ tiêu ${i + 1} do tổ dân phố báo cáo, đã đối chiếu với sổ theo dõi của phường. `;
  return sentence.repeat(Math.ceil(length / sentence.length)).slice(0, length);
}

interface PlanSpec {
  /** "Quận 7", "Phường 12". */
  unit: string;
  indicators: number;
  target: (i: number) => number;
  actual?: (i: number) => number;
  /** Characters of "Ghi chú" per indicator (0: none). */
  notes?: number;
}

function seedPlan(sheet: SheetModel, spec: PlanSpec): void {
  const put = (row: number, column: number, value: string | number) =>
    sheet.cells.set(`${row},${column}`, { value });
  const at = (row: number, column: PlanColumn, value: string | number) =>
    put(row, planColumn(column), value);
  put(1, 1, `ỦY BAN NHÂN DÂN ${spec.unit.toLocaleUpperCase("vi")}`);
  put(2, 1, "KẾ HOẠCH PHÁT TRIỂN KINH TẾ - XÃ HỘI NĂM 2025");
  put(3, 1, `Đơn vị: ${spec.unit}`);
  put(4, 1, "Kỳ báo cáo: Cả năm");
  sheet.merges.push(
    { start: { row: 1, column: 1 }, end: { row: 1, column: 6 } },
    { start: { row: 2, column: 1 }, end: { row: 2, column: PLAN_COLUMNS.length } },
  );
  PLAN_COLUMNS.forEach((c) => at(6, c, PLAN_HEADERS.vi[c]));
  put(7, 1, "I");
  at(7, "name", "VĂN HÓA - XÃ HỘI");
  for (let i = 0; i < spec.indicators; i++) {
    const row = FIRST_ROW + i;
    at(row, "stt", i + 1);
    at(row, "code", `XH${i + 1}`);
    at(row, "name", `Số người được hỗ trợ theo chương trình ${i + 1}`);
    at(row, "unit", "người");
    at(row, "kind", "≥");
    at(row, "aggregation", "tổng");
    at(row, "cumulative", "không");
    at(row, "target", spec.target(i));
    if (spec.actual) at(row, "actual", spec.actual(i));
    if (spec.notes) at(row, "notes", noteText(spec.notes, i));
  }
}

/**
 * The district's plan (targets: the wards' shares summed) and `wards` ward plans of
 * `indicators` indicators each, with their figures and, if asked, a note on every figure.
 */
export function wardBook(wards: number, indicators: number, notes = 0): StrictExcel {
  const names = Array.from({ length: wards }, (_, w) => wardSheet(w));
  const excel = new StrictExcel({
    sheets: [{ name: PARENT_SHEET }, ...names.map((name) => ({ name }))],
  });
  seedPlan(excel.sheet(PARENT_SHEET), {
    unit: "Quận 7",
    indicators,
    target: () => WARD_TARGET * wards,
  });
  names.forEach((name, w) =>
    seedPlan(excel.sheet(name), {
      unit: `Phường ${w + 1}`,
      indicators,
      target: () => WARD_TARGET,
      actual: (i) => wardActual(w, i),
      notes,
    }),
  );
  return excel;
}
