import { parseRange, rangeAddress } from "../../../../src/workbook/a1";
import { listFormula } from "../../../../src/hosts/xlsx/write/listFormula";
import { subtract } from "../../../../src/hosts/xlsx/write/rangeMath";
import { sheetNameProblem } from "../../../../src/hosts/xlsx/write/sheetNames";
import { sniffContainer } from "../../../../src/hosts/xlsx/package/sniffContainer";

describe("small helpers", () => {
  test("subtract leaves the rest of a rectangle as up to four rectangles", () => {
    const r = (text: string) => parseRange(text)!;
    const show = (text: string, minus: string) =>
      subtract(r(text), r(minus)).map((x) => rangeAddress(x.start, x.end));
    expect(show("A1:E5", "B2:C3")).toEqual(["A1:E1", "A4:E5", "A2:A3", "D2:E3"]);
    expect(show("B4:B40", "B10:C50")).toEqual(["B4:B9"]);
    expect(show("A1:A3", "C1:C3")).toEqual(["A1:A3"]);
  });

  test("sheet names follow Excel's rules", () => {
    expect(sheetNameProblem("Tổng hợp 2025")).toBeUndefined();
    expect(sheetNameProblem("")).toBeDefined();
    expect(sheetNameProblem("KH[1]")).toBeDefined();
    expect(sheetNameProblem("'KH")).toBeDefined();
    expect(sheetNameProblem("history")).toBeDefined();
  });

  test("listFormula quotes the list and doubles quotes inside items", () => {
    expect(listFormula(["≥", 'a"b'])).toBe('"≥,a""b"');
  });

  test("sniffContainer tells containers by their first bytes", () => {
    const bytes = (...b: number[]) => new Uint8Array(b);
    expect(sniffContainer(bytes(0x50, 0x4b, 0x03, 0x04, 0))).toBe("zip");
    expect(sniffContainer(bytes(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1))).toBe("cfb");
    expect(sniffContainer(new TextEncoder().encode("  <?xml version='1.0'?>"))).toBe("markup");
    expect(sniffContainer(bytes(0xff, 0xfe, 0x3c, 0x00))).toBe("markup");
    expect(sniffContainer(bytes())).toBe("empty");
    expect(sniffContainer(bytes(1, 2, 3))).toBe("other");
  });
});
