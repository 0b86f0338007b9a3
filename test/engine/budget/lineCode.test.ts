import { readLineCode, type CodeContext } from "../../../src/engine/budget/lineCode";

function ranks(codes: readonly string[]): Array<number | undefined> {
  const context: CodeContext = {};
  return codes.map((code) => readLineCode(code, context)?.rank);
}

describe("line codes", () => {
  test.each<[string, string[], Array<number | undefined>]>([
    [
      "the forms' levels",
      ["A", "I", "1", "1.1", "1.1.2", "a", "-", "+"],
      [0, 1, 2, 3, 4, 20, 21, 22],
    ],
    ["typed with dots and brackets", ["A.", "I.", "1.", "1.1.", "a)", "(b)"], [0, 1, 2, 3, 20, 20]],
    ["C and D after B are letters", ["A", "I", "II", "B", "I", "C", "D"], [0, 1, 1, 0, 1, 0, 0]],
    ["V after IV is a numeral, I after H a letter", ["III", "IV", "V", "H", "I"], [1, 1, 1, 0, 0]],
    ["numbers under numerals", ["II.1", "II.1.2", "01"], [2, 3, 2]],
    ["no numbering", ["x1", "TH01", ""], [undefined, undefined, undefined]],
  ])("%s", (_what, codes, expected) => {
    expect(ranks(codes)).toEqual(expected);
  });
});
