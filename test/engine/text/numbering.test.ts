import { splitNumbering, stripNumbering } from "../../../src/engine/text/numbering";

describe("numbering typed before a name", () => {
  test.each<[string, { numbering: string; rest: string } | undefined]>([
    ["A. Tổng thu ngân sách", { numbering: "A.", rest: "Tổng thu ngân sách" }],
    ["1.1 Thuế giá trị gia tăng", { numbering: "1.1", rest: "Thuế giá trị gia tăng" }],
    ["a) Chi sự nghiệp", { numbering: "a)", rest: "Chi sự nghiệp" }],
    ["- Viên chức", { numbering: "-", rest: "Viên chức" }],
    ["3 đồ án quy hoạch", undefined],
    ["Thu nội địa", undefined],
  ])("numbering in the name %j", (name, expected) => {
    expect(splitNumbering(name)).toEqual(expected);
  });

  test.each([
    ["1.2.Củ năng", "Củ năng"],
    ["I. - Diện tích", "Diện tích"],
    ["Đ. Khác", "Khác"],
    ["3 đồ án", "3 đồ án"],
    ["-", "-"],
  ])("stripNumbering(%j) is %j", (name, expected) => {
    expect(stripNumbering(name)).toBe(expected);
  });
});
