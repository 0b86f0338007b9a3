import { getTemplate } from "../../../../src/engine/templates/catalogue";
import type { BudgetLine } from "../../../../src/engine/templates/types";
import { TEMPLATE_IDS } from "../../../../src/engine/templates/types";
import { createWorkbook } from "../../../../src/hosts/xlsx";
import { readBudgetSheet } from "../../../../src/workbook/budget/read/readBudgetSheet";
import { budgetSheetChanges } from "../../../../src/workbook/templates/budgetSheet";
import { templateChanges } from "../../../../src/workbook/templates/templateChanges";

/** Each template line with its code's parent, depth first as the sheet lists them. */
function expectedLines(
  lines: readonly BudgetLine[],
  parent?: string,
): [string, string | undefined][] {
  return lines.flatMap((line) => [
    [line.code, parent] as [string, string | undefined],
    ...expectedLines(line.children, line.code),
  ]);
}

describe("the add-in's budget sheet reads back", () => {
  test.each(["vi", "en"] as const)("written in %s", async (lang) => {
    const template = getTemplate("budget");
    const gateway = createWorkbook();
    const changes = budgetSheetChanges(template, {
      sheet: "Ngân sách 2023",
      unit: "Quận Nam Từ Liêm",
      year: 2023,
      lang,
    });
    await gateway.apply({ changes });
    const [sheet] = (await gateway.read()).sheets;
    const reading = readBudgetSheet(sheet);
    expect(reading.findings).toEqual([]);
    expect(reading.tables).toHaveLength(1);
    const [table] = reading.tables;
    expect(table).toMatchObject({
      kind: "amounts",
      unitName: "Quận Nam Từ Liêm",
      moneyUnit: lang === "vi" ? "tỷ đồng" : "billion dong",
      headerRows: [5],
      columnNumberRow: 6,
      firstDataRow: 7,
      columns: { code: 1, name: 2, estimate: 3, actual: 4, notes: 5 },
      ownedColumns: {},
      lastColumn: 5,
      freeColumn: 6,
    });
    expect(table.title).toBe(
      lang === "vi"
        ? "DỰ TOÁN VÀ THỰC HIỆN THU, CHI NGÂN SÁCH NĂM 2023"
        : "BUDGET ESTIMATE AND EXECUTION 2023",
    );

    // The hierarchy: every line's parent is the line of its parent's code.
    const lines = expectedLines(template.tables[0].lines);
    expect(table.rows).toHaveLength(lines.length);
    expect(table.lastRow).toBe(6 + lines.length);
    const codeOfRow = new Map(table.rows.map((r) => [r.row, String(r.cells.code?.value)]));
    expect(
      table.rows.map((r) => [
        String(r.cells.code?.value),
        r.parentRow === undefined ? undefined : codeOfRow.get(r.parentRow),
      ]),
    ).toEqual(lines);
    // Codes are the STT cells; the names' indentation is read too.
    expect(table.rows[0].cells.code).toMatchObject({ value: "A", address: "A7" });
    expect(table.rows.map((r) => r.indent).slice(0, 4)).toEqual([0, 1, 2, 3]);
    expect(table.rows.every((r) => !r.isTotal)).toBe(true);

    // Nam Từ Liêm 2023: thu 8.664,9, chi cân đối 1.130,756 tỷ đồng (seed 003).
    const a = table.rows.find((r) => r.cells.code?.value === "A");
    const b = table.rows.find((r) => r.cells.code?.value === "B");
    expect(a?.cells.estimate?.value).toBe(8664.9);
    expect(b?.cells.estimate?.value).toBe(1130.756);
    for (const row of table.rows) {
      expect(row.section).toBe(row.row < (b?.row ?? 0) ? "revenue" : "expenditure");
    }
  });

  test.each(TEMPLATE_IDS.filter((id) => id !== "budget"))(
    "the %s template gives no budget table",
    async (id) => {
      const gateway = createWorkbook();
      const { changes } = templateChanges({
        template: id,
        unit: "Quận 7",
        year: 2024,
        subUnits: ["Phường Tân Phong", "Phường Tân Hưng"],
      });
      await gateway.apply({ changes });
      const { sheets } = await gateway.read();
      expect(sheets.length).toBeGreaterThan(0);
      for (const sheet of sheets) {
        const reading = readBudgetSheet(sheet);
        expect(reading.tables).toEqual([]);
        expect(reading.findings.map((f) => f.rule)).toEqual(["budget_no_table"]);
      }
    },
  );
});
