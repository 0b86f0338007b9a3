import { Workbook } from "exceljs";
import { main } from "../../src/cli/main";
import type { BudgetReportJson } from "../../src/workbook/budget/check/budgetReportJson";
import { handTypedBudgetWorkbook } from "./budgetHandTyped";
import { MemoryIo } from "./memoryIo";

const SHEET = "Biểu 02";

/**
 * A reporting system's estimate form exported before anyone filled it in: title, header,
 * the row of column numbers, the lines named and numbered, every figure blank or the 0 the
 * system types for blank.
 */
async function blankTemplate(): Promise<Uint8Array> {
  const wb = new Workbook();
  const ws = wb.addWorksheet(SHEET);
  ws.getCell("A1").value = "DỰ TOÁN THU, CHI NGÂN SÁCH NĂM 2025";
  ws.getCell("D2").value = "Đơn vị tính: triệu đồng";
  ws.getRow(3).values = ["STT", "Nội dung", "Dự toán", "Ước thực hiện", "So sánh (%)"];
  ws.getRow(4).values = ["A", "B", 1, 2, "3 = 2/1"];
  ws.getRow(5).values = ["A", "TỔNG THU NGÂN SÁCH", 0, 0, null];
  ws.getRow(6).values = ["1", "Thu nội địa", 0, null, null];
  ws.getRow(7).values = ["2", "Thu tiền sử dụng đất", null, null, null];
  ws.getRow(8).values = ["B", "TỔNG CHI NGÂN SÁCH", 0, 0, 0];
  ws.getRow(9).values = ["1", "Chi đầu tư phát triển", null, 0, null];
  ws.getRow(10).values = ["2", "Chi thường xuyên", null, null, null];
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

async function budget(bytes: Uint8Array, ...args: string[]): Promise<MemoryIo> {
  const io = new MemoryIo();
  io.files.set("in.xlsx", bytes);
  const lang = args.includes("en") ? ["--lang", "en"] : [];
  expect(await main([...lang, "budget", "in.xlsx", ...args.filter((a) => a !== "en")], io)).toBe(0);
  return io;
}

describe("budget on a blank template", () => {
  test("the text says the sheet's table has no figures yet, not silent zeros", async () => {
    const io = await budget(await blankTemplate());
    expect(io.out.split("\n")[0]).toBe(
      `${SHEET}: Bảng ngân sách chưa có số liệu (biểu mẫu chưa điền): các cột số liệu đều trống hoặc bằng 0, không có gì để kiểm tra.`,
    );
    expect(io.out).not.toMatch(/0 triệu|0%|Tổng thu .* 0/);
  });

  test("in English with --lang en", async () => {
    const io = await budget(await blankTemplate(), "en");
    expect(io.out.split("\n")[0]).toBe(
      `${SHEET}: The budget table has no figures yet (a template not filled in): every figure column is blank or 0, so there is nothing to check.`,
    );
  });

  test("--json carries the finding at the table's first header cell", async () => {
    const io = await budget(await blankTemplate(), "--json");
    const report = JSON.parse(io.out) as BudgetReportJson;
    expect(report.sheets.flatMap((s) => s.tables)).toHaveLength(1);
    expect(report.findings).toContainEqual(
      expect.objectContaining({ rule: "budget_no_figures", sheet: SHEET, cell: "A3" }),
    );
    expect(report.sentences).toEqual([]);
  });

  test("a filled table is not called blank", async () => {
    const io = await budget(await handTypedBudgetWorkbook(), "--json");
    const report = JSON.parse(io.out) as BudgetReportJson;
    expect(report.findings.map((f) => f.rule)).not.toContain("budget_no_figures");
    const text = await budget(await handTypedBudgetWorkbook());
    expect(text.out).not.toMatch(/chưa có số liệu/);
  });
});
