import { createWorkbook, openWorkbook } from "../../../src/hosts/xlsx";
import type { WriteValue } from "../../../src/workbook/changeSet";
import { checkWorkbook } from "../../../src/workbook/check/checkWorkbook";

const SHEET = "BC 2024";

async function checked(rows: WriteValue[][]) {
  const book = createWorkbook();
  await book.apply({
    changes: [
      { kind: "addSheet", sheet: SHEET },
      { kind: "values", sheet: SHEET, anchor: "A1", rows },
    ],
  });
  const snapshot = await (await openWorkbook(await book.toBuffer())).read();
  return checkWorkbook(snapshot, { period: "year", highlight: false });
}

const HEADER: WriteValue[] = ["STT", "Chỉ tiêu", "ĐVT", "Kế hoạch", "Thực hiện"];

/** A form's "Tổng cộng" row adds the rows above up: without a target it is no indicator. */
describe("total rows of a plan table", () => {
  test.each([
    ["Tổng cộng", [null, "Tổng cộng", null, null, 30]],
    ["Cộng", [null, "Cộng:", null, null, 30]],
  ])("“%s” without a target is not judged, not counted as 'no target'", async (_name, total) => {
    const check = await checked([
      HEADER,
      [1, "Trường đạt chuẩn quốc gia", "trường", 4, 3],
      [2, "Nhà văn hóa khu phố", "nhà", 25, 27],
      total,
    ]);
    expect(check.results.map((r) => r.indicator.name)).toEqual([
      "Trường đạt chuẩn quốc gia",
      "Nhà văn hóa khu phố",
    ]);
    expect(check.summary.counts.no_target).toBe(0);
  });

  test("a total row with its own target is judged as typed", async () => {
    const check = await checked([
      HEADER,
      [1, "Trường mầm non đạt chuẩn", "trường", 4, 3],
      [2, "Trường tiểu học đạt chuẩn", "trường", 3, 3],
      [null, "Tổng cộng", "trường", 7, 6],
    ]);
    const total = check.results.find((r) => r.indicator.name === "Tổng cộng");
    expect(total?.status).toBe("not_achieved");
  });
});
