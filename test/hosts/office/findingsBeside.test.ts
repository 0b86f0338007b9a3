/**
 * A finding that can't become a note is listed beside the table (issue 12): on hosts without the
 * notes API (Excel 2021/2024, or Office.js without `Worksheet.notes`) the add-in used to post its
 * own threaded comment under the user's name; on hosts with notes a finding on a cell holding a
 * person's threaded comment was only in the pane's list.
 */
import { OfficeGateway } from "../../../src/hosts/office/officeGateway";
import { checkWorkbook } from "../../../src/workbook/check/checkWorkbook";
import { findingMessage } from "../../../src/engine/findings/finding";
import { FINDING_LIST_MARKER } from "../../../src/workbook/write/findingList";
import { runBudgetCheck } from "../../../src/taskpane/budget/runBudgetCheck";
import { typeBudgetWorkbook } from "../../taskpane/support/budgetWorkbook";
import { cellOf, planSheet } from "./planSeed";
import { inspect, StrictExcel, type StrictExcelOptions } from "./strictExcel";

function setup(options: StrictExcelOptions, badIndex = 2) {
  const excel = new StrictExcel({ sheets: [planSheet("KH", 20, badIndex)] }, options);
  const skipped: string[] = [];
  const gateway = new OfficeGateway(excel.run, {
    isSetSupported: excel.isSetSupported,
    library: excel.excelLibrary,
    runWith: excel.runWith,
    onSkipped: (s) => skipped.push(s.change.kind),
  });
  const check = async () => {
    excel.resetRequests();
    const result = checkWorkbook(await gateway.read({ activeSheet: true }));
    await gateway.apply(result.changes);
    return result;
  };
  return { excel, gateway, check, skipped };
}

/** Where the marker is on the double's sheet, and the list's rows under its header. */
function listOn(excel: StrictExcel): { at: string; rows: [unknown, unknown][] } | undefined {
  const sheet = excel.sheet("KH");
  for (const [key, cell] of sheet.cells) {
    if (cell.value !== FINDING_LIST_MARKER.plan.vi) continue;
    const [row, column] = key.split(",").map(Number);
    const rows: [unknown, unknown][] = [];
    for (let r = row + 2; sheet.cells.get(`${r},${column}`)?.value !== undefined; r++) {
      rows.push([
        sheet.cells.get(`${r},${column}`)?.value,
        sheet.cells.get(`${r},${column + 1}`)?.value,
      ]);
    }
    return { at: `${row},${column}`, rows };
  }
  return undefined;
}

const HOSTS_WITHOUT_NOTES: [string, StrictExcelOptions][] = [
  ["Excel 2021/2024 (ExcelApi 1.17)", { apiVersion: 17 }],
  ["Microsoft 365 with an Office.js without notes", { apiVersion: 18, library: { notes: false } }],
];

describe("Findings that can't become notes go beside the table", () => {
  test.each(HOSTS_WITHOUT_NOTES)(
    "%s: listed beside the table, no comment, no note",
    async (_n, options) => {
      const { excel, check, skipped } = setup(options);
      const result = await check();
      const bad = cellOf("actual", 6);
      const finding = result.findings.find((f) => f.cell === bad);
      if (!finding) throw new Error("the seed's bad actual gave no finding");
      expect(excel.sheet("KH").comments.size).toBe(0);
      expect(excel.sheet("KH").notes.size).toBe(0);
      expect(skipped).toEqual([]);
      expect(listOn(excel)?.rows).toEqual([[bad, findingMessage(finding, "vi")]]);
      // Right of the summary block, on the table's header row.
      const summaryColumn = [...excel.sheet("KH").cells].find(
        ([, c]) => c.value === "KẾT QUẢ KIỂM TRA CHỈ TIÊU",
      )?.[0];
      const [listRow, listColumn] = (listOn(excel)?.at ?? "").split(",").map(Number);
      expect(listRow).toBe(3);
      expect(listColumn).toBeGreaterThan(Number(summaryColumn?.split(",")[1]) + 1);

      // A re-check with nothing new is the read alone.
      await check();
      expect(excel.requests.map((r) => r.writes)).toEqual([0]);

      // The clerk types a number: the list goes with the finding.
      const cell = inspect(excel.model, "KH", bad);
      if (cell) cell.value = 9;
      await check();
      expect(listOn(excel)).toBeUndefined();
      expect(excel.sheet("KH").cells.get(`${listRow},${listColumn}`)).toBeUndefined();
    },
  );

  test("a host with notes: a person's threaded comment stays, its cell's finding is listed, the rest are notes", async () => {
    const { excel, check } = setup({}, 2);
    const bad = cellOf("actual", 6);
    const theirs = { id: "c1", content: "Số này phường chưa chốt", authorName: "Trần Minh" };
    excel.sheet("KH").comments.set(bad, theirs);
    // A second bad actual, on a cell with no comment: a note as before.
    const other = inspect(excel.model, "KH", cellOf("actual", 10));
    if (other) other.value = "chưa có";
    const result = await check();
    const messages = (cell: string) =>
      result.findings.filter((f) => f.cell === cell).map((f) => findingMessage(f, "vi"));
    expect(excel.sheet("KH").comments.get(bad)).toEqual(theirs);
    expect(excel.sheet("KH").notes.has(bad)).toBe(false);
    expect(excel.sheet("KH").notes.get(cellOf("actual", 10))).toBe(
      messages(cellOf("actual", 10))
        .map((m) => `Chỉ tiêu: ${m}`)
        .join("\n"),
    );
    expect(listOn(excel)?.rows).toEqual(messages(bad).map((m) => [bad, m]));
  });
});

describe("The budget check's findings on a host without notes", () => {
  test("listed beside its owned columns under the budget's own marker; a re-run keeps the place", async () => {
    const excel = new StrictExcel({ sheets: [{ name: "Sheet1" }] }, { apiVersion: 17 });
    const gateway = new OfficeGateway(excel.run, {
      isSetSupported: excel.isSetSupported,
      library: excel.excelLibrary,
    });
    const { sheet } = await typeBudgetWorkbook(gateway);
    await gateway.select(sheet, "A1");
    const first = await runBudgetCheck(gateway, {
      scope: "active",
      period: "6m",
      highlight: true,
      lang: "vi",
    });
    const noted = first.check.findings.filter((f) => f.severity !== "info" && f.cell);
    expect(noted.length).toBeGreaterThan(0);
    const model = excel.sheet(sheet);
    expect(model.comments.size + model.notes.size).toBe(0);
    const marker = [...model.cells].find(([, c]) => c.value === FINDING_LIST_MARKER.budget.vi);
    if (!marker) throw new Error("no list of the budget's findings");
    const [row, column] = marker[0].split(",").map(Number);
    // Right of "Đánh giá" (column G on the budget template).
    expect(column).toBeGreaterThan(7);
    const listed = new Set<unknown>();
    for (let r = row + 2; model.cells.get(`${r},${column}`); r++) {
      listed.add(model.cells.get(`${r},${column}`)?.value);
    }
    expect([...listed].sort()).toEqual(
      [...new Set(noted.map((f) => f.cell?.split(":")[0]))].sort(),
    );

    // In English the next time: the Vietnamese list is replaced where it was.
    await runBudgetCheck(gateway, { scope: "active", period: "6m", highlight: true, lang: "en" });
    expect(model.cells.get(marker[0])?.value).toBe(FINDING_LIST_MARKER.budget.en);
  });
});
