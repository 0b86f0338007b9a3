import { findingMessage } from "../../../src/engine/findings/finding";
import type { WriteValue } from "../../../src/workbook/changeSet";
import { consolidateWorkbooks } from "../../../src/workbook/consolidate/consolidateWorkbooks";
import { consolidationSheets } from "../../../src/workbook/consolidate/consolidationSheets";
import { createWorkbook } from "../../../src/hosts/xlsx";
import { valueAt } from "../../../src/workbook/sheetGrid";
import type { SheetSnapshot, WorkbookSnapshot } from "../../../src/workbook/snapshot";
import { BookFolder, type Entries } from "./realBooks";
import { actualOf, ENTRIES, WARDS, wardSpec } from "./tenWards";

/** The rule typed into each ward's "Cách tổng hợp" cell, and how it rolls the parts up. */
const RULES: Record<string, { typed?: string; combine: (parts: number[]) => number }> = {
  CC01: { typed: "nhỏ nhất", combine: (p) => Math.min(...p) },
  XH19: { typed: "lớn nhất", combine: (p) => Math.max(...p) },
  XH12: { typed: "trung bình", combine: (p) => p.reduce((a, b) => a + b) / p.length },
  KT09: { combine: (p) => p.reduce((a, b) => a + b) },
};
const CODES = Object.keys(RULES);
/** Blank in the one ward, with the rules above and XH20 ("bình quân theo XH01"). */
const BLANKED = [...CODES, "XH20"];
const BLANK = 2; // Phường Mễ Trì sends its sheet with these actuals left blank.
const PRESENT = [0, 1, 3];

function entries(w: number): Entries {
  const out: Entries = { ...ENTRIES[w] };
  for (const code of BLANKED) {
    const typed: Partial<Record<"aggregation" | "actual", WriteValue>> = {};
    if (RULES[code]?.typed) typed.aggregation = RULES[code].typed ?? null;
    if (w === BLANK) typed.actual = null;
    out[code] = { ...ENTRIES[w][code], ...typed };
  }
  return out;
}

describe("a roll-up that lacks one ward's figure gives the others', marked partial", () => {
  let folder: BookFolder;
  let books: WorkbookSnapshot[];
  beforeAll(async () => {
    folder = await BookFolder.make();
    books = [];
    for (const w of [0, 1, 2, 3]) {
      const path = await folder.write(`w${w}.xlsx`, [wardSpec(w, { entries: entries(w) })]);
      books.push(await folder.open(path));
    }
  }, 60_000);
  afterAll(async () => folder.remove());

  const run = () => consolidateWorkbooks(books, undefined, { period: "year" });

  test.each(CODES)("%s: the figure of the three wards present, never a blank", (code) => {
    const result = run();
    const rolled = result.indicators.find((i) => i.code === code);
    const expected = RULES[code].combine(PRESENT.map((w) => actualOf(w, code)));
    expect(rolled?.actual).toEqual({ kind: "number", value: expect.closeTo(expected, 9) });
    expect(rolled?.partial).toEqual({ actual: { value: rolled?.actual, missing: [WARDS[BLANK]] } });
    // Shown, not judged as the whole: the status says figures are missing.
    expect(rolled?.status).toBe("missing");
    expect(rolled?.percent).toBeUndefined();
    const partial = rolled?.findings.filter((f) => f.rule === "figures_partial") ?? [];
    expect(partial).toHaveLength(1);
    const blankCell = books[BLANK].sheets[0];
    expect(partial[0]).toMatchObject({ severity: "warning", sheet: blankCell.name });
    expect(findingMessage(partial[0])).toMatch(
      new RegExp(
        `^Số thực hiện “${code} .*” là số tạm tính từ 3/4 đơn vị: còn thiếu ${WARDS[BLANK]}\\.`,
      ),
    );
    // The finding points at the blank cell itself.
    const at = partial[0].cell as string;
    const column = at.charCodeAt(0) - 64;
    const row = Number(at.slice(1));
    expect(blankCell.values[row - blankCell.origin.row]).toContain(code);
    expect(valueAt(blankCell, row, column)).toBeNull();
  });

  test("bình quân theo XH01: the present wards' figures by their own populations", () => {
    const xh20 = run().indicators.find((i) => i.code === "XH20");
    const people = PRESENT.map((w) => actualOf(w, "XH01"));
    const mean =
      PRESENT.reduce((a, w, k) => a + actualOf(w, "XH20") * people[k], 0) /
      people.reduce((a, b) => a + b);
    expect(xh20?.actual).toEqual({ kind: "number", value: expect.closeTo(mean, 9) });
    expect(xh20?.partial?.actual?.missing).toEqual([WARDS[BLANK]]);
    expect(xh20?.status).toBe("missing");
  });

  test("the Tổng hợp sheet shows the partial figure and names the missing ward", async () => {
    const result = run();
    const output = consolidationSheets(result, { lang: "vi" });
    const gateway = createWorkbook();
    await gateway.apply(output.changes);
    const summary = (await gateway.read()).sheets.find(
      (s) => s.name === output.summarySheet,
    ) as SheetSnapshot;
    const header = summary.values.find((r) => r[0] === "Mã") ?? [];
    expect(header.slice(5)).toEqual(["Thực hiện (tổng hợp)", "% KH", "Đánh giá", "Ghi chú"]);
    const row = summary.values.find((r) => r[0] === "CC01") ?? [];
    const min = Math.min(...PRESENT.map((w) => actualOf(w, "CC01")));
    expect(row.slice(5)).toEqual([
      min,
      null,
      "Thiếu số liệu",
      `Số tạm tính, còn thiếu: ${WARDS[BLANK]}`,
    ]);
  });
});
