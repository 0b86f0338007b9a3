import { TextCell, ValueCell } from "../../../../src/hosts/xlsx/write/cellEntry";

describe("cell entries of an edited row", () => {
  test.each([
    // [cell as read, style set, text after]
    ['<c r="B2" s="3" t="n"><v>7</v></c>', "12", '<c r="B2" s="12" t="n"><v>7</v></c>'],
    ['<c r="B2"><v>7</v></c>', "12", '<c s="12" r="B2"><v>7</v></c>'],
    ['<x:c r="B2"\ts="4"/>', "0", '<x:c r="B2"\ts="0"/>'],
    ['<c r="B2" t="s"><v>0</v></c>', "5", '<c s="5" r="B2" t="s"><v>0</v></c>'],
  ])("a cell read as %s, styled %s, is %s", (read, style, after) => {
    const cell = new TextCell(2, read);
    expect(cell.text).toBe(read);
    cell.setStyle(style);
    expect(cell.text).toBe(after);
    expect(cell.style).toBe(style);
  });

  test.each([
    // [style read from the sheet, text of the cell as read]
    [undefined, '<c r="A1"><v>1</v></c>'],
    ["7", '<c r="A1" s="7"><v>1</v></c>'],
    ["7", "<c r='A1' s='7'><v>1</v></c>"],
  ])("a cell read keeps style %s from %s", (style, read) => {
    expect(new TextCell(1, read).style).toBe(style);
  });

  test.each([
    // [style when made, style set later (or none), value, text]
    [undefined, undefined, 1.5, '<c r="C4"><v>1.5</v></c>'],
    ["0", undefined, "a&b", '<c r="C4" t="inlineStr"><is><t>a&amp;b</t></is></c>'],
    ["9", undefined, true, '<c r="C4" s="9" t="b"><v>1</v></c>'],
    ["9", "11", null, '<c r="C4" s="11"/>'],
    ["9", "0", -0, '<c r="C4" s="0"><v>0</v></c>'],
    [
      undefined,
      "11",
      " x",
      '<c s="11" r="C4" t="inlineStr"><is><t xml:space="preserve"> x</t></is></c>',
    ],
    ["0", "0", null, '<c s="0" r="C4"/>'],
  ] as const)(
    "a value cell made with style %s, restyled %s, holding %j, is %s",
    (made, later, value, text) => {
      const cell = new ValueCell("", 4, 3, made, value);
      if (later !== undefined) cell.setStyle(later);
      expect(cell.text).toBe(text);
      expect(cell.style).toBe(later ?? (made === "0" ? undefined : made));
    },
  );
});
