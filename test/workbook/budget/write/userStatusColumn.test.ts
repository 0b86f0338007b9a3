import { createWorkbook } from "../../../../src/hosts/xlsx";
import { checkBudgetWorkbook } from "../../../../src/workbook/budget/check/checkBudgetWorkbook";
import type { WriteValue } from "../../../../src/workbook/changeSet";

/** Checks the sheet and writes the result, `times` times; returns the sheet's values after. */
async function checkedValues(rows: WriteValue[][], times: number) {
  const gateway = createWorkbook();
  await gateway.apply({
    changes: [
      { kind: "addSheet", sheet: "NS" },
      { kind: "values", sheet: "NS", anchor: "A1", rows },
    ],
  });
  for (let i = 0; i < times; i += 1) {
    const check = checkBudgetWorkbook(await gateway.read(), { lang: "vi", chart: false });
    await gateway.apply(check.changes);
  }
  const [sheet] = (await gateway.read({ sheets: ["NS"] })).sheets;
  return sheet.values;
}

const SHARES: WriteValue[][] = [
  ["STT", "Nội dung", "Tỷ trọng (%)", "Đánh giá"],
  [1, "Thương mại – dịch vụ", 61.6, "Tăng so với 2022"],
  [2, "Công nghiệp – xây dựng", 38.3, "Giảm so với 2022"],
  [3, "Nông nghiệp", 0.1, "Ổn định"],
];

const AMOUNTS: WriteValue[][] = [
  ["STT", "Nội dung", "Dự toán", "Thực hiện", "Đánh giá", "Ghi chú"],
  ["A", "Tổng chi ngân sách quận", 1918.75, 1842, "Đạt yêu cầu", null],
  ["I", "Chi đầu tư phát triển", 1000, 950, "Chậm giải ngân", null],
  ["II", "Chi thường xuyên", 918.75, 892, "Tốt", null],
];

describe("a 'Đánh giá' column the user typed is theirs", () => {
  test.each([1, 2])(
    "share table, %i run(s): kept word for word, ours goes beside it",
    async (n) => {
      const values = await checkedValues(SHARES, n);
      expect(values.map((r) => r.slice(0, 4))).toEqual(SHARES);
      expect(values[0].slice(4)).toEqual(["Đánh giá"]);
      expect(values.slice(1).map((r) => r[4])).toEqual(["Khớp", "Khớp", "Khớp"]);
    },
  );

  test.each([1, 2])(
    "amounts table, %i run(s): kept word for word, ours appended once",
    async (n) => {
      const values = await checkedValues(AMOUNTS, n);
      expect(values.map((r) => r.slice(0, 6))).toEqual(AMOUNTS);
      expect(values[0].slice(6)).toEqual(["% dự toán (tính)", "Đánh giá"]);
      expect(values[1][6]).toBeCloseTo(96, 0);
    },
  );
});
