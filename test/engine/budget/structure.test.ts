import { checkBudget } from "../../../src/engine/budget/checkBudget";
import { findingMessage } from "../../../src/engine/findings/finding";
import type { RuleId } from "../../../src/engine/findings/rules";
import { budgetTable, cellOf, type RowSpec } from "./budgetRows";

function found(rows: RowSpec[], extra = {}): Array<[RuleId, string | undefined]> {
  return checkBudget(budgetTable(rows, extra)).findings.map((f) => [f.rule, f.cell]);
}

describe("total rows", () => {
  const lines: RowSpec[] = [
    { code: "1", name: "Chi đầu tư phát triển", estimate: 820 },
    { code: "2", name: "Chi thường xuyên", estimate: 1060.375 },
    { code: "3", name: "Dự phòng ngân sách", estimate: 38.375 },
  ];

  test.each<[string, RowSpec[], Array<[RuleId, string]>]>([
    ["at the top, right", [{ name: "Tổng cộng", estimate: 1918.75 }, ...lines], []],
    ["at the bottom, right", [...lines, { name: "TỔNG SỐ", estimate: 1918.75 }], []],
    [
      "marked by the reader",
      [...lines, { name: "Chi ngân sách quận", estimate: 1918.75, isTotal: true }],
      [],
    ],
    [
      "at the top, wrong",
      [{ name: "Tổng cộng", estimate: 1981.75 }, ...lines],
      [["budget_children_sum", cellOf("estimate", 5)]],
    ],
    [
      "at the bottom, wrong",
      [...lines, { name: "Cộng", estimate: 1918.57 }],
      [["budget_children_sum", cellOf("estimate", 8)]],
    ],
  ])("%s", (_what, rows, expected) => {
    expect(found(rows)).toEqual(expected);
  });

  test("one total per group: “Cộng” under each", () => {
    const rows: RowSpec[] = [
      { code: "1", name: "Thu thuế", estimate: 100 },
      { code: "2", name: "Thu phí", estimate: 20 },
      { name: "Cộng", estimate: 120 },
      { code: "1", name: "Chi đầu tư", estimate: 70 },
      { code: "2", name: "Chi thường xuyên", estimate: 40 },
      { name: "Cộng", estimate: 100 },
    ];
    expect(found(rows)).toEqual([["budget_children_sum", cellOf("estimate", 10)]]);
  });

  test("a total over revenue and spending together is not added up", () => {
    const rows: RowSpec[] = [
      { name: "Tổng cộng", estimate: 1 },
      { code: "A", name: "Tổng thu", estimate: 100 },
      { code: "B", name: "Tổng chi", estimate: 90 },
    ];
    expect(found(rows)).toEqual([]);
  });
});

describe("detail lines", () => {
  test("“Trong đó” lines and unnumbered lines are not added into the line above", () => {
    const rows: RowSpec[] = [
      { code: "1", name: "Thu nội địa", estimate: 3935 },
      { name: "Trong đó:" },
      { code: "-", name: "Thuế giá trị gia tăng", estimate: 2000 },
      { code: "-", name: "Thuế thu nhập cá nhân", estimate: 1000 },
      { code: "2", name: "Thu tiền sử dụng đất", estimate: 500 },
      { name: "Trong đó: ghi thu, ghi chi", estimate: 100 },
      { name: "Thu từ dự án A (chi tiết)", estimate: 50 },
    ];
    const result = checkBudget(budgetTable(rows));
    expect(result.findings).toEqual([]);
    expect(result.lines.map((l) => [l.row, l.depth, l.memo, l.status])).toEqual([
      [5, 0, false, "recorded"],
      [6, 1, true, "caption"],
      [7, 2, false, "recorded"],
      [8, 2, false, "recorded"],
      [9, 0, false, "recorded"],
      [10, 1, true, "recorded"],
      [11, 2, true, "recorded"],
    ]);
    expect(result.lines[6].label).toBe("Khớp");
    expect(result.lines[1].label).toBe("");
  });

  test("the parts under “Trong đó:” are still added up to it", () => {
    const rows: RowSpec[] = [
      { code: "1", name: "Thu nội địa", estimate: 3935 },
      { name: "Trong đó: thu thuế", estimate: 3100 },
      { code: "-", name: "Thuế giá trị gia tăng", estimate: 2000 },
      { code: "-", name: "Thuế thu nhập cá nhân", estimate: 1000 },
    ];
    expect(found(rows)).toEqual([["budget_children_sum", cellOf("estimate", 6)]]);
  });
});

describe("sections", () => {
  test("from a Loại column, children inheriting", () => {
    const rows: RowSpec[] = [
      { code: "I", name: "Khoản 1", section: "Thu", estimate: 100, actual: 90 },
      { code: "1", name: "Khoản 1.1", estimate: 100, actual: 90 },
      { code: "II", name: "Khoản 2", section: "chi", estimate: 100, actual: 110 },
      { code: "III", name: "Khoản 3", section: "khác", estimate: 100, actual: 100 },
    ];
    const result = checkBudget(budgetTable(rows));
    expect(result.lines.map((l) => l.section)).toEqual([
      "revenue",
      "revenue",
      "expenditure",
      undefined,
    ]);
    expect(result.findings.map((f) => [f.rule, f.cell])).toEqual([
      ["budget_revenue_behind", cellOf("actual", 5)],
      ["budget_revenue_behind", cellOf("actual", 6)],
      ["budget_over_estimate", cellOf("actual", 7)],
      ["budget_unknown_section", cellOf("section", 8)],
      ["budget_no_section", cellOf("name", 8)],
    ]);
    expect(result.lines[3].status).toBe("recorded");
  });

  test("from the title when it names one side only", () => {
    const rows: RowSpec[] = [
      { code: "1", name: "Giáo dục", estimate: 100, actual: 101 },
      { code: "2", name: "Y tế", estimate: 50, actual: 40 },
    ];
    const result = checkBudget(
      budgetTable(rows, { title: "Ước thực hiện chi ngân sách năm 2023" }),
    );
    expect(result.lines.map((l) => l.status)).toEqual(["over_estimate", "within_estimate"]);
    expect(result.totals).toEqual([
      {
        section: "expenditure",
        name: "Tổng chi ngân sách",
        estimate: 150,
        actual: 141,
        percentOfEstimate: 94,
      },
    ]);
  });

  test("a line neither revenue nor spending is said so once, not judged", () => {
    const rows: RowSpec[] = [
      { code: "1", name: "Vốn đầu tư công", estimate: 250, actual: 200 },
      { code: "1.1", name: "Vốn ngân sách thành phố", estimate: 250, actual: 200 },
    ];
    const result = checkBudget(budgetTable(rows));
    expect(result.findings.map((f) => [f.rule, f.cell, f.severity])).toEqual([
      ["budget_no_section", cellOf("name", 5), "info"],
    ]);
    expect(result.lines.map((l) => [l.status, l.percentOfEstimate])).toEqual([
      ["recorded", 80],
      ["recorded", 80],
    ]);
  });
});

describe("figures about 1,000 times too large", () => {
  test.each<[string, RowSpec[], Array<[RuleId, string]>]>([
    [
      "an actual 1,000 times its estimate",
      [{ name: "Thu khác ngân sách", estimate: 5.2, actual: 5100 }],
      [["budget_thousand_slip", cellOf("actual", 5)]],
    ],
    [
      "an estimate 1,000 times last year's",
      [{ name: "Chi khác ngân sách", estimate: 4800, lastYear: 4.5 }],
      [["budget_thousand_slip", cellOf("estimate", 5)]],
    ],
    [
      "one of three sibling lines",
      [
        { code: "1", name: "Thu phí", estimate: 120 },
        { code: "2", name: "Thu lệ phí", estimate: 95 },
        { code: "3", name: "Thu phạt", estimate: 150000 },
      ],
      [["budget_thousand_slip", cellOf("estimate", 7)]],
    ],
    [
      "small lines beside a large one are no slip",
      [
        { code: "1", name: "Thu tiền sử dụng đất", estimate: 1500 },
        { code: "2", name: "Thu phí", estimate: 0.5 },
        { code: "3", name: "Thu khác", estimate: 20 },
      ],
      [],
    ],
    ["a small execution is no slip", [{ name: "Chi khác", estimate: 600, actual: 0.3 }], []],
  ])("%s", (_what, rows, expected) => {
    expect(found(rows)).toEqual(expected);
  });

  test("the message suggests the figure in the table's unit", () => {
    const [slip] = checkBudget(
      budgetTable([{ name: "Thu khác ngân sách", estimate: 5.2, actual: 5100 }]),
    ).findings;
    expect(findingMessage(slip, "vi")).toBe(
      "“Thu khác ngân sách”: Ước thực hiện 5.100 gấp khoảng 981 lần dự toán 5,2; có lẽ nhập nhầm đơn vị (triệu đồng hay tỷ đồng?). Nếu vậy số đúng là 5,1.",
    );
  });
});

describe("precision shown", () => {
  test.each<[string, RowSpec, Array<[RuleId, string]>]>([
    [
      "a parent rounded to one decimal",
      { name: "Quản lý hành chính", estimate: 58.8, code: "7" },
      [],
    ],
    [
      "shown with one decimal by its format",
      { name: "Quản lý hành chính", estimate: { value: 58.76, numFmt: "#,##0.0" }, code: "7" },
      [],
    ],
    [
      "off by more than half a unit",
      { name: "Quản lý hành chính", estimate: 58.7, code: "7" },
      [["budget_children_sum", cellOf("estimate", 5)]],
    ],
    [
      "shown with three decimals",
      { name: "Quản lý hành chính", estimate: { value: 58.76, numFmt: "#,##0.000" }, code: "7" },
      [["budget_children_sum", cellOf("estimate", 5)]],
    ],
  ])("%s", (_what, parent, expected) => {
    const rows: RowSpec[] = [
      parent,
      { code: "7.1", name: "Quản lý nhà nước", estimate: 36.256 },
      { code: "7.2", name: "Đảng", estimate: 14.5 },
      { code: "7.3", name: "Mặt trận Tổ quốc và các đoàn thể", estimate: 8 },
    ];
    expect(found(rows)).toEqual(expected);
  });

  test.each<[string, RowSpec, Array<[RuleId, string]>]>([
    ["typed rounded", { percentOfEstimate: 96 }, []],
    ["a 0% format over the ratio", { percentOfEstimate: { value: 0.96, numFmt: "0%" } }, []],
    ["a plain ratio", { percentOfEstimate: 0.96 }, []],
    [
      "one decimal too far off",
      { percentOfEstimate: 96.1 },
      [["budget_percent_mismatch", cellOf("percentOfEstimate", 5)]],
    ],
    ["so cùng kỳ as growth", { lastYear: 1700, percentOfLastYear: 8.4 }, []],
    ["so cùng kỳ as a ratio", { lastYear: 1700, percentOfLastYear: 108.4 }, []],
    [
      "so cùng kỳ wrong",
      { lastYear: 1700, percentOfLastYear: 118.4 },
      [["budget_percent_mismatch", cellOf("percentOfLastYear", 5)]],
    ],
  ])("%% typed %s", (_what, cells, expected) => {
    const row = { name: "Tổng chi ngân sách", estimate: 1918.75, actual: 1842, ...cells };
    expect(found([row])).toEqual(expected);
  });
});

describe("odd input never throws and every bad cell is named", () => {
  const junk: Array<RowSpec["estimate"]> = [
    null,
    "",
    "-",
    true,
    { error: "#REF!" },
    "#N/A",
    "(12,5)",
    "1.234.567",
    "abc",
    -5,
    0,
    Number.NaN,
    "1e3",
    "12%",
  ];

  test.each(junk.map((value, i) => [i, value] as const))(
    "value #%d in every column",
    (_i, value) => {
      const rows: RowSpec[] = [
        { code: value === null ? "A" : String(value), name: value, estimate: value, actual: value },
        {
          code: "1",
          name: "Thu thuế",
          estimate: value,
          actual: value,
          percentOfEstimate: value,
          share: value,
        },
        { name: "Tổng cộng", estimate: value, lastYear: value, percentOfLastYear: value },
      ];
      for (const kind of ["amounts", "shares", "breakdown"] as const) {
        const result = checkBudget(budgetTable(rows, { kind }));
        for (const f of result.findings) {
          expect(f.sheet).toBe("Ngân sách");
          expect(f.cell).toMatch(/^[A-K]\d+$/);
          expect(findingMessage(f, "vi")).not.toMatch(/\{\w+\}/);
          expect(findingMessage(f, "en")).not.toMatch(/\{\w+\}/);
        }
      }
    },
  );

  test("an empty table", () => {
    const result = checkBudget(budgetTable([]));
    expect(result).toMatchObject({ lines: [], findings: [], totals: [], sentence: "" });
  });
});
