import type { BudgetStatusId } from "../../../../src/engine/budget/budgetStatus";
import { BUDGET_STATUS_LABELS } from "../../../../src/engine/budget/budgetStatus";
import { findingMessage } from "../../../../src/engine/findings/finding";
import { openWorkbook } from "../../../../src/hosts/xlsx";
import {
  checkBudgetWorkbook,
  type BudgetWorkbookCheck,
} from "../../../../src/workbook/budget/check/checkBudgetWorkbook";
import type { SheetSnapshot, WorkbookSnapshot } from "../../../../src/workbook/snapshot";
import {
  EXECUTION_SHEET,
  HEADCOUNT_SHEET,
  plantedBudgetWorkbook,
  SHARES_SHEET,
} from "./plantedBudgetWorkbook";

/** Every planted error: sheet, cell, rule. Nothing else may be found. */
const PLANTED: Array<[string, string, string]> = [
  [EXECUTION_SHEET, "E10", "budget_revenue_behind"],
  [EXECUTION_SHEET, "E15", "budget_thousand_slip"],
  [EXECUTION_SHEET, "E16", "budget_over_estimate"],
  [EXECUTION_SHEET, "F17", "budget_percent_mismatch"],
  [EXECUTION_SHEET, "C18", "budget_mixed_units"],
  [EXECUTION_SHEET, "D19", "budget_children_sum"],
  [EXECUTION_SHEET, "E22", "budget_children_sum"],
  [EXECUTION_SHEET, "D25", "budget_missing_estimate"],
  [EXECUTION_SHEET, "E26", "budget_not_a_number"],
  [EXECUTION_SHEET, "E27", "budget_error_value"],
  [SHARES_SHEET, "C13", "budget_shares_sum"],
  [HEADCOUNT_SHEET, "C13", "budget_children_sum"],
];

/** The status each planted line gets. */
const PLANTED_STATUS: Array<[string, number, BudgetStatusId]> = [
  [EXECUTION_SHEET, 10, "behind"],
  [EXECUTION_SHEET, 15, "mismatch"],
  [EXECUTION_SHEET, 16, "over_estimate"],
  [EXECUTION_SHEET, 17, "mismatch"],
  [EXECUTION_SHEET, 18, "mismatch"],
  [EXECUTION_SHEET, 19, "mismatch"],
  [EXECUTION_SHEET, 22, "mismatch"],
  [EXECUTION_SHEET, 25, "missing"],
  [EXECUTION_SHEET, 26, "invalid"],
  [EXECUTION_SHEET, 27, "invalid"],
  [SHARES_SHEET, 13, "mismatch"],
  [HEADCOUNT_SHEET, 13, "mismatch"],
];

/** What a clean line may be called: judged good, or read and consistent. */
const GOOD: readonly BudgetStatusId[] = [
  "on_pace",
  "met_estimate",
  "above_estimate",
  "within_estimate",
  "recorded",
];

let snapshot: WorkbookSnapshot;
let check: BudgetWorkbookCheck;
let written: WorkbookSnapshot;

beforeAll(async () => {
  const workbook = await openWorkbook(await plantedBudgetWorkbook());
  snapshot = await workbook.read();
  check = checkBudgetWorkbook(snapshot, { lang: "vi" });
  await workbook.apply(check.changes);
  written = await (await openWorkbook(await workbook.toBuffer())).read();
});

function sheetOf(snap: WorkbookSnapshot, name: string): SheetSnapshot {
  const sheet = snap.sheets.find((s) => s.name === name);
  if (!sheet) throw new Error(`no sheet ${name}`);
  return sheet;
}

/** The text in the column headed `header` (on the header row `headerRow`) at `row`. */
function underHeader(sheet: SheetSnapshot, headerRow: number, header: string, row: number) {
  const headers = sheet.values[headerRow - sheet.origin.row];
  const column = headers.indexOf(header);
  if (column < 0) throw new Error(`no “${header}” on row ${headerRow} of ${sheet.name}`);
  return sheet.values[row - sheet.origin.row]?.[column] ?? null;
}

const lines = () =>
  check.sheets.flatMap((s) =>
    s.tables.flatMap((t) => t.check.lines.map((line) => ({ sheet: s.sheet, line }))),
  );

describe("a budget workbook with each kind of error planted", () => {
  test("its tables are read: one execution table, two share tables, two headcount breakdowns", () => {
    expect(
      check.sheets.map((s) => [
        s.sheet,
        s.tables.map((t) => [t.table.kind, t.table.headerRows[0], t.check.period]),
      ]),
    ).toEqual([
      [EXECUTION_SHEET, [["amounts", 5, "6m"]]],
      [
        SHARES_SHEET,
        [
          ["shares", 3, "year"],
          ["shares", 12, "year"],
        ],
      ],
      [
        HEADCOUNT_SHEET,
        [
          ["breakdown", 3, "year"],
          ["breakdown", 12, "year"],
        ],
      ],
    ]);
  });

  test("every planted error is found at its cell, and nothing else", () => {
    expect(check.findings.map((f) => [f.sheet, f.cell, f.rule])).toEqual(PLANTED);
  });

  test.each(PLANTED_STATUS)("%s row %d is %s", (sheet, row, status) => {
    const found = lines().find((l) => l.sheet === sheet && l.line.row === row);
    expect(found?.line.status).toBe(status);
  });

  test("every other line has no finding and a good status", () => {
    const planted = new Set(PLANTED_STATUS.map(([sheet, row]) => `${sheet}!${row}`));
    const clean = lines().filter((l) => !planted.has(`${l.sheet}!${l.line.row}`));
    expect(clean).toHaveLength(23 - 10 + 8 - 1 + 8 - 1);
    for (const { sheet, line } of clean) {
      expect([sheet, line.row, line.findings]).toEqual([sheet, line.row, []]);
      expect([sheet, line.row, GOOD.includes(line.status)]).toEqual([sheet, line.row, true]);
    }
  });

  test("the totals and the report sentences", () => {
    const [execution] = check.sheets[0].tables;
    expect(execution.check.totals).toEqual([
      expect.objectContaining({ section: "revenue", row: 6, estimate: 4435, actual: 2300 }),
      expect.objectContaining({ section: "expenditure", row: 11, estimate: 1752.631 }),
    ]);
    expect(check.sentences).toEqual([
      "6 tháng: tổng thu ngân sách nhà nước trên địa bàn đạt 2.300 tỷ đồng, bằng 51,9% dự toán; tổng chi ngân sách quận đạt 923,8 tỷ đồng, bằng 52,7% dự toán.",
      "CƠ CẤU KINH TẾ QUẬN NAM TỪ LIÊM NĂM 2023: thương mại, dịch vụ 61,6%; công nghiệp - xây dựng 38,3%; nông nghiệp 0,1%.",
      "CƠ CẤU KINH TẾ QUẬN NAM TỪ LIÊM NĂM 2022: thương mại, dịch vụ 16,6%; công nghiệp - xây dựng 38,3%; nông nghiệp 0,1%.",
      "Tổng số biên chế là 2.674 người, trong đó cán bộ, công chức 364 người; viên chức 1.968 người; hợp đồng lao động 342 người.",
      "Tổng số biên chế là 2.674 người, trong đó cán bộ, công chức 364 người; viên chức 1.986 người; hợp đồng lao động 342 người.",
    ]);
  });

  test("the messages quote the planted figures", () => {
    const message = (cell: string) => {
      const f = check.findings.find((x) => x.sheet === EXECUTION_SHEET && x.cell === cell);
      return f ? [findingMessage(f, "vi"), findingMessage(f, "en")] : [];
    };
    expect(message("E10")).toEqual([
      "Thu “Thu tiền sử dụng đất” đạt 200 tỷ đồng, bằng 40% dự toán 500 tỷ đồng; tiến độ 6 tháng cần 50% dự toán.",
      "Revenue from “Thu tiền sử dụng đất” is 200 billion dong, 40% of its estimate of 500 billion dong; the six months pace is 50% of the estimate.",
    ]);
    expect(message("E15")[0]).toContain("Nếu vậy số đúng là 14,8.");
    expect(message("F17")[0]).toBe(
      "“Chi quản lý hành chính”: cột % dự toán ghi 55%, nhưng 30 / 58,756 = 51,06%.",
    );
    expect(message("D19")[0]).toBe(
      "“Chi chương trình mục tiêu”: Dự toán 150 khác tổng 2 dòng con là 140 (chênh lệch 10).",
    );
  });
});

describe("written back", () => {
  test("“Đánh giá” beside each table says what the check found", () => {
    const vi = BUDGET_STATUS_LABELS.vi;
    const execution = sheetOf(written, EXECUTION_SHEET);
    const status = (row: number) => underHeader(execution, 5, "Đánh giá", row);
    expect([6, 7, 8, 9].map(status)).toEqual(Array(4).fill(vi.on_pace));
    expect([11, 12, 13, 14, 20, 21, 23, 24, 28].map(status)).toEqual(
      Array(9).fill(vi.within_estimate),
    );
    for (const [sheet, row, id] of PLANTED_STATUS) {
      const headerRow = sheet === EXECUTION_SHEET ? 5 : 12;
      expect([
        sheet,
        row,
        underHeader(sheetOf(written, sheet), headerRow, "Đánh giá", row),
      ]).toEqual([sheet, row, vi[id]]);
    }
    const shares = sheetOf(written, SHARES_SHEET);
    expect([4, 5, 6, 7].map((row) => underHeader(shares, 3, "Đánh giá", row))).toEqual(
      Array(4).fill(vi.recorded),
    );
  });

  test("the computed % sits beside the execution table only", () => {
    const execution = sheetOf(written, EXECUTION_SHEET);
    expect(underHeader(execution, 5, "% dự toán (tính)", 17)).toBe(51.1);
    expect(underHeader(execution, 5, "% dự toán (tính)", 25)).toBeNull();
    for (const name of [SHARES_SHEET, HEADCOUNT_SHEET]) {
      expect(sheetOf(written, name).values.flat()).not.toContain("% dự toán (tính)");
    }
  });

  test("each finding is a note at its cell", () => {
    for (const [sheet, cell] of PLANTED) {
      expect([
        sheet,
        cell,
        sheetOf(written, sheet).notes[cell]?.startsWith("Chỉ tiêu – ngân sách: "),
      ]).toEqual([sheet, cell, true]);
    }
  });

  test("the user's cells are as they were", () => {
    for (const before of snapshot.sheets) {
      const after = sheetOf(written, before.name);
      before.values.forEach((row, r) =>
        row.forEach((value, c) => {
          const at =
            after.values[r + before.origin.row - after.origin.row]?.[
              c + before.origin.column - after.origin.column
            ];
          expect([before.name, r, c, at]).toEqual([before.name, r, c, value]);
        }),
      );
    }
  });
});
