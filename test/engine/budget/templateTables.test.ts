import { checkBudget } from "../../../src/engine/budget/checkBudget";
import { BUDGET_TABLE, type BudgetTable } from "../../../src/engine/templates";
import { viNumber } from "../templates/viNumber";
import { budgetTable, cellOf, templateRows, type Layout } from "./budgetRows";

function template(unitName: string): BudgetTable {
  const found = BUDGET_TABLE.tables.find((t) => t.unitName === unitName);
  if (!found) throw new Error(`no template table for ${unitName}`);
  return found;
}

const namTuLiem = template("Quận Nam Từ Liêm");
const hoangMai = template("Quận Hoàng Mai");

const LAYOUTS: Array<[Layout, string]> = [
  ["codes", "numbers"],
  ["numbered names", "numbers"],
  ["indentation", "numbers"],
  ["codes", "Vietnamese text"],
];

function check(table: BudgetTable, layout: Layout, figures: string) {
  const rows = templateRows(table, layout, figures === "numbers" ? undefined : viNumber);
  return checkBudget(budgetTable(rows, { title: table.name, unitName: table.unitName }));
}

describe("Nam Từ Liêm 2023 estimate (clean)", () => {
  test.each(LAYOUTS)("laid out with %s, figures as %s: no findings", (layout, figures) => {
    const result = check(namTuLiem, layout, figures);
    expect(result.findings).toEqual([]);
    expect(result.lines.map((line) => line.status)).toEqual(result.lines.map(() => "recorded"));
  });

  test.each(LAYOUTS)(
    "laid out with %s, figures as %s: hierarchy and sections",
    (layout, figures) => {
      const result = check(namTuLiem, layout, figures);
      const byName = new Map(result.lines.map((line) => [line.name, line]));
      expect(byName.get("Tổng thu ngân sách nhà nước trên địa bàn")).toMatchObject({
        depth: 0,
        section: "revenue",
        amounts: { estimate: 8664.9 },
      });
      expect(byName.get("Thuế giá trị gia tăng")).toMatchObject({ depth: 3, section: "revenue" });
      expect(byName.get("Đảng")).toMatchObject({ depth: 3, section: "expenditure" });
      expect(byName.get("Dự phòng ngân sách")).toMatchObject({ depth: 1, parentRow: 19 });
    },
  );

  test("totals and the estimate sentence", () => {
    const result = check(namTuLiem, "codes", "numbers");
    expect(result.totals).toEqual([
      {
        section: "revenue",
        name: "Tổng thu ngân sách nhà nước trên địa bàn",
        row: 5,
        estimate: 8664.9,
      },
      {
        section: "expenditure",
        name: "Chi cân đối ngân sách địa phương",
        row: 19,
        estimate: 1130.756,
      },
    ]);
    expect(result.sentence).toBe(
      "Dự toán tổng thu ngân sách nhà nước trên địa bàn 8.664,9 tỷ đồng; dự toán chi cân đối ngân sách địa phương 1.130,756 tỷ đồng.",
    );
  });

  test("text figures settle the Vietnamese style", () => {
    expect(check(namTuLiem, "codes", "Vietnamese text").numberStyle).toBe("vi");
  });
});

describe("Hoàng Mai 2022 execution", () => {
  const result = check(hoangMai, "codes", "numbers");

  test("only land-use revenue, 460 of 500, is flagged as behind", () => {
    expect(result.findings.map((f) => [f.rule, f.cell])).toEqual([
      ["budget_revenue_behind", cellOf("actual", 7)],
    ]);
  });

  test.each<[string, string, string, number]>([
    ["revenue", "A", "met_estimate", 100],
    ["revenue", "I", "above_estimate", (3975 / 3935) * 100],
    ["revenue", "II", "below_estimate", 92],
    ["expenditure", "B", "within_estimate", 96],
    ["expenditure", "II", "within_estimate", (1042 / 1060.375) * 100],
    ["expenditure", "III", "within_estimate", 0],
  ])("%s line %s is %s at %d%% of its estimate", (section, code, status, percent) => {
    const line = result.lines.find((l) => l.code === code && l.section === section);
    expect(line?.status).toBe(status);
    expect(line?.percentOfEstimate).toBeCloseTo(percent, 6);
  });

  test("sentence in both languages", () => {
    expect(result.sentence).toBe(
      "Tổng thu ngân sách nhà nước trên địa bàn ước đạt 4.435 tỷ đồng, bằng 100% dự toán; tổng chi ngân sách quận ước đạt 1.842 tỷ đồng, bằng 96% dự toán.",
    );
    const rows = templateRows(hoangMai);
    const en = checkBudget(budgetTable(rows), { lang: "en" });
    expect(en.sentence).toBe(
      "Revenue (“Tổng thu ngân sách nhà nước trên địa bàn”) is estimated at 4,435 billion dong, 100% of the estimate; spending (“Tổng chi ngân sách quận”) is estimated at 1,842 billion dong, 96% of the estimate.",
    );
    expect(en.lines[0].label).toBe("Estimate met");
    expect(result.lines[0].label).toBe("Đạt dự toán");
  });
});
