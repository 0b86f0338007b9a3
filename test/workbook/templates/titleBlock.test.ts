import type { Change } from "../../../src/workbook/changeSet";
import { SheetDraft } from "../../../src/workbook/templates/sheetDraft";
import { authorityText, titleBlock } from "../../../src/workbook/templates/titleBlock";

/** The change set of a draft holding only a title block, and the rows it took. */
function drafted(block: Omit<Parameters<typeof titleBlock>[1], "lang">, lang: "vi" | "en" = "vi") {
  const draft = new SheetDraft("S");
  const rows = titleBlock(draft, { ...block, lang });
  return { rows, changes: draft.changes() };
}

const valuesOf = (changes: Change[]) =>
  changes.find((c) => c.kind === "values")?.kind === "values"
    ? (changes.find((c) => c.kind === "values") as Extract<Change, { kind: "values" }>).rows
    : [];
const merges = (changes: Change[]) => changes.flatMap((c) => (c.kind === "merge" ? [c.range] : []));

describe("the committee that heads a form", () => {
  test.each([
    ["Quận 7", "vi", "ỦY BAN NHÂN DÂN\nQUẬN 7"],
    ["Phường Tân Phong", "vi", "ỦY BAN NHÂN DÂN\nPHƯỜNG TÂN PHONG"],
    // A unit typed with its committee's words is not named twice.
    ["UBND phường Tân Thuận", "vi", "ỦY BAN NHÂN DÂN\nPHƯỜNG TÂN THUẬN"],
    ["Ủy ban nhân dân xã Đạ Ròn", "vi", "ỦY BAN NHÂN DÂN\nXÃ ĐẠ RÒN"],
    ["Thành phố Hồ Chí Minh", "en", "PEOPLE'S COMMITTEE\nTHÀNH PHỐ HỒ CHÍ MINH"],
  ] as const)("%s (%s)", (unit, lang, text) => {
    expect(authorityText(unit, lang)).toBe(text);
  });
});

describe("a title block as Vietnamese offices' forms lay it out", () => {
  // The budget template's columns: STT, Nội dung, Dự toán, Thực hiện, Ghi chú.
  const widths = [6, 60, 14, 14, 30];

  test("committee top left over the first columns, an empty row, the title across, the line above the table", () => {
    const { rows, changes } = drafted({
      unit: "Quận Nam Từ Liêm",
      title: "DỰ TOÁN VÀ THỰC HIỆN THU, CHI NGÂN SÁCH NĂM 2023",
      lineLeft: "Đơn vị: Quận Nam Từ Liêm",
      measure: "Đơn vị tính: tỷ đồng",
      gap: true,
      widths,
    });
    expect(rows).toEqual({ first: 1, authority: 1, title: 3, line: 4, last: 4 });
    expect(valuesOf(changes)).toEqual([
      ["ỦY BAN NHÂN DÂN\nQUẬN NAM TỪ LIÊM", null, null, null, null],
      [null, null, null, null, null],
      ["DỰ TOÁN VÀ THỰC HIỆN THU, CHI NGÂN SÁCH NĂM 2023", null, null, null, null],
      ["Đơn vị: Quận Nam Từ Liêm", null, null, null, "Đơn vị tính: tỷ đồng"],
    ]);
    // The committee over A–B (66 characters hold its 16), the title over the whole table.
    expect(merges(changes)).toEqual(["A1:B1", "A3:E3"]);
    expect(changes).toContainEqual({
      kind: "style",
      sheet: "S",
      range: "A3:E3",
      style: { bold: true, fontSize: 14, horizontal: "center", vertical: "middle", wrap: true },
    });
    expect(changes).toContainEqual({
      kind: "style",
      sheet: "S",
      range: "E4",
      style: { italic: true, horizontal: "right" },
    });
    // Two lines for the committee; one for a title the width holds.
    expect(changes).toContainEqual({ kind: "rowHeights", sheet: "S", heights: { "1": 32 } });
    expect(changes).toContainEqual({ kind: "rowHeights", sheet: "S", heights: { "3": 21 } });
  });

  test("a title longer than the table is wide wraps, its row as tall as its lines", () => {
    // 30 characters of 11-point text hold about 23 of the 14-point bold title: four lines.
    const { changes } = drafted({
      title: "BÁO CÁO TỔNG HỢP KẾT QUẢ THỰC HIỆN CHỈ TIÊU KINH TẾ - XÃ HỘI NĂM 2023",
      widths: [10, 20],
    });
    expect(changes).toContainEqual({ kind: "rowHeights", sheet: "S", heights: { "1": 84 } });
  });

  test("a long measure takes the last columns it needs, right of the key/value line", () => {
    const { changes } = drafted({
      title: "T",
      lineLeft: "Đơn vị: Quận 7",
      measure: "Đơn vị tính: triệu đồng",
      widths: [5, 20, 10, 10, 8],
    });
    expect(merges(changes)).toContainEqual("C2:E2");
    expect(valuesOf(changes)[1]).toEqual([
      "Đơn vị: Quận 7",
      null,
      "Đơn vị tính: triệu đồng",
      null,
      null,
    ]);
  });

  test("without a unit, no committee: the title comes first", () => {
    const { rows } = drafted({
      title: "NGUỒN SỐ LIỆU TỔNG HỢP",
      subtitles: ["Kỳ báo cáo: Cả năm"],
      widths,
    });
    expect(rows).toEqual({ first: 1, title: 1, last: 2 });
  });
});
