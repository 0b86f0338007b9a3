import path from "node:path";
import { main } from "../../src/cli/main";
import { createWorkbook } from "../../src/hosts/xlsx";
import type { BudgetReportJson } from "../../src/workbook/budget/check/budgetReportJson";
import type { CheckReportJson } from "../../src/workbook/check/checkReportJson";
import { plantedBudgetWorkbook } from "../workbook/budget/check/plantedBudgetWorkbook";
import { handTypedBudgetWorkbook } from "./budgetHandTyped";
import { MemoryIo } from "./memoryIo";

const CORPUS = path.resolve(__dirname, "../../../shared/corpus");

async function run(io: MemoryIo, ...args: string[]): Promise<number> {
  return main(args, io);
}

async function withFile(bytes: Uint8Array): Promise<MemoryIo> {
  const io = new MemoryIo();
  io.files.set("in.xlsx", bytes);
  return io;
}

describe("chitieu budget on the corpus's budget forms", () => {
  test.each<[string, number[], string]>([
    ["vn05_qlns_dutoan_congkhai_thuchi_to1.xlsx", [5, 6, 7], "C9"],
    ["vn06_qlns_quyettoan_congkhai_04a.xlsx", [8, 9], "F11"],
    ["vn07_qlns_thunop_nsnn_mau_T02N.xlsx", [8, 9], "B11"],
  ])("%s: its table is read, its placeholders said", async (file, headerRows, placeholderCell) => {
    const io = new MemoryIo();
    expect(await run(io, "budget", path.join(CORPUS, file), "--json")).toBe(0);
    expect(io.err).toBe("");
    const report = JSON.parse(io.out) as BudgetReportJson;
    const tables = report.sheets.flatMap((s) => s.tables.map((t) => [s.sheet, t.headerRows]));
    expect(tables).toEqual([["Sheet1", headerRows]]);
    expect(report.findings).toContainEqual(
      expect.objectContaining({ rule: "budget_template_rows", cell: placeholderCell }),
    );
    // A template's placeholders are no figures: no error, no sentence made of nothing.
    expect(report.findings.filter((f) => f.severity === "error")).toEqual([]);
    expect(report.sentences).toEqual([]);
  });

  test.each([
    ["vn09_bki_bieu_01_02_quyet_toan.xls", /\.xls/],
    ["e02_poi_58616_encrypted.xlsx", /mật khẩu|password/i],
    ["e04_ejs_invalid-xml.xlsx", /./],
    ["does-not-exist.xlsx", /^Không tìm thấy tệp .*does-not-exist\.xlsx\.$/m],
  ])("%s is exit 2 with one line", async (file, pattern) => {
    const io = new MemoryIo();
    expect(await run(io, "budget", path.join(CORPUS, file), "--json")).toBe(2);
    expect(io.err.trim().split("\n")).toHaveLength(1);
    expect(io.err).toMatch(pattern);
    expect(io.out).toBe("");
  });

  test("a workbook without a budget table: one line, exit 0", async () => {
    const io = new MemoryIo();
    const file = path.join(CORPUS, "g01_poi_simple-monthly-budget.xlsx");
    expect(await run(io, "budget", file)).toBe(0);
    expect(io.out.trim().split("\n")).toEqual([
      `Không tìm thấy bảng ngân sách nào trong ${file} (cần cột Nội dung và cột Dự toán, Thực hiện, Quyết toán, Tỷ trọng hoặc Số lượng).`,
    ]);
    expect(await run(io, "budget", file, "--strict")).toBe(0);
  });
});

describe("chitieu template budget, then chitieu budget", () => {
  test("the estimate reads clean: no actual typed yet is no finding on every line", async () => {
    const io = new MemoryIo();
    const args = ["--unit", "Quận Nam Từ Liêm", "--year", "2023", "--out", "ns.xlsx"];
    expect(await run(io, "template", "budget", ...args)).toBe(0);
    io.out = "";
    expect(await run(io, "budget", "ns.xlsx", "--json", "--strict")).toBe(0);
    const report = JSON.parse(io.out) as BudgetReportJson;
    expect(report.findings).toEqual([]);
    const [table] = report.sheets[0].tables;
    expect(table.lines).toHaveLength(29);
    expect(new Set(table.lines.map((l) => l.status))).toEqual(new Set(["recorded"]));
    // Nam Từ Liêm 2023 (seed 004): thu 8.664,9 tỉ, chi cân đối 1.130,756 tỉ.
    expect(report.sentences).toEqual([
      "Dự toán tổng thu ngân sách nhà nước trên địa bàn 8.664,9 tỷ đồng; dự toán chi cân đối ngân sách địa phương 1.130,756 tỷ đồng.",
    ]);
    expect(report.chartSheet).toBeNull();
  });
});

describe("chitieu budget --json", () => {
  let report: BudgetReportJson;
  let check: CheckReportJson;
  beforeAll(async () => {
    const io = await withFile(await plantedBudgetWorkbook());
    expect(await run(io, "budget", "in.xlsx", "--json")).toBe(0);
    report = JSON.parse(io.out) as BudgetReportJson;
    // The plan check of the same file, for the shape of its findings.
    const planIo = await withFile(await handTypedBudgetWorkbook());
    await run(planIo, "check", "in.xlsx", "--json");
    check = JSON.parse(planIo.out) as CheckReportJson;
  });

  test("has the file, the sheets and tables, the sentences, the chart sheet and the findings", () => {
    expect(Object.keys(report)).toEqual(["file", "sheets", "sentences", "chartSheet", "findings"]);
    expect(report.file).toBe("in.xlsx");
    expect(report.chartSheet).toBe("Biểu đồ ngân sách");
    expect(report.sheets.map((s) => [s.sheet, s.tables.length])).toEqual([
      ["Thu chi 6 tháng", 1],
      ["Cơ cấu kinh tế", 2],
      ["Biên chế", 2],
    ]);
    expect(report.sentences).toHaveLength(5);
  });

  test("a table: its kind, period, unit, lines and totals", () => {
    const [table] = report.sheets[0].tables;
    expect(table).toMatchObject({
      title: "ƯỚC THỰC HIỆN THU, CHI NGÂN SÁCH NHÀ NƯỚC 6 THÁNG NĂM 2022",
      unitName: "Quận Hoàng Mai",
      kind: "amounts",
      period: "6m",
      unit: "tỷ đồng",
      headerRows: [5],
    });
    expect(table.totals).toEqual([
      {
        section: "revenue",
        name: "Tổng thu ngân sách nhà nước trên địa bàn",
        row: 6,
        estimate: 4435,
        actual: 2300,
        percentOfEstimate: 51.86,
      },
      {
        section: "expenditure",
        name: "Tổng chi ngân sách quận",
        row: 11,
        estimate: 1752.631,
        actual: 923.8,
        percentOfEstimate: 52.71,
      },
    ]);
    expect(table.sentence).toBe(report.sentences[0]);
  });

  test("a line has exactly the documented fields", () => {
    const line = report.sheets[0].tables[0].lines.find((l) => l.row === 17);
    expect(line).toEqual({
      row: 17,
      code: "4",
      name: "Chi quản lý hành chính",
      depth: 2,
      section: "expenditure",
      estimate: 58.756,
      actual: 30,
      share: null,
      percentOfEstimate: 51.06,
      typedPercentOfEstimate: 55,
      status: "mismatch",
      label: "Số liệu không khớp",
      findings: [
        {
          severity: "error",
          rule: "budget_percent_mismatch",
          sheet: "Thu chi 6 tháng",
          cell: "F17",
          message: "“Chi quản lý hành chính”: cột % dự toán ghi 55%, nhưng 30 / 58,756 = 51,06%.",
        },
      ],
    });
    const share = report.sheets[1].tables[0].lines[1];
    expect([share.name, share.share, share.estimate, share.code]).toEqual([
      "Thương mại, dịch vụ",
      61.6,
      null,
      "1",
    ]);
  });

  test("findings are shaped as in `chitieu check --json`", () => {
    expect(check.findings.length).toBeGreaterThan(0);
    const keys = Object.keys(check.findings[0]);
    expect(keys).toEqual(["severity", "rule", "sheet", "cell", "message"]);
    for (const f of report.findings) expect(Object.keys(f)).toEqual(keys);
    expect(report.findings.map((f) => `${f.sheet}!${f.cell}`)).toContain("Thu chi 6 tháng!E27");
  });

  test("--lang en writes the labels, messages and sentences in English", async () => {
    const io = await withFile(await plantedBudgetWorkbook());
    expect(await run(io, "--lang", "en", "budget", "in.xlsx", "--json")).toBe(0);
    const en = JSON.parse(io.out) as BudgetReportJson;
    const line = en.sheets[0].tables[0].lines.find((l) => l.row === 16);
    expect(line?.label).toBe("Over estimate");
    expect(line?.findings[0].message).toBe(
      "Spending on “Chi bảo đảm xã hội”, 52 billion dong, is over its estimate of 46.2 billion dong (112.6% of the estimate).",
    );
    expect(en.chartSheet).toBe("Budget chart");
    expect(en.sentences[0]).toMatch(/^Six months: /);
  });
});

describe("chitieu budget: text output, --strict, --period, --sheet", () => {
  test("the sentences, the findings with their cells, the info count, what was written", async () => {
    const io = await withFile(await plantedBudgetWorkbook());
    expect(await run(io, "budget", "in.xlsx", "--out", "out.xlsx")).toBe(0);
    const lines = io.out.split("\n");
    expect(lines[0]).toBe(
      "Thu chi 6 tháng — Quận Hoàng Mai: 6 tháng: tổng thu ngân sách nhà nước trên địa bàn đạt 2.300 tỷ đồng, bằng 51,9% dự toán; tổng chi ngân sách quận đạt 923,8 tỷ đồng, bằng 52,7% dự toán.",
    );
    expect(lines).toContain("Phát hiện (12):");
    expect(lines).toContain(
      "  Lỗi: Thu chi 6 tháng!E26: “Chi quốc phòng”: ô Thực hiện ghi “mười lăm”, không phải là số.",
    );
    expect(lines).toContain(
      "  Lỗi: Cơ cấu kinh tế!C13: Tỷ trọng 3 dòng từ “Thương mại, dịch vụ” đến “Nông nghiệp” cộng lại 55%, không bằng 100% (chênh lệch -45 điểm phần trăm).",
    );
    expect(lines).toContain("Đã ghi out.xlsx, biểu đồ ở trang “Biểu đồ ngân sách”");
    expect(io.files.has("out.xlsx")).toBe(true);
  });

  test("info notes are counted, not listed", async () => {
    const io = new MemoryIo();
    const file = path.join(CORPUS, "vn06_qlns_quyettoan_congkhai_04a.xlsx");
    expect(await run(io, "budget", file)).toBe(0);
    expect(io.out).toBe(
      "Sheet1: Bảng ngân sách chưa có số liệu (biểu mẫu chưa điền): các cột số liệu đều trống hoặc bằng 0, không có gì để kiểm tra.\n(3 ghi chú thông tin, xem --json)\n",
    );
  });

  test("--strict: exit 1 when there are errors, 0 when there are only warnings", async () => {
    const planted = await withFile(await plantedBudgetWorkbook());
    expect(await run(planted, "budget", "in.xlsx")).toBe(0);
    expect(await run(planted, "budget", "in.xlsx", "--strict")).toBe(1);
    // Spending over its estimate is a warning: the figures themselves are sound.
    const gateway = createWorkbook();
    await gateway.apply({
      changes: [
        { kind: "addSheet", sheet: "Chi" },
        {
          kind: "values",
          sheet: "Chi",
          anchor: "A1",
          rows: [
            ["Nội dung", "Dự toán", "Thực hiện"],
            ["Tổng chi ngân sách quận", 1918.75, 1950],
          ],
        },
      ],
    });
    const warned = await withFile(await gateway.toBuffer());
    expect(await run(warned, "budget", "in.xlsx", "--strict", "--json")).toBe(0);
    const report = JSON.parse(warned.out) as BudgetReportJson;
    expect(report.findings.map((f) => [f.severity, f.rule, f.cell])).toEqual([
      ["warning", "budget_over_estimate", "C2"],
    ]);
  });

  test("--period overrides the title's: at year end the land revenue is below its estimate", async () => {
    const io = await withFile(await plantedBudgetWorkbook());
    expect(await run(io, "budget", "in.xlsx", "--json", "--period", "year")).toBe(0);
    const report = JSON.parse(io.out) as BudgetReportJson;
    const [table] = report.sheets[0].tables;
    expect(table.period).toBe("year");
    const status = (row: number) => table.lines.find((l) => l.row === row)?.status;
    expect([status(6), status(10)]).toEqual(["below_estimate", "below_estimate"]);
    expect(await run(new MemoryIo(), "budget", "in.xlsx", "--period", "8m")).toBe(2);
  });

  test("--sheet checks only the sheets named, and an unknown name is exit 2", async () => {
    const io = await withFile(await plantedBudgetWorkbook());
    expect(
      await run(
        io,
        "budget",
        "in.xlsx",
        "--json",
        "--sheet",
        "biên chế",
        "--sheet",
        "Cơ cấu kinh tế",
      ),
    ).toBe(0);
    const report = JSON.parse(io.out) as BudgetReportJson;
    expect(report.sheets.map((s) => s.sheet)).toEqual(["Cơ cấu kinh tế", "Biên chế"]);
    expect(report.chartSheet).toBeNull();
    const wrong = await withFile(await plantedBudgetWorkbook());
    expect(await run(wrong, "budget", "in.xlsx", "--sheet", "Thu chi 9 tháng")).toBe(2);
    expect(wrong.err).toBe(
      "in.xlsx: không có trang “Thu chi 9 tháng”. Các trang: “Thu chi 6 tháng”, “Cơ cấu kinh tế”, “Biên chế”.\n",
    );
    expect(wrong.out).toBe("");
  });
});
