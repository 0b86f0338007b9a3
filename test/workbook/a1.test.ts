import {
  address,
  columnLetter,
  columnNumber,
  parseAddress,
  parseRange,
  rangeAddress,
} from "../../src/workbook/a1";

describe("A1 references", () => {
  test.each<[number, string]>([
    [1, "A"],
    [14, "N"],
    [26, "Z"],
    [27, "AA"],
    [52, "AZ"],
    [703, "AAA"],
    [16384, "XFD"],
  ])("column %d is %s and back", (n, letters) => {
    expect(columnLetter(n)).toBe(letters);
    expect(columnNumber(letters)).toBe(n);
  });

  test("addresses and ranges", () => {
    expect(address(12, 9)).toBe("I12");
    expect(parseAddress("$I$12")).toEqual({ row: 12, column: 9 });
    expect(parseAddress("12I")).toBeUndefined();
    expect(parseRange("'Kế hoạch'!N40:A4")).toEqual({
      start: { row: 4, column: 1 },
      end: { row: 40, column: 14 },
    });
    expect(parseRange("B2")).toEqual({ start: { row: 2, column: 2 }, end: { row: 2, column: 2 } });
    expect(parseRange("nonsense")).toBeUndefined();
    expect(rangeAddress({ row: 4, column: 1 }, { row: 40, column: 14 })).toBe("A4:N40");
    expect(rangeAddress({ row: 2, column: 2 }, { row: 2, column: 2 })).toBe("B2");
  });
});
