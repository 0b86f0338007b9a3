import { createWorkbook } from "../../../src/hosts/xlsx";
import type { WorkbookGateway } from "../../../src/hosts/gateway";
import { OfficeGateway } from "../../../src/hosts/office/officeGateway";
import { runBudgetCheck, type BudgetRequest } from "../../../src/taskpane/budget/runBudgetCheck";
import { StrictExcel } from "../../hosts/office/strictExcel";
import { typeBudgetWorkbook } from "../support/budgetWorkbook";

const CHART = "Biểu đồ ngân sách";
const request = (change: Partial<BudgetRequest> = {}): BudgetRequest => ({
  scope: "active",
  period: "6m",
  highlight: true,
  lang: "vi",
  ...change,
});

/** The budget template with six months typed in, on the strict Office double, its sheet active. */
async function officeBudget(seedSheets: string[] = ["Sheet1"]) {
  const excel = new StrictExcel({ sheets: seedSheets.map((name) => ({ name })) });
  const gateway = new OfficeGateway(excel.run, {
    isSetSupported: excel.isSetSupported,
    library: excel.excelLibrary,
  });
  const { sheet } = await typeBudgetWorkbook(gateway);
  await gateway.select(sheet, "A1");
  excel.resetRequests();
  return { excel, gateway, sheet };
}

const names = async (gateway: WorkbookGateway) => (await gateway.listSheets()).map((s) => s.name);

/** The owned columns' header and the line over its estimate (row 28), as the sheet holds them. */
async function ownedCells(gateway: WorkbookGateway, sheet: string) {
  const [read] = (await gateway.read({ sheets: [sheet] })).sheets;
  const at = (row: number, column: number) =>
    read.values[row - read.origin.row]?.[column - read.origin.column] ?? null;
  return { header: [at(5, 6), at(5, 7)], overSpent: [at(28, 6), at(28, 7)] };
}

describe("runBudgetCheck on Office (the strict double counts the requests)", () => {
  test("the active sheet, first check: 4 requests (read, list, probe, write)", async () => {
    const { excel, gateway, sheet } = await officeBudget();
    const done = await runBudgetCheck(gateway, request());
    // 1 reads the active sheet (no notes yet), 1 lists the sheets to place the chart (no chart
    // sheet yet, so nothing more is read), 2 write (probe for the new sheet and the notes).
    expect(excel.syncCount).toBe(4);
    expect(done.sheets).toEqual([sheet]);
    expect(done.written).toBe(true);
    expect(done.check.chartSheet).toBe(CHART);
    expect(done.chartReplaced).toBe(false);
    expect(await names(gateway)).toEqual(["Sheet1", sheet, "Ghi chú", CHART]);
    expect(await ownedCells(gateway, sheet)).toEqual({
      header: ["% dự toán (tính)", "Đánh giá"],
      overSpent: [109.2, "Chi vượt dự toán"],
    });
  });

  test("the active sheet again: 6 requests, and its own chart sheet is replaced", async () => {
    const { excel, gateway, sheet } = await officeBudget();
    await runBudgetCheck(gateway, request());
    excel.resetRequests();
    const again = await runBudgetCheck(gateway, request());
    // 2 read the active sheet (its notes now take a second request), 1 lists, 1 reads the
    // earlier chart sheet (its notice says it is the add-in's), 2 write.
    expect(excel.syncCount).toBe(6);
    expect(again.check.chartSheet).toBe(CHART);
    expect(again.chartReplaced).toBe(true);
    expect(await names(gateway)).toEqual(["Sheet1", sheet, "Ghi chú", CHART]);
  });

  test("again in English: the Vietnamese chart sheet is replaced by the English one", async () => {
    const { gateway, sheet } = await officeBudget();
    await runBudgetCheck(gateway, request());
    const english = await runBudgetCheck(gateway, request({ lang: "en" }));
    expect(english.chartReplaced).toBe(true);
    expect(await names(gateway)).toEqual(["Sheet1", sheet, "Ghi chú", "Budget chart"]);
  });

  test("every sheet: 4 requests (list and load, probe and write)", async () => {
    const { excel, gateway, sheet } = await officeBudget();
    const done = await runBudgetCheck(gateway, request({ scope: "all" }));
    expect(excel.syncCount).toBe(4);
    expect(done.sheets).toEqual(["Sheet1", sheet, "Ghi chú"]);
    expect(done.check.sheets.filter((s) => s.tables.length > 0).map((s) => s.sheet)).toEqual([
      sheet,
    ]);
    excel.resetRequests();
    const again = await runBudgetCheck(gateway, request({ scope: "all" }));
    expect(excel.syncCount).toBe(4);
    expect(again.chartReplaced).toBe(true);
    expect(await names(gateway)).toEqual(["Sheet1", sheet, "Ghi chú", CHART]);
  });

  test("a sheet without a budget table: one read, nothing written", async () => {
    const { excel, gateway } = await officeBudget();
    await gateway.select("Ghi chú", "A1");
    excel.resetRequests();
    const done = await runBudgetCheck(gateway, request());
    expect(excel.syncCount).toBe(1);
    expect(done.written).toBe(false);
    expect(done.check.chartSheet).toBeUndefined();
    expect(done.check.findings.map((f) => [f.rule, f.sheet, f.cell])).toEqual([
      ["budget_no_table", "Ghi chú", "A1"],
    ]);
  });

  test("the user's own sheet of the chart's name is left alone: the chart goes beside it", async () => {
    const { excel, gateway, sheet } = await officeBudget(["Sheet1", CHART]);
    const done = await runBudgetCheck(gateway, request());
    // The list, then the user's sheet read to see it is not the add-in's.
    expect(excel.syncCount).toBe(5);
    expect(done.check.chartSheet).toBe(`${CHART} (2)`);
    expect(done.chartReplaced).toBe(false);
    expect(await names(gateway)).toEqual(["Sheet1", CHART, sheet, "Ghi chú", `${CHART} (2)`]);
    const [users] = (await gateway.read({ sheets: [CHART] })).sheets;
    expect(users.values).toEqual([]);
  });

  test("with highlighting off, the table is not written; the chart sheet still is", async () => {
    const { gateway, sheet } = await officeBudget();
    const done = await runBudgetCheck(gateway, request({ highlight: false }));
    expect(done.check.chartSheet).toBe(CHART);
    expect(done.check.changes.changes.every((c) => "sheet" in c && c.sheet === CHART)).toBe(true);
    expect(await ownedCells(gateway, sheet)).toEqual({
      header: [null, null],
      overSpent: [null, null],
    });
  });
});

describe("runBudgetCheck on ExcelJS", () => {
  test("checking the active sheet twice keeps one chart sheet", async () => {
    const gateway = createWorkbook();
    const { sheet } = await typeBudgetWorkbook(gateway);
    await gateway.select(sheet, "A1");
    const first = await runBudgetCheck(gateway, request());
    const second = await runBudgetCheck(gateway, request());
    expect([first.chartReplaced, second.chartReplaced]).toEqual([false, true]);
    expect(await names(gateway)).toEqual([sheet, "Ghi chú", CHART]);
    expect((await gateway.read({ activeSheet: true })).activeSheet).toBe(sheet);
  });
});
