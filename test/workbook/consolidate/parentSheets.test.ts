import { readParentSheets } from "../../../src/workbook/consolidate/parentSheets";
import { sheetFrom } from "../read/sheetFrom";

/** A hand-made allocation sheet: a total column and a remainder beside the wards. */
const allocation = sheetFrom(
  [
    ["GIAO CHỈ TIÊU CHO CÁC PHƯỜNG NĂM 2023"],
    [],
    ["STT", "Mã", "Chỉ tiêu", "ĐVT", "Kế hoạch", "Phường 1", "Phường 2", "Cộng", "Còn lại"],
    [1, "XD01", "Số hẻm được nâng cấp", "hẻm", 180, 100, 70, 170, 10],
  ],
  { name: "Giao CT" },
);

describe("the parent's allocation sheet", () => {
  test("its sub-units are the ward columns, not the total or the remainder", () => {
    const parent = readParentSheets({ sheets: [allocation] });
    expect(parent.expectedUnits).toEqual(["Phường 1", "Phường 2"]);
  });
});
