import { BUDGET_TABLE, DISTRICT_PLAN, findTemplateIndicator } from "../../../src/engine/templates";
import type { BudgetLine, BudgetTable } from "../../../src/engine/templates";

/** Every line of a table with the path of codes above it ("B > II > 7"). */
function walk(lines: readonly BudgetLine[], path: string[] = []): Array<[string, BudgetLine]> {
  return lines.flatMap((line) => {
    const here = [...path, line.code];
    return [[here.join(" > "), line] as [string, BudgetLine], ...walk(line.children, here)];
  });
}

function top(table: BudgetTable, code: string): BudgetLine | undefined {
  return table.lines.find((line) => line.code === code);
}

function table(unitName: string): BudgetTable {
  const found = BUDGET_TABLE.tables.find((t) => t.unitName === unitName);
  if (found === undefined) throw new Error(`no table for ${unitName}`);
  return found;
}

const PARENTS: Array<[string, string, BudgetLine]> = BUDGET_TABLE.tables.flatMap((t) =>
  walk(t.lines)
    .filter(([, line]) => line.children.length > 0)
    .map(([path, line]): [string, string, BudgetLine] => [t.unitName, path, line]),
);

describe("budget table", () => {
  it("has the Dự toán / Thực hiện / % dự toán columns", () => {
    expect(BUDGET_TABLE.columns.estimate.vi).toBe("Dự toán");
    expect(BUDGET_TABLE.columns.actual.vi).toBe("Thực hiện");
    expect(BUDGET_TABLE.columns.percent.vi).toBe("% dự toán");
  });

  it.each(BUDGET_TABLE.tables.map((t) => [t.unitName, t] as const))(
    "%s: section A is revenue, section B expenditure",
    (_unit, t) => {
      expect(t.lines.map((line) => [line.code, line.kind])).toEqual([
        ["A", "revenue"],
        ["B", "expenditure"],
      ]);
    },
  );

  it.each(PARENTS)("%s %s: children sum to the parent", (_unit, _path, line) => {
    const estimates = line.children.map((child) => child.estimate ?? NaN);
    expect(estimates.reduce((a, b) => a + b, 0)).toBeCloseTo(line.estimate ?? NaN, 6);
    if (line.actual !== undefined) {
      const actuals = line.children.map((child) => child.actual ?? NaN);
      expect(actuals.reduce((a, b) => a + b, 0)).toBeCloseTo(line.actual, 6);
    }
  });

  it.each(PARENTS)("%s %s: children share its kind and have unique codes", (_u, _p, line) => {
    for (const child of line.children) expect(child.kind).toBe(line.kind);
    const codes = line.children.map((child) => child.code);
    expect(new Set(codes).size).toBe(codes.length);
  });

  it.each(BUDGET_TABLE.tables.map((t) => [t.unitName, t] as const))(
    "%s: every line has an estimate, codes follow the A / I / 1 / 1.1 levels",
    (_unit, t) => {
      const patterns = [/^[A-Z]$/, /^[IVX]+$/, /^\d+$/, /^\d+\.\d+$/];
      for (const [path, line] of walk(t.lines)) {
        expect(line.estimate).toBeDefined();
        const depth = path.split(" > ").length - 1;
        expect(line.code).toMatch(patterns[depth] ?? /^$/);
      }
    },
  );

  it("uses Nam Từ Liêm's 2023 estimate for the totals", () => {
    const t = table("Quận Nam Từ Liêm");
    expect(t.year).toBe(2023);
    expect(top(t, "A")?.estimate).toBe(8664.9);
    expect(top(t, "B")?.estimate).toBe(1130.756);
  });

  it("agrees with the district plan's revenue and spending targets", () => {
    const t = table("Quận Nam Từ Liêm");
    expect(findTemplateIndicator(DISTRICT_PLAN, "KT09")?.target.value).toBe(top(t, "A")?.estimate);
    expect(findTemplateIndicator(DISTRICT_PLAN, "KT10")?.target.value).toBe(top(t, "B")?.estimate);
  });

  it.each([
    ["A", 4435, 100],
    ["B", 1842, 96],
  ])("Hoàng Mai 2022 section %s: actual %d is %d% of the estimate", (code, actual, percent) => {
    const line = top(table("Quận Hoàng Mai"), code);
    expect(line?.actual).toBe(actual);
    expect(((line?.actual ?? NaN) / (line?.estimate ?? NaN)) * 100).toBeCloseTo(percent, 9);
  });

  it("says which figures are illustrative", () => {
    for (const t of BUDGET_TABLE.tables) expect(t.note).toMatch(/minh họa/);
  });

  it("breaks the headcount 2.674 into 364 + 1.968 + 342", () => {
    const headcount = BUDGET_TABLE.breakdowns.find((b) => b.unit === "người");
    expect(headcount?.total).toBe(2674);
    expect(headcount?.parts.map((p) => p.value)).toEqual([364, 1968, 342]);
    expect(headcount?.parts.reduce((sum, p) => sum + p.value, 0)).toBe(headcount?.total);
  });

  it.each(BUDGET_TABLE.breakdowns.map((b) => [b.name, b] as const))(
    "%s: parts add up to the total",
    (_name, breakdown) => {
      const sum = breakdown.parts.reduce((total, part) => total + part.value, 0);
      expect(sum).toBeCloseTo(breakdown.total, 9);
    },
  );
});

describe("economic structure", () => {
  it("is 61,6 + 38,3 + 0,1 = 100 in the district plan", () => {
    const [structure] = DISTRICT_PLAN.structures;
    expect(structure?.name).toBe("Cơ cấu kinh tế");
    const values = (structure?.codes ?? []).map(
      (code) => findTemplateIndicator(DISTRICT_PLAN, code)?.target.value,
    );
    expect(values).toEqual([61.6, 38.3, 0.1]);
    expect(values.reduce((sum: number, v) => sum + (v ?? NaN), 0)).toBeCloseTo(100, 9);
    expect(structure?.total).toBe(100);
  });
});
