import {
  readBudgetSheet,
  type BudgetSheetReading,
} from "../../../../src/workbook/budget/read/readBudgetSheet";
import { corpusFiles, expectedSnapshot, openCorpusFile } from "../../../support/corpus";

const files = corpusFiles();

async function readFile(name: string): Promise<BudgetSheetReading[]> {
  const snapshot = await openCorpusFile(name);
  return snapshot.sheets.map((sheet) => readBudgetSheet(sheet));
}

const rules = (reading: BudgetSheetReading) => reading.findings.map((f) => [f.rule, f.cell]);

describe("budget forms in the real corpus", () => {
  test("vn05, công khai dự toán: the layout of a reporting system's template", async () => {
    const [reading, config] = await readFile("vn05");
    expect(reading.tables).toHaveLength(1);
    const [table] = reading.tables;
    expect(table).toMatchObject({
      kind: "amounts",
      headerRows: [5, 6, 7],
      columnNumberRow: 8,
      firstDataRow: 9,
      lastRow: 9,
      columns: { code: 2, name: 3, estimate: 7 },
      headers: { code: "STT", name: "Nội dung", estimate: "Dự toán được giao" },
      firstColumn: 2,
      lastColumn: 16,
      freeColumn: 17,
    });
    // The title cells are placeholders: no title, unit or money unit to read.
    expect(table.title).toBeUndefined();
    expect(table.moneyUnit).toBeUndefined();
    expect(table.unitName).toBeUndefined();
    // Its one data row holds placeholders ("<#ListData.NoiDung>"): said once, not read.
    expect(table.rows).toEqual([]);
    expect(rules(reading)).toEqual([["budget_template_rows", "C9"]]);
    expect(reading.findings[0].params).toEqual({ count: 1 });
    expect(rules(config)).toEqual([["budget_no_table", "A1"]]);
  });

  test("vn06, quyết toán 04a: approved final accounts, the Tổng cộng row", async () => {
    const [reading] = await readFile("vn06");
    expect(reading.tables).toHaveLength(1);
    const [table] = reading.tables;
    expect(table).toMatchObject({
      kind: "amounts",
      headerRows: [8, 9],
      columnNumberRow: 10,
      firstDataRow: 11,
      lastRow: 16,
      columns: { code: 2, name: 6, estimate: 7, actual: 9 },
      headers: {
        code: "STT",
        name: "Nội dung",
        estimate: "Dự toán được giao",
        actual: "Số quyết toán được duyệt",
      },
    });
    expect(table.rows).toHaveLength(1);
    const [total] = table.rows;
    expect(total).toMatchObject({
      row: 13,
      isTotal: true,
      cells: {
        name: { value: "Tổng cộng<#auto page breaks>", address: "B13" },
        estimate: { value: 0, address: "G13" },
        actual: { value: 0, address: "I13" },
      },
    });
    expect(total.cells.code).toBeUndefined();
    expect(total.parentRow).toBeUndefined();
    expect(rules(reading)).toEqual([
      ["budget_extra_column", "H8"],
      ["budget_template_rows", "F11"],
    ]);
    expect(reading.findings[0].params).toMatchObject({
      column: "Số báo cáo quyết toán",
      used: "Số quyết toán được duyệt",
    });
    expect(reading.findings[1].params).toEqual({ count: 3 });
  });

  test("vn07, thu nộp NSNN T02/N: a breakdown by unit with its TỔNG CỘNG", async () => {
    const [reading] = await readFile("vn07");
    expect(reading.tables).toHaveLength(1);
    const [table] = reading.tables;
    expect(table).toMatchObject({
      kind: "breakdown",
      headerRows: [8, 9],
      columnNumberRow: 10,
      firstDataRow: 11,
      lastRow: 19,
      columns: { code: 1, name: 2, estimate: 3 },
      headers: { name: "Đơn vị", estimate: "Tổng phần thu nộp" },
    });
    expect(table.rows).toEqual([
      {
        row: 19,
        isTotal: true,
        cells: {
          name: { value: "TỔNG CỘNG", address: "A19", numFmt: "#,##0;\\-#,##0;;@" },
          estimate: { value: 0, address: "C19", numFmt: "#,##0;\\-#,##0;;@" },
        },
      },
    ]);
    // "Số tiền bằng chữ" under the table ends it.
    expect(rules(reading)).toEqual([["budget_template_rows", "B11"]]);
  });

  test("vn08, treasury payment records: a ledger, not a budget table", async () => {
    const [reading] = await readFile("vn08");
    expect(reading.tables).toEqual([]);
    expect(rules(reading)).toEqual([["budget_no_table", "A1"]]);
  });

  test("vn01, a plan table in the wide layout, is no budget table", async () => {
    const readings = await readFile("vn01");
    for (const reading of readings) {
      expect(reading.tables).toEqual([]);
      expect(rules(reading)).toEqual([["budget_no_table", "A1"]]);
    }
  });

  test("vn03, a plan data-entry form, is no budget table", async () => {
    const [reading] = await readFile("vn03");
    expect(reading.tables).toEqual([]);
  });

  test.each(files)(
    "%s is read without throwing: budget tables or one clear finding per sheet",
    async (file) => {
      // Refused files are the gateway's business (test/hosts/xlsx/gateway); the rest must open.
      const snapshot = await expectedSnapshot(file);
      if (!snapshot) return;
      for (const sheet of snapshot.sheets) {
        // A hang fails through jest's timeout; speed is the bench's business.
        const reading = readBudgetSheet(sheet);
        if (reading.tables.length === 0) {
          expect(reading.findings.filter((f) => f.rule === "budget_no_table")).toHaveLength(1);
        }
        for (const table of reading.tables) {
          expect(table.columns.name).toBeDefined();
          expect(table.lastRow).toBeGreaterThanOrEqual(table.firstDataRow - 1);
          expect(table.freeColumn).toBeGreaterThan(table.lastColumn);
          for (const row of table.rows) {
            for (const cell of Object.values(row.cells)) expect(cell.address).toBeDefined();
          }
        }
        for (const f of reading.findings) expect(f.sheet).toBe(sheet.name);
      }
    },
  );
});
