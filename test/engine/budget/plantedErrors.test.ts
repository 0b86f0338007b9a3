import { checkBudget } from "../../../src/engine/budget/checkBudget";
import type { BudgetColumn } from "../../../src/engine/budget/rawBudget";
import { findingMessage } from "../../../src/engine/findings/finding";
import type { RuleId } from "../../../src/engine/findings/rules";
import type { PeriodId } from "../../../src/engine/model/period";
import { budgetTable, cellOf, type RowSpec } from "./budgetRows";

/**
 * An execution table in the Hoàng Mai seed's figures (thu 4.435 tỷ dự toán, chi 1.842 of
 * 1.918,75 = 96%), clean: rows 5–15.
 */
function baseRows(): RowSpec[] {
  const t = "tỷ đồng";
  return [
    {
      code: "A",
      name: "Tổng thu ngân sách nhà nước trên địa bàn",
      unit: t,
      estimate: 4435,
      actual: 4475,
      lastYear: 4100,
    },
    {
      code: "I",
      name: "Thu nội địa",
      unit: t,
      estimate: 3935,
      actual: 3975,
      lastYear: 3600,
      percentOfEstimate: 101,
      percentOfLastYear: 110.4,
    },
    {
      code: "1",
      name: "Thuế giá trị gia tăng",
      unit: t,
      estimate: 2000,
      actual: 2025,
      lastYear: 1900,
      percentOfEstimate: 101.25,
    },
    {
      code: "2",
      name: "Thuế thu nhập cá nhân",
      unit: t,
      estimate: 1935,
      actual: 1950,
      lastYear: 1700,
      percentOfEstimate: 100.8,
    },
    {
      code: "II",
      name: "Thu tiền sử dụng đất",
      unit: t,
      estimate: 500,
      actual: 500,
      lastYear: 500,
      percentOfEstimate: 100,
    },
    {
      code: "B",
      name: "Tổng chi ngân sách địa phương",
      unit: t,
      estimate: 1918.75,
      actual: 1842,
      percentOfEstimate: 96,
    },
    {
      code: "I",
      name: "Chi đầu tư phát triển",
      unit: t,
      estimate: 820,
      actual: 800,
      percentOfEstimate: 97.6,
    },
    {
      code: "II",
      name: "Chi thường xuyên",
      unit: t,
      estimate: 1060.375,
      actual: 1042,
      percentOfEstimate: 98.3,
    },
    {
      code: "1",
      name: "Chi sự nghiệp giáo dục",
      unit: t,
      estimate: 600,
      actual: 590,
      percentOfEstimate: 98.3,
    },
    {
      code: "2",
      name: "Chi quản lý hành chính",
      unit: t,
      estimate: 460.375,
      actual: 452,
      percentOfEstimate: 98.2,
    },
    {
      code: "III",
      name: "Dự phòng ngân sách",
      unit: t,
      estimate: 38.375,
      actual: 0,
      percentOfEstimate: 0,
    },
  ];
}

type Plant = Record<number, RowSpec>;

function planted(plant: Plant): RowSpec[] {
  return baseRows().map((row, i) => ({ ...row, ...plant[5 + i] }));
}

function found(plant: Plant, period?: PeriodId): Array<[RuleId, string | undefined]> {
  const result = checkBudget(budgetTable(planted(plant)), period ? { period } : {});
  return result.findings.map((f) => [f.rule, f.cell]);
}

const at = (column: BudgetColumn, row: number) => cellOf(column, row);

describe("the clean table", () => {
  const result = checkBudget(budgetTable(baseRows()));

  test("has no findings", () => {
    expect(result.findings).toEqual([]);
  });

  test("every line is judged", () => {
    expect(result.lines.map((line) => [line.row, line.depth, line.section, line.status])).toEqual([
      [5, 0, "revenue", "above_estimate"],
      [6, 1, "revenue", "above_estimate"],
      [7, 2, "revenue", "above_estimate"],
      [8, 2, "revenue", "above_estimate"],
      [9, 1, "revenue", "met_estimate"],
      [10, 0, "expenditure", "within_estimate"],
      [11, 1, "expenditure", "within_estimate"],
      [12, 1, "expenditure", "within_estimate"],
      [13, 2, "expenditure", "within_estimate"],
      [14, 2, "expenditure", "within_estimate"],
      [15, 1, "expenditure", "within_estimate"],
    ]);
  });

  test("computes % dự toán and % so cùng kỳ, and reads the typed ones", () => {
    const line = result.lines[1];
    expect(line.percentOfEstimate).toBeCloseTo((3975 / 3935) * 100, 9);
    expect(line.typedPercentOfEstimate).toBe(101);
    expect(line.percentOfLastYear).toBeCloseTo((3975 / 3600) * 100, 9);
    expect(line.typedPercentOfLastYear).toBe(110.4);
    expect(result.lines[5].percentOfEstimate).toBe(96);
  });

  test("writes the report sentence", () => {
    expect(result.sentence).toBe(
      "Tổng thu ngân sách nhà nước trên địa bàn ước đạt 4.475 tỷ đồng, bằng 100,9% dự toán; tổng chi ngân sách địa phương ước đạt 1.842 tỷ đồng, bằng 96% dự toán.",
    );
  });
});

describe("each planted error is found at its cell, and nothing else", () => {
  test.each<[string, Plant, Array<[RuleId, string]>]>([
    [
      "a parent's actual typed wrong",
      { 5: { actual: 4457 } },
      [["budget_children_sum", at("actual", 5)]],
    ],
    [
      "a parent's estimate that its sub-lines do not add up to",
      { 5: { estimate: 4453 }, 6: { estimate: 3953 } },
      [["budget_children_sum", at("estimate", 6)]],
    ],
    [
      "% dự toán typed wrong",
      { 11: { percentOfEstimate: 96.7 } },
      [["budget_percent_mismatch", at("percentOfEstimate", 11)]],
    ],
    [
      "% so cùng kỳ typed wrong",
      { 6: { percentOfLastYear: 101.4 } },
      [["budget_percent_mismatch", at("percentOfLastYear", 6)]],
    ],
    [
      "spending over its estimate",
      {
        13: { estimate: 580, percentOfEstimate: 101.7 },
        14: { estimate: 480.375, percentOfEstimate: 94.1 },
      },
      [["budget_over_estimate", at("actual", 13)]],
    ],
    [
      "revenue behind its estimate at year end",
      { 5: { actual: 4435 }, 9: { actual: 460, percentOfEstimate: 92 } },
      [["budget_revenue_behind", at("actual", 9)]],
    ],
    [
      "an actual in triệu in a tỷ đồng column",
      { 14: { actual: 452000 } },
      [["budget_thousand_slip", at("actual", 14)]],
    ],
    [
      "last year's figure in triệu",
      { 7: { lastYear: 1900000 } },
      [["budget_thousand_slip", at("lastYear", 7)]],
    ],
    [
      "a parent 1,000 times its sub-lines",
      { 12: { estimate: 1060375, actual: 1042000, percentOfEstimate: 98.3 } },
      [
        ["budget_thousand_slip", at("estimate", 12)],
        ["budget_thousand_slip", at("actual", 12)],
      ],
    ],
    [
      "a line in triệu đồng among tỷ đồng lines",
      { 14: { unit: "triệu đồng", estimate: 460375, actual: 452000 } },
      [["budget_mixed_units", at("unit", 14)]],
    ],
    [
      "a figure typed with its unit",
      { 14: { actual: "452 tỷ" } },
      [["budget_unit_in_cell", at("actual", 14)]],
    ],
    [
      "words in an amount cell",
      { 11: { actual: "tám trăm" } },
      [["budget_not_a_number", at("actual", 11)]],
    ],
    [
      "an error value",
      { 11: { percentOfEstimate: { error: "#DIV/0!" } } },
      [["budget_error_value", at("percentOfEstimate", 11)]],
    ],
    [
      "an empty estimate",
      { 15: { estimate: null } },
      [["budget_missing_estimate", at("estimate", 15)]],
    ],
    ["an empty actual", { 15: { actual: null } }, [["budget_missing_actual", at("actual", 15)]]],
    [
      "“1.842” with nothing to settle the style",
      { 10: { actual: "1.842" } },
      [["budget_ambiguous_number", at("actual", 10)]],
    ],
    [
      "a code that follows no numbering",
      { 13: { code: "x1" } },
      [["budget_unknown_code", at("code", 13)]],
    ],
    ["figures without a name", { 13: { name: null } }, [["budget_missing_name", at("name", 13)]]],
  ])("%s", (_what, plant, expected) => {
    expect(found(plant)).toEqual(expected);
  });
});

describe("status of the planted lines", () => {
  test.each<[string, Plant, number, string]>([
    ["sum mismatch", { 5: { actual: 4457 } }, 5, "mismatch"],
    [
      "over estimate",
      {
        13: { estimate: 580, percentOfEstimate: 101.7 },
        14: { estimate: 480.375, percentOfEstimate: 94.1 },
      },
      13,
      "over_estimate",
    ],
    [
      "revenue behind",
      { 5: { actual: 4435 }, 9: { actual: 460, percentOfEstimate: 92 } },
      9,
      "below_estimate",
    ],
    ["thousand slip", { 14: { actual: 452000 } }, 14, "mismatch"],
    ["text", { 11: { actual: "tám trăm" } }, 11, "invalid"],
    ["empty estimate", { 15: { estimate: null } }, 15, "missing"],
  ])("%s", (_what, plant, row, status) => {
    const result = checkBudget(budgetTable(planted(plant)));
    expect(result.lines.find((line) => line.row === row)?.status).toBe(status);
  });
});

describe("messages name the line and its figures", () => {
  test.each<[Plant, string, string]>([
    [
      { 5: { actual: 4457 } },
      "“Tổng thu ngân sách nhà nước trên địa bàn”: Ước thực hiện 4.457 khác tổng 2 dòng con là 4.475 (chênh lệch -18).",
      "“Tổng thu ngân sách nhà nước trên địa bàn”: the actual 4,457 differs from the sum of its 2 sub-lines, 4,475 (difference -18).",
    ],
    [
      {
        13: { estimate: 580, percentOfEstimate: 101.7 },
        14: { estimate: 480.375, percentOfEstimate: 94.1 },
      },
      "Chi “Chi sự nghiệp giáo dục” 590 tỷ đồng vượt dự toán 580 tỷ đồng (bằng 101,7% dự toán).",
      "Spending on “Chi sự nghiệp giáo dục”, 590 billion dong, is over its estimate of 580 billion dong (101.7% of the estimate).",
    ],
    [
      { 14: { actual: 452000 } },
      "“Chi quản lý hành chính”: Ước thực hiện 452.000 gấp khoảng 434 lần dòng trên “Chi thường xuyên” 1.042; có lẽ nhập nhầm đơn vị (triệu đồng hay tỷ đồng?). Nếu vậy số đúng là 452.",
      "“Chi quản lý hành chính”: the actual 452,000 is about 434 times the line above, “Chi thường xuyên”, 1,042; probably the wrong unit (million or billion dong?). If so the figure is 452.",
    ],
    [
      { 14: { actual: "452.000 triệu" } },
      "“Chi quản lý hành chính”: ô Ước thực hiện ghi “452.000 triệu”, là chữ chứ không phải số nên không cộng được. Hãy nhập số 452 (theo tỷ đồng).",
      "“Chi quản lý hành chính”: the actual cell says “452.000 triệu”, text rather than a number, so it is not added up. Enter the number 452 (in billion dong).",
    ],
  ])("%#", (plant, vi, en) => {
    const [first] = checkBudget(budgetTable(planted(plant))).findings;
    expect(findingMessage(first, "vi")).toBe(vi);
    expect(findingMessage(first, "en")).toBe(en);
  });
});

describe("revenue mid-year is held to the period's share of the estimate", () => {
  const slow = { 5: { actual: 4175 }, 9: { actual: 200, percentOfEstimate: 40 } };
  test.each<[PeriodId, Array<[RuleId, string]>, string, string]>([
    ["q1", [], "on_pace", "on_pace"],
    ["6m", [["budget_revenue_behind", at("actual", 9)]], "behind", "on_pace"],
    ["9m", [["budget_revenue_behind", at("actual", 9)]], "behind", "on_pace"],
    [
      "year",
      [
        ["budget_revenue_behind", at("actual", 5)],
        ["budget_revenue_behind", at("actual", 9)],
      ],
      "below_estimate",
      "below_estimate",
    ],
  ])("%s", (period, expected, landStatus, totalStatus) => {
    expect(found(slow, period)).toEqual(expected);
    const result = checkBudget(budgetTable(planted(slow)), { period });
    expect(result.lines[4].status).toBe(landStatus);
    expect(result.lines[0].status).toBe(totalStatus);
  });

  test("the table's own period counts when none is given", () => {
    const result = checkBudget(budgetTable(planted(slow), { period: "6m" }));
    expect(result.period).toBe("6m");
    expect(result.sentence.startsWith("6 tháng: tổng thu ngân sách nhà nước")).toBe(true);
    expect(findingMessage(result.findings[0], "vi")).toBe(
      "Thu “Thu tiền sử dụng đất” đạt 200 tỷ đồng, bằng 40% dự toán 500 tỷ đồng; tiến độ 6 tháng cần 50% dự toán.",
    );
  });
});
