import { createWorkbook } from "../../../src/hosts/xlsx";
import { attentionLines, lineCell, statusCounts } from "../../../src/taskpane/budget/budgetView";
import { checkBudgetWorkbook } from "../../../src/workbook/budget/check/checkBudgetWorkbook";
import { typeBudgetWorkbook } from "../support/budgetWorkbook";

/** The template's budget at six months, with `edits` typed over column D (row → value). */
async function checked(edits: Record<number, number | string | null> = {}) {
  const gateway = createWorkbook();
  const { sheet } = await typeBudgetWorkbook(gateway);
  await gateway.apply({
    changes: Object.entries(edits).map(([row, value]) => ({
      kind: "values" as const,
      sheet,
      anchor: `D${row}`,
      rows: [[value]],
    })),
  });
  const check = checkBudgetWorkbook(await gateway.read({ sheets: [sheet] }), { period: "6m" });
  return check.sheets[0].tables[0].check;
}

describe("the Ngân sách tab's reading of a checked table", () => {
  test("as typed: the land use fees behind and the economic services over their estimate", async () => {
    const check = await checked();
    expect(attentionLines(check).map((l) => [l.row, l.status, lineCell(l)])).toEqual([
      [20, "behind", "D20"],
      [28, "over_estimate", "D28"],
    ]);
    expect(statusCounts([check])).toEqual([
      { status: "on_pace", count: 13 },
      { status: "behind", count: 1 },
      { status: "within_estimate", count: 14 },
      { status: "over_estimate", count: 1 },
    ]);
    // A line without a finding links to its actual.
    const pit = check.lines.find((l) => l.row === 14);
    expect(pit && [pit.status, lineCell(pit)]).toEqual(["on_pace", "D14"]);
  });

  test.each([
    // Personal income tax (row 14) left blank; its parent is then not summed.
    ["a blank actual", { 14: null }, 14, "missing", 1],
    // The defence line (row 34) typed as text.
    ["text in an amount cell", { 34: "chưa có" }, 34, "invalid", 1],
    // Recurrent spending (row 23) typed as 400, not the sum of its lines: spending's total
    // (row 21) no longer adds up either.
    ["a parent that is not the sum of its lines", { 23: 400 }, 23, "mismatch", 2],
  ] as const)(
    "%s is listed, linked to the cell to fix",
    async (_case, edits, row, status, count) => {
      const check = await checked(edits);
      const line = attentionLines(check).find((l) => l.row === row);
      expect(line?.status).toBe(status);
      expect(line && lineCell(line)).toBe(`D${row}`);
      expect(line?.findings[0]?.cell).toBe(`D${row}`);
      expect(statusCounts([check]).find((c) => c.status === status)?.count).toBe(count);
    },
  );
});
