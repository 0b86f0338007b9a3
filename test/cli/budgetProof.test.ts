import { main } from "../../src/cli/main";
import { openWorkbook } from "../../src/hosts/xlsx";
import type { BudgetReportJson } from "../../src/workbook/budget/check/budgetReportJson";
import type { SheetSnapshot, WorkbookSnapshot } from "../../src/workbook/snapshot";
import { HAND_TYPED_SHEET, handTypedBudgetWorkbook, USER_NOTE } from "./budgetHandTyped";
import { cellMap } from "../support/cellMap";
import { MemoryIo } from "./memoryIo";

const CHART_SHEET = "Biểu đồ ngân sách";

async function read(bytes: Uint8Array | undefined): Promise<WorkbookSnapshot> {
  if (!bytes) throw new Error("no file written");
  return (await openWorkbook(bytes)).read();
}

function sheetOf(snapshot: WorkbookSnapshot, name: string): SheetSnapshot {
  const sheet = snapshot.sheets.find((s) => s.name === name);
  if (!sheet) throw new Error(`no sheet ${name}`);
  return sheet;
}

async function checked() {
  const io = new MemoryIo();
  io.files.set("in.xlsx", await handTypedBudgetWorkbook());
  const code = await main(["budget", "in.xlsx", "--out", "out.xlsx", "--json"], io);
  const before = await read(io.files.get("in.xlsx"));
  const after = await read(io.files.get("out.xlsx"));
  return { code, io, before, after, report: JSON.parse(io.out) as BudgetReportJson };
}

let first: Awaited<ReturnType<typeof checked>>;
beforeAll(async () => {
  first = await checked();
});

describe("a hand-typed budget sheet, checked from the command line", () => {
  test("the lines are read by their indentation and judged", () => {
    expect(first.code).toBe(0);
    const [table] = first.report.sheets[0].tables;
    expect(table.unitName).toBe("Quận Hoàng Mai");
    expect(
      table.lines.map((l) => [l.row, l.depth, l.section, l.status, l.findings.length]),
    ).toEqual([
      [6, 0, "revenue", "met_estimate", 0],
      [7, 1, "revenue", "above_estimate", 0],
      [8, 1, "revenue", "below_estimate", 1],
      [9, 0, "expenditure", "within_estimate", 0],
      [10, 1, "expenditure", "mismatch", 1],
      [11, 1, "expenditure", "within_estimate", 0],
      [12, 2, "expenditure", "within_estimate", 0],
      [13, 2, "expenditure", "within_estimate", 0],
      [14, 1, "expenditure", "within_estimate", 0],
    ]);
    expect(first.report.findings.map((f) => `${f.rule}@${f.cell}`)).toEqual([
      "budget_revenue_behind@C8",
      "budget_percent_mismatch@D10",
    ]);
    // The seed's sentence: "tổng chi ước đạt 1.842 tỷ đồng, bằng 96% dự toán".
    expect(first.report.sentences).toEqual([
      "Tổng thu ngân sách nhà nước trên địa bàn ước đạt 4.435 tỷ đồng, bằng 100% dự toán; tổng chi ngân sách quận ước đạt 1.842 tỷ đồng, bằng 96% dự toán.",
    ]);
  });

  test("only the two owned columns, the notes and the chart sheet differ from the input", () => {
    const before = sheetOf(first.before, HAND_TYPED_SHEET);
    const after = sheetOf(first.after, HAND_TYPED_SHEET);
    const a = cellMap(before);
    const b = cellMap(after);
    for (const [key, value] of a) expect([key, b.get(key)]).toEqual([key, value]);
    const added = [...b.keys()].filter((k) => !a.has(k));
    expect(new Set(added.map((k) => Number(k.split(",")[1])))).toEqual(new Set([6, 7]));
    expect(b.get("5,6")).toBe("% dự toán (tính)");
    expect(b.get("5,7")).toBe("Đánh giá");
    expect(first.after.sheets.map((s) => s.name)).toEqual([HAND_TYPED_SHEET, CHART_SHEET]);
    expect(Object.keys(after.notes).sort()).toEqual(["B9", "C8", "D10"]);
  });

  test("the user's % column is compared, never overwritten", () => {
    const after = sheetOf(first.after, HAND_TYPED_SHEET);
    const b = cellMap(after);
    expect(b.get("10,4")).toBe(97);
    expect(b.get("10,6")).toBe(97.6);
    expect(after.notes.D10).toBe(
      "Chỉ tiêu – ngân sách: “Chi đầu tư phát triển”: cột % dự toán ghi 97%, nhưng 800 / 820 = 97,56%.",
    );
    const [table] = first.report.sheets[0].tables;
    const line = table.lines.find((l) => l.row === 10);
    expect([line?.typedPercentOfEstimate, line?.percentOfEstimate]).toEqual([97, 97.56]);
  });

  test("text that begins with '=' stays text, and the user's note is kept word for word", () => {
    const after = sheetOf(first.after, HAND_TYPED_SHEET);
    expect(after.values[11 - after.origin.row][5 - after.origin.column]).toBe("=theo QĐ 123");
    expect(after.formulas[11 - after.origin.row][5 - after.origin.column]).toBeNull();
    expect(after.notes.B9).toBe(USER_NOTE);
  });

  test("a second run on the output reproduces the first", async () => {
    const io = new MemoryIo();
    io.files.set("once.xlsx", first.io.files.get("out.xlsx") as Uint8Array);
    expect(await main(["budget", "once.xlsx", "--out", "twice.xlsx", "--json"], io)).toBe(0);
    const twice = await read(io.files.get("twice.xlsx"));
    expect(twice.sheets.map((s) => s.name)).toEqual(first.after.sheets.map((s) => s.name));
    for (const sheet of first.after.sheets) {
      expect(cellMap(sheetOf(twice, sheet.name))).toEqual(cellMap(sheet));
      expect(sheetOf(twice, sheet.name).notes).toEqual(sheet.notes);
    }
    const report = JSON.parse(io.out) as BudgetReportJson;
    expect(report.findings).toEqual(first.report.findings);
    expect(report.sentences).toEqual(first.report.sentences);
  });
});
