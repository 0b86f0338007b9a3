import { checkPlan } from "../../../src/engine/check/checkPlan";
import { findingMessage } from "../../../src/engine/findings/finding";
import type { RuleId } from "../../../src/engine/findings/rules";
import type { StatusId } from "../../../src/engine/model/status";
import { reportSentence } from "../../../src/engine/report/reportSentence";
import type { IndicatorColumn } from "../../../src/engine/read/rawRow";
import { SHEET, cellOf, rawRow } from "../support/rawRows";

type Cells = Partial<Record<IndicatorColumn, string | number | null>>;

/** A row that reported, so the table is a unit that sent figures (Quận 7's GRDP growth). */
const reported = rawRow(20, {
  name: "Tốc độ tăng trưởng GRDP",
  unit: "%",
  target: 12,
  actual: 12.5,
});

function checkOne(cells: Cells, options: Parameters<typeof checkPlan>[1] = {}) {
  const check = checkPlan([rawRow(7, cells), reported], options);
  return { check, result: check.results[0] };
}

describe("no plan, no judgment", () => {
  test.each<[string, Cells, StatusId, RuleId | undefined]>([
    [
      "blank target",
      { name: "Số xã đạt chuẩn nông thôn mới", unit: "xã", actual: 1 },
      "no_target",
      undefined,
    ],
    [
      "'-' typed for no plan",
      { name: "Số xã đạt chuẩn", unit: "xã", target: "-", actual: 1 },
      "no_target",
      undefined,
    ],
    [
      "'x' typed for no plan",
      { name: "Số xã đạt chuẩn", unit: "xã", target: "x", actual: 0 },
      "no_target",
      undefined,
    ],
    [
      "'Không giao' typed",
      { name: "Số xã đạt chuẩn", unit: "xã", target: "Không giao", actual: 2 },
      "no_target",
      undefined,
    ],
    // A lone 0 on a form that leaves blanks blank: read as no plan, and said so.
    [
      "a lone 0 for a count",
      { name: "Số trường đạt chuẩn quốc gia", unit: "trường", target: 0, actual: 2 },
      "no_target",
      "zero_target_no_plan",
    ],
    // 0 for something to avoid is a ceiling: met by 0, not met by 3.
    [
      "0 for forest fires",
      { name: "Số vụ cháy rừng", unit: "vụ", target: 0, actual: 0 },
      "achieved",
      "zero_target_ceiling",
    ],
    [
      "0 for forest fires, 3 happened",
      { name: "Số vụ cháy rừng", unit: "vụ", target: 0, actual: 3 },
      "not_achieved",
      "zero_target_ceiling",
    ],
    [
      "'không để xảy ra' is a ceiling of 0",
      { name: "Tai nạn lao động nghiêm trọng", unit: "vụ", target: "không để xảy ra", actual: 1 },
      "not_achieved",
      undefined,
    ],
    [
      "'giảm về 0' is a ceiling of 0",
      { name: "Số hộ tái nghèo", unit: "hộ", target: "giảm về 0", actual: 0 },
      "achieved",
      undefined,
    ],
  ])("%s → %s", (_label, cells, status, rule) => {
    const { result } = checkOne(cells);
    expect(result.status).toBe(status);
    const rules = result.findings.map((f) => f.rule);
    if (rule) expect(rules).toContain(rule);
    else expect(rules.filter((r) => r.startsWith("zero_target"))).toEqual([]);
    for (const f of result.findings) {
      expect(f.cell).toBeDefined();
      expect(findingMessage(f, "vi")).not.toMatch(/\{\w+\}/);
    }
  });

  test("on a form that types 0 for blank, zero targets are no plan, said once for the table", () => {
    const rows = [
      rawRow(7, { name: "E. SẢN XUẤT NÔNG NGHIỆP", baseline: 0, target: 0, forecast: 0 }),
      rawRow(8, { name: "- Diện tích", unit: "Ha", baseline: 10, target: 27, forecast: 174.5 }),
      rawRow(9, { name: "Đàn trâu", unit: "Con", baseline: 0, target: 0, forecast: 233 }),
      rawRow(10, { name: "Đàn bò", unit: "Con", baseline: 0, target: 0, forecast: 0 }),
    ];
    const check = checkPlan(rows, { unit: "Toàn huyện" });
    expect(check.results.map((r) => r.status)).toEqual([
      "no_target",
      "exceeded",
      "no_target",
      "no_target",
    ]);
    expect(check.summary.total).toBe(1);
    expect(check.summary.counts.no_target).toBe(3);
    const zeros = check.findings.filter((f) => f.rule === "zeros_for_blank");
    expect(zeros).toEqual([
      expect.objectContaining({
        sheet: SHEET,
        cell: `${cellOf("target", 7)}:${cellOf("target", 10)}`,
      }),
    ]);
    expect(check.findings.map((f) => f.rule)).not.toContain("zero_target_no_plan");
    expect(reportSentence(check.summary, check.results)).toBe(
      "Hoàn thành 1/1 chỉ tiêu (100%), trong đó 1 chỉ tiêu vượt kế hoạch (100%); không tính 3 chỉ tiêu không giao kế hoạch.",
    );
  });
});

describe("no report, no judgment", () => {
  test("a unit whose actuals are all blank or 0 is 'Chưa báo cáo': one finding on its range, nothing counted", () => {
    const rows = [
      rawRow(8, { name: "- Diện tích", unit: "Ha", target: 14, actual: 0, forecast: 0 }),
      rawRow(9, { name: "- Năng suất", unit: "Tạ/Ha", target: 1, actual: null, forecast: 0 }),
      rawRow(10, { name: "- Sản lượng", unit: "Tấn", target: 1.4, actual: "-", forecast: null }),
    ];
    const check = checkPlan(rows, { unit: "Xã Ka Đô" });
    expect(check.results.map((r) => r.status)).toEqual([
      "not_reported",
      "not_reported",
      "not_reported",
    ]);
    expect(check.summary.total).toBe(0);
    const said = check.findings.filter((f) => f.rule === "unit_not_reported");
    expect(said).toHaveLength(1);
    expect(said[0]).toMatchObject({
      sheet: SHEET,
      cell: `${cellOf("actual", 8)}:${cellOf("forecast", 10)}`,
    });
    expect(findingMessage(said[0], "vi")).toContain("Xã Ka Đô chưa báo cáo");
    expect(check.findings.map((f) => f.rule)).not.toContain("missing_actual");
    expect(reportSentence(check.summary, check.results)).toBe("Chưa báo cáo số liệu kỳ này.");
  });

  test("inside a unit that reported, an actual of 0 against a plan and last year's figure is a warning beside the status", () => {
    const { result } = checkOne({
      name: "Sữa bò",
      unit: "Tấn",
      baseline: 154,
      target: 150,
      actual: 0,
    });
    expect(result.status).toBe("not_achieved");
    const zero = result.findings.find((f) => f.rule === "zero_actual");
    expect(zero).toMatchObject({ cell: cellOf("actual", 7), severity: "warning" });
    expect(findingMessage(zero!, "vi")).toBe(
      "“Sữa bò” có số thực hiện bằng 0 trong khi kế hoạch là 150 và năm trước đạt 154: chưa nhập hay thực sự bằng 0?",
    );
  });

  test("an actual of 0 with no figure last year on a form that keeps blanks blank is not questioned", () => {
    const { result } = checkOne({ name: "Số trường mới", unit: "trường", target: 2, actual: 0 });
    expect(result.status).toBe("not_achieved");
    expect(result.findings.map((f) => f.rule)).not.toContain("zero_actual");
  });
});

describe("a status agrees with the number beside it", () => {
  test.each<[string, Cells, string, StatusId, number | undefined]>([
    // Hộ nghèo 2,0% last year, "giảm 0,5%" planned (to 1,5), down to 1,0: 1,0 reduction / 0,5 planned.
    [
      "a reduction achieved twice over",
      { name: "Tỷ lệ hộ nghèo", unit: "%", baseline: 2, target: "giảm 0,5", actual: 1 },
      "year",
      "exceeded",
      200,
    ],
    [
      "a reduction half done",
      { name: "Tỷ lệ hộ nghèo", unit: "%", baseline: 2, target: "giảm 0,5", actual: 1.75 },
      "year",
      "not_achieved",
      50,
    ],
    [
      "a ceiling passed mid-year is not met",
      { name: "Tỷ suất sinh", unit: "‰", target: "không quá 3", actual: 3.54 },
      "6m",
      "not_achieved",
      118,
    ],
  ])("%s", (_label, cells, period, status, percent) => {
    const { result } = checkOne(cells, { period: period as "year" | "6m" });
    expect(result.status).toBe(status);
    if (percent === undefined) expect(result.percent).toBeUndefined();
    else expect(result.percent).toBeCloseTo(percent, 5);
  });
});
