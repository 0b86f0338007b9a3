import { fittedHeight, linesFor } from "../../../src/workbook/templates/rowFit";

describe("the lines a wrapped text takes", () => {
  test.each<[string | null, number, number]>([
    [null, 10, 1],
    ["", 10, 1],
    ["%", 9, 1],
    // A column holds about 1.15 characters per unit of width, one kept spare: "doanh nghiệp"
    // (12) takes two lines of the 9-wide unit column (9 a line), one of a 12-wide one (12).
    ["doanh nghiệp", 9, 2],
    ["doanh nghiệp", 12, 1],
    // Words wrap whole: 23 characters, 19 a line, and "quản" does not fit after "quận".
    ["kinh tế do quận quản lý", 18, 2],
    // A word longer than a line (4 a line here) breaks inside it.
    ["KT01KT02KT03KT04KT05", 5, 5],
    // Each typed line break starts a line.
    ["ỦY BAN NHÂN DÂN\nQUẬN 7", 40, 2],
    ["Tốc độ tăng trưởng giá trị sản xuất của các thành phần kinh tế do quận quản lý", 38, 2],
  ])("“%s” in %i characters: %i line(s)", (text, width, lines) => {
    expect(linesFor(text, width)).toBe(lines);
  });

  test("a row as tall as its tallest wrapped cell; none set where one line is enough", () => {
    expect(fittedHeight([{ value: "Quận 7, 2023", width: 24 }])).toBeUndefined();
    expect(
      fittedHeight([
        { value: "Quận 7", width: 24 },
        { value: "Hoàng Mai, 2022 (ước đạt 50.068 tỷ đồng, tăng 9,54%)", width: 24 },
      ]),
    ).toBe(45);
  });
});
