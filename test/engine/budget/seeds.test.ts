import * as fs from "fs";
import * as path from "path";
import { budgetSentence } from "../../../src/engine/budget/budgetSentence";
import { checkBudget } from "../../../src/engine/budget/checkBudget";
import { findingMessage } from "../../../src/engine/findings/finding";
import { budgetTable, cellOf } from "./budgetRows";

const SEEDS = path.join(__dirname, "../../../../shared/seeds");

function seed(prefix: string): string {
  const file = fs.readdirSync(SEEDS).find((name) => name.startsWith(prefix));
  if (!file) throw new Error(`seed ${prefix} not found`);
  return fs.readFileSync(path.join(SEEDS, file), "utf8");
}

function figure(text: string, pattern: RegExp): string[] {
  const match = pattern.exec(text);
  if (!match) throw new Error(`${pattern} not in the seed`);
  return match.slice(1);
}

/** Hoàng Mai 2022: thu 100% of 4.435 tỷ; chi ước đạt 1.842 tỷ, 96% dự toán. */
const hoangMai = seed("003");
const [revenue] = figure(hoangMai, /hoàn thành 100% dự toán \(([\d.,]+) tỷ đồng\)/);
const [spending, spendingPercent] = figure(
  hoangMai,
  /ước đạt ([\d.,]+) tỷ đồng bằng (\d+)% dự toán/,
);

/** Nam Từ Liêm 2023: thu 8.664,9 tỉ; chi 1.130,756 tỉ; cơ cấu; biên chế 2.674 người. */
const namTuLiem = seed("004");
const [namRevenue] = figure(namTuLiem, /Thu NSNN trên địa bàn là ([\d.,]+) tỉ đồng/);
const [namSpending] = figure(namTuLiem, /Chi cân đối NSNN địa phương ([\d.,]+) tỉ đồng/);
const shares = figure(
  namTuLiem,
  /Thương mại, dịch vụ ([\d,]+)%; công nghiệp - xây dựng ([\d,]+)%; nông nghiệp ([\d,]+)%/,
);
const headcount = figure(
  namTuLiem,
  /là ([\d.]+) người\. Trong đó cán bộ, công chức (\d+) người; viên chức ([\d.]+) người; hợp đồng (\d+) người/,
);

describe("the seeds' figures as typed in the articles", () => {
  test("are the ones the tests expect", () => {
    expect([revenue, spending, spendingPercent]).toEqual(["4.435", "1.842", "96"]);
    expect([namRevenue, namSpending]).toEqual(["8.664,9", "1.130,756"]);
    expect(shares).toEqual(["61,6", "38,3", "0,1"]);
    expect(headcount).toEqual(["2.674", "364", "1.968", "342"]);
  });
});

describe("Hoàng Mai's execution, typed as text", () => {
  // The estimate the article implies, 1.842 / 0,96, typed Vietnamese style, settles "1.842".
  const rows = [
    {
      code: "A",
      name: "Tổng thu ngân sách nhà nước trên địa bàn",
      estimate: revenue,
      actual: revenue,
      percentOfEstimate: "100%",
    },
    {
      code: "B",
      name: "Tổng chi ngân sách địa phương",
      estimate: "1.918,75",
      actual: spending,
      percentOfEstimate: `${spendingPercent}%`,
    },
  ];
  const result = checkBudget(budgetTable(rows));

  test("reads 4.435 and 1.842 as thousands and finds nothing wrong", () => {
    expect(result.numberStyle).toBe("vi");
    expect(result.findings).toEqual([]);
    expect(result.lines.map((l) => [l.amounts.actual, l.percentOfEstimate, l.status])).toEqual([
      [4435, 100, "met_estimate"],
      [1842, 96, "within_estimate"],
    ]);
  });

  test("writes the issue's sentence in Vietnamese and English", () => {
    expect(result.sentence).toBe(
      "Tổng thu ngân sách nhà nước trên địa bàn ước đạt 4.435 tỷ đồng, bằng 100% dự toán; tổng chi ngân sách địa phương ước đạt 1.842 tỷ đồng, bằng 96% dự toán.",
    );
    expect(budgetSentence(result.sentenceInput, "en")).toBe(
      "Revenue (“Tổng thu ngân sách nhà nước trên địa bàn”) is estimated at 4,435 billion dong, 100% of the estimate; spending (“Tổng chi ngân sách địa phương”) is estimated at 1,842 billion dong, 96% of the estimate.",
    );
  });

  test("a typed 69% instead of 96% is caught", () => {
    const swapped = checkBudget(budgetTable([rows[0], { ...rows[1], percentOfEstimate: "69%" }]));
    expect(swapped.findings.map((f) => [f.rule, f.cell])).toEqual([
      ["budget_percent_mismatch", cellOf("percentOfEstimate", 6)],
    ]);
    expect(findingMessage(swapped.findings[0])).toBe(
      "“Tổng chi ngân sách địa phương”: cột % dự toán ghi 69%, nhưng 1.842 / 1.918,75 = 96%.",
    );
  });

  test("“1.842” alone is ambiguous, as in the plan check", () => {
    const alone = checkBudget(
      budgetTable([{ name: "Tổng chi ngân sách", estimate: 1918.75, actual: spending }]),
    );
    expect(alone.findings.map((f) => [f.rule, f.cell, f.params.whole])).toEqual([
      ["budget_ambiguous_number", cellOf("actual", 5), "1842"],
    ]);
    expect(alone.lines[0].status).toBe("invalid");
  });
});

describe("Nam Từ Liêm's totals, typed as text", () => {
  test("an estimate table: no findings, the estimate sentence", () => {
    const result = checkBudget(
      budgetTable([
        { code: "A", name: "Thu NSNN trên địa bàn", estimate: namRevenue },
        { code: "B", name: "Chi cân đối NSNN địa phương", estimate: namSpending },
      ]),
    );
    expect(result.findings).toEqual([]);
    expect(result.totals.map((t) => [t.section, t.estimate])).toEqual([
      ["revenue", 8664.9],
      ["expenditure", 1130.756],
    ]);
    expect(result.sentence).toBe(
      "Dự toán thu NSNN trên địa bàn 8.664,9 tỷ đồng; dự toán chi cân đối NSNN địa phương 1.130,756 tỷ đồng.",
    );
  });
});

describe("Nam Từ Liêm's economic structure (Cơ cấu kinh tế)", () => {
  const names = ["Thương mại, dịch vụ", "Công nghiệp - xây dựng", "Nông nghiệp"];
  const table = (values: readonly string[]) =>
    budgetTable(
      names.map((name, i) => ({ name, share: values[i] })),
      { kind: "shares", title: "Cơ cấu kinh tế", moneyUnit: "%" },
    );

  test("61,6 + 38,3 + 0,1 = 100: no findings, the sentence", () => {
    const result = checkBudget(table(shares));
    expect(result.findings).toEqual([]);
    expect(result.lines.map((l) => l.share)).toEqual([61.6, 38.3, 0.1]);
    expect(result.sentence).toBe(
      "Cơ cấu kinh tế: thương mại, dịch vụ 61,6%; công nghiệp - xây dựng 38,3%; nông nghiệp 0,1%.",
    );
  });

  test.each<[string[], number, string[]]>([
    [["61,6", "38,3", "1,1"], 101, ["budget_shares_sum"]],
    [["16,6", "38,3", "0,1"], 55, ["budget_shares_sum"]],
    [["61,6", "38,3", "0"], 99.9, []],
  ])("%j adds up to %d", (values, sum, rules) => {
    const result = checkBudget(table(values));
    expect(result.findings.map((f) => f.rule)).toEqual(rules);
    for (const f of result.findings) {
      expect(f.cell).toBe(cellOf("share", 7));
      expect(f.params.sum).toBeCloseTo(sum, 9);
    }
  });

  test("a total row of 100% takes the finding", () => {
    const rows = [
      { name: "Tổng cộng", share: "100" },
      ...names.map((name, i) => ({ name, share: ["61,6", "38,3", "1,1"][i] })),
    ];
    const result = checkBudget(budgetTable(rows, { kind: "shares" }));
    expect(result.findings.map((f) => [f.rule, f.cell])).toEqual([
      ["budget_shares_sum", cellOf("share", 5)],
    ]);
    expect(findingMessage(result.findings[0])).toBe(
      "Tỷ trọng 3 dòng từ “Thương mại, dịch vụ” đến “Nông nghiệp” cộng lại 101%, không bằng 100% (chênh lệch 1 điểm phần trăm).",
    );
  });
});

describe("Nam Từ Liêm's headcount: 2.674 = 364 + 1.968 + 342", () => {
  const parts = ["Cán bộ, công chức", "Viên chức", "Hợp đồng lao động"];
  const table = (values: ReadonlyArray<number | string>) =>
    budgetTable(
      [
        { name: "Biên chế công chức và lao động hợp đồng", estimate: values[0] },
        ...parts.map((name, i) => ({ name, estimate: values[i + 1] })),
      ],
      { kind: "breakdown", moneyUnit: "người" },
    );

  test("adds up; the sentence quotes it", () => {
    const result = checkBudget(table(headcount.map((v) => Number(v.replace(".", "")))));
    expect(result.findings).toEqual([]);
    expect(result.lines.map((l) => [l.depth, l.isTotal, l.parentRow])).toEqual([
      [0, true, undefined],
      [0, false, undefined],
      [0, false, undefined],
      [0, false, undefined],
    ]);
    expect(result.sentence).toBe(
      "Biên chế công chức và lao động hợp đồng là 2.674 người, trong đó cán bộ, công chức 364 người; viên chức 1.968 người; hợp đồng lao động 342 người.",
    );
  });

  test("a part typed wrong is caught at the total", () => {
    const result = checkBudget(table([2674, 364, 1986, 342]));
    expect(result.findings.map((f) => [f.rule, f.cell, f.params.sum])).toEqual([
      ["budget_children_sum", cellOf("estimate", 5), 2692],
    ]);
  });

  test("typed as text, “2.674” and “1.968” are ambiguous with nothing to settle them", () => {
    const result = checkBudget(table(headcount));
    expect(result.findings.map((f) => [f.rule, f.cell])).toEqual([
      ["budget_ambiguous_number", cellOf("estimate", 5)],
      ["budget_ambiguous_number", cellOf("estimate", 7)],
    ]);
  });
});
