import { compileTable, reportedFormula } from "../../../src/engine/distribute";
import { numberLiteral, textLiteral } from "../../../src/engine/distribute/formulaText";
import { PERIOD_IDS } from "../../../src/engine/model/period";
import { rawRow } from "../support/rawRows";
import { SEED_TARGETS } from "./seedTargets";

/** Functions Excel 2016, LibreOffice and WPS have all had for twenty years. */
const OLD_FUNCTIONS = new Set([
  "IF",
  "AND",
  "OR",
  "NOT",
  "ISERROR",
  "ISLOGICAL",
  "ISTEXT",
  "ISNUMBER",
  "TRIM",
  "LOWER",
  "N",
  "ROUND",
  "SUMPRODUCT",
]);

/** Function names called in a formula, outside its text literals. */
function functionsIn(formula: string): string[] {
  const code = formula.replace(/"(?:[^"]|"")*"/g, '""');
  return [...code.matchAll(/([A-Z][A-Z0-9.]*)\(/g)].map((m) => m[1]);
}

/** The deepest nesting of parentheses outside text literals. */
function depthOf(formula: string): number {
  const code = formula.replace(/"(?:[^"]|"")*"/g, '""');
  let depth = 0;
  let max = 0;
  for (const ch of code) {
    if (ch === "(") max = Math.max(max, ++depth);
    else if (ch === ")") depth -= 1;
  }
  return max;
}

const rows = SEED_TARGETS.map((seed, i) => rawRow(7 + i, seed.cells));
const cells = rows.map((r) => ({
  actual: `K${r.row}`,
  forecast: `L${r.row}`,
  status: `O${r.row}`,
}));

describe("compiled formulas stay within what every spreadsheet program reads", () => {
  test.each(PERIOD_IDS.map((p) => [p]))("%s: old functions, short, shallow", (period) => {
    const compiled = compileTable(rows, cells, { period, lang: "vi", reported: "$L$4" });
    const formulas = [
      ...compiled.flatMap((c) => [c.status, c.percent]),
      reportedFormula(["K7:L40"]),
    ];
    for (const formula of formulas) {
      expect(formula.startsWith("=")).toBe(true);
      for (const name of functionsIn(formula)) expect(OLD_FUNCTIONS).toContain(name);
      // Excel's limits: 8,192 characters and 64 levels of nesting.
      expect(formula.length).toBeLessThan(8192);
      expect(depthOf(formula)).toBeLessThan(64);
    }
  });

  test("the plan's numbers are in the formulas, with the engine's slack", () => {
    const [jobs] = compileTable(
      [rawRow(7, { name: "Giải quyết việc làm", unit: "người", target: 4500, cumulative: "có" })],
      [cells[0]],
      { period: "6m", lang: "vi", reported: "$L$4" },
    );
    // Half the year's 4.500 is the pace, 10% under it the edge of "Có nguy cơ".
    expect(jobs.status).toContain(">=4499.9999955");
    expect(jobs.status).toContain(">=2249.99999775");
    expect(jobs.status).toContain(">=2024.999997975");
    expect(jobs.status).toContain('"Có nguy cơ"');
    expect(jobs.percent).toContain("ROUND(K7/4500*100,1)");
  });
});

describe("what does not depend on the figures is settled at compile time", () => {
  const compiled = compileTable(rows, cells, { period: "year", lang: "vi", reported: "$L$4" });
  const byLabel = (text: string) => {
    const i = SEED_TARGETS.findIndex((s) => s.label.includes(text));
    return compiled[i];
  };

  test.each([
    ["'-' in the target", "no_target"],
    ["a 0 target for something wanted", "no_target"],
    ["'tăng 5%' with no figure", "missing"],
    ["a range typed backwards", "invalid"],
    ["a target no one can read", "invalid"],
    ["a target 1.000× last year's", "invalid"],
  ])("%s: %s", (label, fixed) => {
    expect(byLabel(label).fixed).toBe(fixed);
  });

  test("judged rows have no fixed status", () => {
    expect(byLabel("4.500 jobs").fixed).toBeUndefined();
    expect(byLabel("'hoàn thành' (plain").fixed).toBeUndefined();
  });

  test.each([
    ["disbursement", { kind: "figure", min: 0, max: 100 }],
    ["growth 'từ 12%", { kind: "figure" }],
    ["4.500 jobs", { kind: "figure", min: 0 }],
    [
      "'hoàn thành' (plain",
      { kind: "state", choices: ["Hoàn thành", "Đang thực hiện", "Chưa hoàn thành"] },
    ],
    ["'hoàn thành 3 đồ án'", { kind: "figure", min: 0 }],
  ])("%s: the entry takes %j", (label, entry) => {
    expect(byLabel(label).entry).toEqual(entry);
  });
});

describe("literals", () => {
  test.each<[number, string]>([
    [4500, "4500"],
    [0.1 + 0.2, "0.3"],
    [-0, "0"],
    [1e-9, "1E-9"],
    [2.5e21, "2.5E21"],
    [-17.6, "-17.6"],
    [1 / 3, "0.333333333333333"],
  ])("%p is written %s", (value, text) => {
    expect(numberLiteral(value)).toBe(text);
  });

  test("text doubles its quotes", () => {
    expect(textLiteral('Ghi "Hoàn thành"')).toBe('"Ghi ""Hoàn thành"""');
  });

  test("a number that is not finite is refused", () => {
    expect(() => numberLiteral(Number.NaN)).toThrow(RangeError);
  });
});
