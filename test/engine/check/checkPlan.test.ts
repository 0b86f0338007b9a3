import { checkPlan } from "../../../src/engine/check/checkPlan";
import { findingMessage } from "../../../src/engine/findings/finding";
import type { RuleId } from "../../../src/engine/findings/rules";
import type { StatusId } from "../../../src/engine/model/status";
import type { IndicatorColumn, RawIndicatorRow } from "../../../src/engine/read/rawRow";
import { SHEET, cellOf, rawRow } from "../support/rawRows";

const growth = { name: "Tốc độ tăng trưởng giá trị sản xuất", unit: "%" };

describe("entry checks: each bad entry is a finding at its cell", () => {
  test.each<[string, Partial<Record<IndicatorColumn, unknown>>, RuleId, IndicatorColumn, StatusId]>(
    [
      [
        "actual typed as words",
        { ...growth, target: "từ 12% trở lên", actual: "khoảng mười hai" },
        "not_a_number",
        "actual",
        "invalid",
      ],
      [
        "actual '49,368' with nothing to settle the style",
        { name: "Thu ngân sách", unit: "tỷ đồng", target: 50, actual: "49,368" },
        "ambiguous_number",
        "actual",
        "invalid",
      ],
      [
        "no actual yet",
        { ...growth, target: "từ 12% trở lên" },
        "missing_actual",
        "actual",
        "missing",
      ],
      [
        "'giảm 3-5%' without last year's figure",
        { name: "Số vụ phạm pháp hình sự", unit: "vụ", target: "giảm 3-5%", actual: 190 },
        "missing_baseline",
        "baseline",
        "missing",
      ],
      [
        "a target no one can read",
        { ...growth, target: "sẽ xem xét sau", actual: 12 },
        "unknown_target",
        "target",
        "invalid",
      ],
      [
        "a kind outside the list",
        { ...growth, kind: "càng nhiều càng tốt", target: 12, actual: 12 },
        "unknown_kind",
        "kind",
        "invalid",
      ],
      [
        "a rate of 105%",
        { name: "Tỷ lệ bao phủ BHYT", unit: "%", target: 93.5, actual: 105 },
        "rate_out_of_range",
        "actual",
        "invalid",
      ],
      [
        "a negative headcount",
        { name: "Số người lao động được tạo việc làm", unit: "người", target: 4500, actual: -20 },
        "negative_value",
        "actual",
        "invalid",
      ],
      [
        "#REF! in the actual",
        { ...growth, target: 12, actual: { error: "#REF!" } },
        "excel_error",
        "actual",
        "invalid",
      ],
      [
        "#DIV/0! in the baseline",
        { ...growth, target: 12, actual: 12, baseline: { error: "#DIV/0!" } },
        "excel_error",
        "baseline",
        "invalid",
      ],
      [
        "#VALUE! typed as text in the target",
        { ...growth, target: "#VALUE!", actual: 12 },
        "excel_error",
        "target",
        "invalid",
      ],
      [
        "#N/A in the forecast",
        { ...growth, target: 12, actual: 12, forecast: { error: "#N/A" } },
        "excel_error",
        "forecast",
        "invalid",
      ],
      [
        "a milestone state no one can read",
        { name: "Đồ án quy hoạch phân khu", unit: "đồ án", target: "hoàn thành", actual: "để sau" },
        "unknown_milestone",
        "actual",
        "invalid",
      ],
      [
        "revenue typed in triệu into a tỷ đồng row",
        {
          name: "Thu NSNN trên địa bàn",
          unit: "tỷ đồng",
          baseline: 8200,
          target: 8664.9,
          actual: 8700000,
        },
        "implausible_magnitude",
        "actual",
        "invalid",
      ],
      [
        "the name left empty",
        { unit: "%", target: 12, actual: 13 },
        "missing_name",
        "name",
        "invalid",
      ],
    ],
  )("%s → %s", (_label, cells, rule, column, status) => {
    // A second row that reported, so the table is a unit that sent its figures.
    const reported = rawRow(8, { name: "Thu NSNN", unit: "tỷ đồng", target: 100, actual: 90 });
    const check = checkPlan([rawRow(7, cells as Parameters<typeof rawRow>[1]), reported]);
    const [result] = check.results;
    expect(result.findings).toContainEqual(
      expect.objectContaining({ rule, sheet: SHEET, cell: cellOf(column, 7) }),
    );
    expect(result.status).toBe(status);
    for (const f of result.findings) {
      expect(findingMessage(f, "vi")).not.toMatch(/\{\w+\}/);
      expect(findingMessage(f, "en")).not.toMatch(/\{\w+\}/);
    }
  });

  test("a duplicate code is flagged at the second row, pointing at the first", () => {
    const check = checkPlan([
      rawRow(5, { code: "KT01", ...growth, target: 12, actual: 13 }),
      rawRow(6, { code: "KT01", name: "Tỷ lệ giải ngân", unit: "%", target: 97, actual: 98 }),
    ]);
    expect(check.results.map((r) => r.status)).toEqual(["exceeded", "invalid"]);
    const [dup] = check.results[1].findings;
    expect(dup).toMatchObject({ rule: "duplicate_code", cell: "A6" });
    expect(findingMessage(dup)).toBe("Mã “KT01” đã dùng ở ô A5; mỗi chỉ tiêu cần một mã riêng.");
  });

  test("the sheet's other numbers settle an ambiguous one ('50.068' in a Vietnamese sheet)", () => {
    const check = checkPlan([
      rawRow(5, {
        name: "Thu NSNN trên địa bàn",
        unit: "tỷ đồng",
        target: "8.664,9",
        actual: "8.700,5",
      }),
      rawRow(6, {
        name: "Tổng giá trị sản xuất",
        unit: "tỷ đồng",
        target: "48.000",
        actual: "50.068",
      }),
    ]);
    expect(check.numberStyle).toBe("vi");
    expect(check.findings).toEqual([]);
    expect(check.results[1].status).toBe("exceeded");
    expect(check.results[1].percent).toBeCloseTo((50068 / 48000) * 100, 6);
  });

  test.each([
    ["không quá 2,97", "vi", 1000],
    ["at most 2.97", "en", 1],
  ])("numbers inside target texts settle the style too (%s → %s)", (settling, style, decrease) => {
    const check = checkPlan([
      rawRow(5, { name: "Số hộ cận nghèo", unit: "hộ", target: "giảm 1.000 hộ", baseline: 3300 }),
      rawRow(6, { name: "Số con bình quân", unit: "con", target: settling }),
    ]);
    expect(check.numberStyle).toBe(style);
    expect(check.findings.filter((f) => f.rule === "ambiguous_number")).toEqual([]);
    expect(check.results[0].indicator.target).toMatchObject({ value: decrease });
  });

  test("a target text alone, with nothing to settle it, stays ambiguous", () => {
    const check = checkPlan([
      rawRow(5, { name: "Số hộ cận nghèo", unit: "hộ", target: "giảm 1.000 hộ", baseline: 3300 }),
    ]);
    expect(check.findings.map((f) => f.rule)).toContain("ambiguous_number");
  });

  test("a percent cell 0.12 under a % format is 12 when the unit is %", () => {
    const check = checkPlan([
      rawRow(5, {
        ...growth,
        target: { value: 0.12, numFmt: "0%" },
        actual: { value: 0.125, numFmt: "0.0%" },
      }),
    ]);
    expect(check.results[0].indicator.target).toMatchObject({ value: 12 });
    expect(check.results[0].indicator.actual).toEqual({ kind: "number", value: 12.5 });
    expect(check.results[0].status).toBe("exceeded");
  });

  test("numbers typed as text with Unicode minus and non-breaking spaces", () => {
    const check = checkPlan([
      rawRow(5, {
        name: "Tốc độ tăng trưởng xuất khẩu",
        unit: "%",
        target: "\u22122",
        actual: "\u00a0\u22121,5 ",
      }),
    ]);
    expect(check.findings).toEqual([]);
    expect(check.results[0].indicator.actual).toEqual({ kind: "number", value: -1.5 });
  });

  test("the Lũy kế column sets pacing; an unreadable value is a warning", () => {
    const check = checkPlan(
      [
        rawRow(5, {
          name: "Số người lao động được tạo việc làm",
          unit: "người",
          cumulative: "có",
          target: "4.500",
          actual: "2.300",
        }),
        rawRow(6, {
          name: "Số lao động được đào tạo nghề",
          unit: "người",
          cumulative: "hình như có",
          target: 1000,
          actual: 400,
        }),
      ],
      { period: "6m", numberStyle: "vi" },
    );
    expect(check.results.map((r) => r.status)).toEqual(["on_track", "lagging"]);
    expect(check.findings).toEqual([
      expect.objectContaining({ rule: "unknown_cumulative", severity: "warning", cell: "G6" }),
    ]);
  });

  test("milestones typed in words", () => {
    const rows: RawIndicatorRow[] = [
      "Hoàn thành",
      "Đã hoàn thành",
      "Chưa hoàn thành",
      "Đang thực hiện",
    ].map((actual, i) =>
      rawRow(5 + i, {
        name: `Công trình ${i + 1}`,
        unit: "công trình",
        target: "hoàn thành",
        actual,
      }),
    );
    expect(checkPlan(rows).results.map((r) => r.status)).toEqual([
      "achieved",
      "achieved",
      "not_achieved",
      "not_achieved",
    ]);
    expect(checkPlan(rows, { period: "6m" }).results.map((r) => r.status)).toEqual([
      "achieved",
      "achieved",
      "lagging",
      "on_track",
    ]);
  });

  test("an explicit kind column overrides the target's text", () => {
    const check = checkPlan([
      rawRow(5, {
        name: "Tỷ lệ sinh con thứ 3 trở lên",
        unit: "%",
        kind: "≤",
        target: "2,97",
        actual: "2,5",
      }),
    ]);
    expect(check.results[0].indicator.target?.kind).toBe("at_most");
    expect(check.results[0].status).toBe("exceeded");
  });

  test("a kind column that contradicts the target's words is a warning, and the words win", () => {
    const check = checkPlan([
      rawRow(5, { ...growth, kind: "≤", target: "từ 12% trở lên", actual: 13 }),
    ]);
    expect(check.results[0].status).toBe("exceeded");
    expect(check.findings).toEqual([
      expect.objectContaining({ rule: "kind_conflict", severity: "warning", cell: "E5" }),
    ]);
  });

  test("the findings list gathers every row's findings in order", () => {
    const check = checkPlan([
      rawRow(5, { ...growth, target: 12, actual: { error: "#REF!" } }),
      rawRow(6, { ...growth, target: 12 }),
    ]);
    expect(check.findings.map((f) => [f.rule, f.cell])).toEqual([
      ["excel_error", "K5"],
      ["missing_actual", "K6"],
    ]);
    expect(check.summary.counts).toMatchObject({ invalid: 1, missing: 1 });
  });
});
