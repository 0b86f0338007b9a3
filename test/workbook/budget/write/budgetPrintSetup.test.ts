import { createWorkbook } from "../../../../src/hosts/xlsx";
import { checkBudgetWorkbook } from "../../../../src/workbook/budget/check/checkBudgetWorkbook";
import type { Change, PrintSetup, WriteValue } from "../../../../src/workbook/changeSet";

/** Hoàng Mai 2022 (seed 003): thu 4.435 tỷ at 100%, chi 1.842 of 1.918,75. */
const HOANG_MAI: WriteValue[][] = [
  ["ƯỚC THỰC HIỆN THU, CHI NGÂN SÁCH NĂM 2022"],
  ["Đơn vị: Quận Hoàng Mai", null, null, "Đơn vị tính: tỷ đồng"],
  [],
  ["STT", "Nội dung", "Dự toán", "Thực hiện"],
  ["A", "B", "1", "2"],
  ["A", "Tổng thu ngân sách nhà nước trên địa bàn", 4435, 4435],
  ["I", "Thu nội địa", 3935, 3975],
  ["II", "Thu tiền sử dụng đất", 500, 460],
  ["B", "Tổng chi ngân sách quận", 1918.75, 1842],
];

async function bookWith(rows: WriteValue[][]) {
  const gateway = createWorkbook();
  await gateway.apply({
    changes: [
      { kind: "addSheet", sheet: "NS" },
      { kind: "values", sheet: "NS", anchor: "A1", rows },
    ],
  });
  return gateway;
}

const printOf = (changes: readonly Change[]): PrintSetup[] =>
  changes.flatMap((c) => (c.kind === "print" && c.sheet === "NS" ? [c.setup] : []));

describe("a budget sheet checked with --out prints as the finance forms do", () => {
  test("the first check: A4 landscape fitted to the width, its two owned columns in", async () => {
    const gateway = await bookWith(HOANG_MAI);
    const check = checkBudgetWorkbook(await gateway.read(), { lang: "vi", chart: false });
    // The table is A–D; "% dự toán (tính)" and "Đánh giá" go to E and F.
    expect(printOf(check.changes.changes)).toEqual([
      {
        orientation: "landscape",
        paper: "A4",
        fitToWidth: true,
        margins: "narrow",
        area: "A1:F9",
        titleRows: "4:5",
      },
    ]);
  });

  test("a re-check leaves the page setup as the user may have changed it", async () => {
    const gateway = await bookWith(HOANG_MAI);
    await gateway.apply(checkBudgetWorkbook(await gateway.read(), { chart: false }).changes);
    const again = checkBudgetWorkbook(await gateway.read(), { chart: false });
    expect(printOf(again.changes.changes)).toEqual([]);
  });

  test("a sheet too wide to print legibly on one page width keeps its own setup", async () => {
    const wide = HOANG_MAI.map((row, i) =>
      i < 3
        ? row
        : [...row, ...Array.from({ length: 22 }, (_, k) => (i === 3 ? `Cột ${k}` : null))],
    );
    const gateway = await bookWith(wide);
    const check = checkBudgetWorkbook(await gateway.read(), { chart: false });
    // Read and checked all the same: its owned columns go to AA and AB.
    expect(check.sheets[0].tables).toHaveLength(1);
    expect(check.changes.changes).toContainEqual(
      expect.objectContaining({
        kind: "values",
        anchor: "AA4",
        rows: [["% dự toán (tính)", "Đánh giá"]],
      }),
    );
    expect(printOf(check.changes.changes)).toEqual([]);
  });
});
