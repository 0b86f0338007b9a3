import { LabelHierarchy } from "../../../src/workbook/read/labelHierarchy";
import { labelInText, labelOfCell, type LabelKind } from "../../../src/engine/text/numberedLabel";

describe("numbered labels at the start of a name", () => {
  test.each<[string, string, LabelKind, string]>([
    ["E. SẢN XUẤT NÔNG NGHIỆP", "E.", "upper", "SẢN XUẤT NÔNG NGHIỆP"],
    ["A. LĨNH VỰC KINH TẾ", "A.", "upper", "LĨNH VỰC KINH TẾ"],
    ["I.Diện tích cây hàng năm", "I.", "roman", "Diện tích cây hàng năm"],
    ["II. Cây lâu năm", "II.", "roman", "Cây lâu năm"],
    ["IV - Xã hội", "IV -", "roman", "Xã hội"],
    ["1.Cây lương thực có hạt", "1.", "arabic", "Cây lương thực có hạt"],
    ["1.2.Củ năng", "1.2.", "arabic", "Củ năng"],
    ["3.1.1 Rau khác", "3.1.1", "arabic", "Rau khác"],
    ["5.1. Đậu các loại", "5.1.", "arabic", "Đậu các loại"],
    ["2) Thu ngân sách", "2)", "arabic", "Thu ngân sách"],
    ["a. Điều ghép", "a.", "lower", "Điều ghép"],
    ["b) Điều hạt", "b)", "lower", "Điều hạt"],
    ["- Diện tích", "-", "dash", "Diện tích"],
    ["-Diện tích", "-", "dash", "Diện tích"],
    ["– Năng suất", "–", "dash", "Năng suất"],
    ["+ Lúa", "+", "plus", "Lúa"],
    ["* Trong đó: nữ", "*", "star", "Trong đó: nữ"],
  ])("%j has label %j (%s)", (text, label, kind, rest) => {
    const found = labelInText(text);
    expect(found?.label.text).toBe(label);
    expect(found?.label.kind).toBe(kind);
    expect(found?.rest).toBe(rest);
  });

  test.each([
    "Tốc độ tăng trưởng",
    "100% xã đạt chuẩn",
    "2020",
    "Trong dân",
    "-5",
    "a",
    "1. ",
    "Hệ số 2,5",
  ])("%j has none", (text) => {
    expect(labelInText(text)).toBeUndefined();
  });

  test("the letter I after H is a letter, not a Roman one", () => {
    expect(labelInText("I. THƯƠNG MẠI", { lastLetter: "H" })?.label.kind).toBe("upper");
    expect(labelInText("I. THƯƠNG MẠI", { lastLetter: "E" })?.label.kind).toBe("roman");
  });
});

describe("labels alone in the STT column", () => {
  test.each<[string | number, LabelKind | undefined, number[] | undefined]>([
    [1, "arabic", [1]],
    ["1", "arabic", [1]],
    ["1.2", "arabic", [1, 2]],
    ["1.2.", "arabic", [1, 2]],
    ["II", "roman", undefined],
    ["A", "upper", undefined],
    ["a)", "lower", undefined],
    ["-", "dash", undefined],
    ["+", "plus", undefined],
    ["Chỉ tiêu", undefined, undefined],
  ])("%j", (value, kind, path) => {
    const label = labelOfCell(value);
    expect(label?.kind).toBe(kind);
    expect(label?.path).toEqual(path);
  });
});

describe("the numbering hierarchy", () => {
  function parents(labels: (string | undefined)[]): (number | undefined)[] {
    const tree = new LabelHierarchy();
    return labels.map((text, i) =>
      tree.place(i + 1, text === undefined ? undefined : labelOfCell(text)),
    );
  }

  test("each level sits under the nearest higher one", () => {
    const labels = ["A", "I", "1", "1.1", "1.2", "a)", "-", "+", "+", "-", "b)", "2", "II", "1"];
    expect(parents(labels)).toEqual([undefined, 1, 2, 3, 3, 5, 6, 7, 7, 6, 5, 2, 1, 13]);
  });

  test("a dotted number finds its own prefix even out of order", () => {
    // 1. / 1.3 / - / 1.1.2 (under 1., since 1.1 comes later) / 1.1 / 2.1 (no 2.: rank) …
    expect(parents(["1", "1.3", "-", "1.1.2", "-", "1.1", "1.1.1"])).toEqual([
      undefined,
      1,
      2,
      1,
      4,
      1,
      6,
    ]);
  });

  test("rows without a label sit under the labelled row above", () => {
    expect(parents(["1", "-", undefined, undefined, "2", undefined])).toEqual([
      undefined,
      1,
      2,
      2,
      undefined,
      5,
    ]);
  });

  test("a group row starts a new section", () => {
    const tree = new LabelHierarchy();
    expect(tree.place(1, labelOfCell("1"))).toBeUndefined();
    tree.reset();
    expect(tree.place(2, labelOfCell("1.1"))).toBeUndefined();
  });
});
