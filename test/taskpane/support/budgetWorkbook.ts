import { getTemplate } from "../../../src/engine/templates/catalogue";
import type { BudgetLine } from "../../../src/engine/templates/types";
import type { WorkbookGateway } from "../../../src/hosts/gateway";
import type { Change } from "../../../src/workbook/changeSet";
import { templateChanges } from "../../../src/workbook/templates/templateChanges";

/** The template's first line row (title, unit, money unit, blank, header, column numbers). */
const FIRST_LINE_ROW = 7;

/** A line typed over its share of the estimate, by code path ("A/II", "B/II/5"). */
export const OVER_SPENT = { path: "B/II/5", name: "Chi sự nghiệp kinh tế", actual: 90 };
export const REVENUE_BEHIND = { path: "A/II", name: "Thu tiền sử dụng đất", actual: 400 };

const round = (value: number, decimals: number) => Number(value.toFixed(decimals));

interface TypedLine {
  path: string;
  code: string;
  name: string;
  row: number;
  estimate: number;
  actual: number;
}

/**
 * Six months' actuals for every line of the template: revenue leaves at 60% of their estimate
 * and spending leaves at 45%, but for the two lines above; each parent is the sum of its lines.
 */
export function sixMonthActuals(): TypedLine[] {
  const out: TypedLine[] = [];
  let row = FIRST_LINE_ROW;
  const walk = (line: BudgetLine, parent: string): number => {
    const path = parent ? `${parent}/${line.code}` : line.code;
    const entry = { path, code: line.code, name: line.name, row: row++, estimate: 0, actual: 0 };
    out.push(entry);
    entry.estimate = line.estimate ?? 0;
    if (line.children.length > 0) {
      entry.actual = round(
        line.children.reduce((sum, child) => sum + walk(child, path), 0),
        3,
      );
    } else {
      const typed = [OVER_SPENT, REVENUE_BEHIND].find((l) => l.path === path);
      const share = line.kind === "revenue" ? 0.6 : 0.45;
      entry.actual = typed ? typed.actual : round(entry.estimate * share, 1);
    }
    return entry.actual;
  };
  for (const line of getTemplate("budget").tables[0].lines) walk(line, "");
  return out;
}

/**
 * Writes the budget template's sheet (Nam Từ Liêm's 2023 estimate, seed 003) into the workbook, with six months' actuals typed in
 * column D, and a sheet of notes without any table.
 */
export async function typeBudgetWorkbook(
  gateway: WorkbookGateway,
): Promise<{ sheet: string; lines: TypedLine[] }> {
  const existing = (await gateway.listSheets()).map((s) => s.name);
  const template = templateChanges({
    template: "budget",
    unit: "Quận Nam Từ Liêm",
    year: 2023,
    existingSheets: existing,
  });
  const sheet = template.sheets[0];
  const lines = sixMonthActuals();
  const actuals: Change[] = lines.map((l) => ({
    kind: "values",
    sheet,
    anchor: `D${l.row}`,
    rows: [[l.actual]],
  }));
  const notes: Change[] = [
    { kind: "addSheet", sheet: "Ghi chú" },
    {
      kind: "values",
      sheet: "Ghi chú",
      anchor: "A1",
      rows: [["Ghi chú của phòng Tài chính – Kế hoạch"], ["Số liệu 6 tháng theo báo cáo Kho bạc."]],
    },
  ];
  await gateway.apply({ changes: [...template.changes, ...actuals, ...notes] });
  return { sheet, lines };
}
