import { detectNumberStyle, parseNumberText, type NumberStyle } from "../../../src/engine/numbers";

describe("detectNumberStyle", () => {
  test.each<[string, string[], NumberStyle | undefined]>([
    ["a Vietnamese sheet", ["8.664,9", "2,97", "50.068", "4.500"], "vi"],
    ["an English sheet", ["8,664.9", "61.6", "50,068", "4,500"], "en"],
    ["vi proven by grouping alone", ["3.000.000", "1.842"], "vi"],
    ["en proven by grouping alone", ["1,234,567", "1,842"], "en"],
    ["seed figures", ["8.664,9", "1.130,756", "61,6%", "9,54%", "18.574", "1.842"], "vi"],
    ["only ambiguous entries", ["50.068", "18.574", "4.500"], undefined],
    ["only plain numbers", ["4500", "12%", "(5)"], undefined],
    ["no entries", [], undefined],
    ["text and blanks only", ["", "  ", "abc", "hoàn thành", "#N/A"], undefined],
    ["mixed evidence", ["8.664,9", "2,97", "8,664.9", "61.6"], undefined],
    ["exactly 80% vi wins", ["2,97", "61,6", "0,1", "9,54", "61.6"], "vi"],
    ["exactly 80% en wins", ["2.97", "61.6", "0.1", "9.54", "61,6"], "en"],
    ["75% is not enough", ["2,97", "61,6", "0,1", "61.6"], undefined],
  ])("%s", (_label, texts, style) => {
    expect(detectNumberStyle(texts)).toBe(style);
  });

  test("a Vietnamese sheet settles the ambiguous 50.068", () => {
    const sheet = ["8.664,9", "2,97", "50.068"];
    const style = detectNumberStyle(sheet);
    expect(style).toBe("vi");
    expect(parseNumberText("50.068", style)).toEqual({
      ok: true,
      value: 50068,
      percentSign: false,
    });
  });

  test("accepts any iterable, read once", () => {
    function* texts(): Generator<string> {
      yield "1.130,756";
      yield "50.068";
    }
    expect(detectNumberStyle(texts())).toBe("vi");
    expect(detectNumberStyle(new Set(["8,664.9"]))).toBe("en");
  });
});
