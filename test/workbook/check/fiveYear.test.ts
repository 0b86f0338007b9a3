import { openWorkbook } from "../../../src/hosts/xlsx";
import { parseRange } from "../../../src/workbook/a1";
import { checkWorkbook, type WorkbookCheck } from "../../../src/workbook/check/checkWorkbook";
import { consolidateWorkbooks } from "../../../src/workbook/consolidate/consolidateWorkbooks";
import type { WorkbookSnapshot } from "../../../src/workbook/snapshot";
import { fiveYearWorkbook, type FiveYearOptions } from "../read/fiveYearWorkbook";

const FIVE_YEAR: FiveYearOptions = {
  title: "ĐÁNH GIÁ THỰC HIỆN KẾ HOẠCH 5 NĂM GIAI ĐOẠN 2016-2020 VÀ KẾ HOẠCH 5 NĂM 2021-2025",
};

async function snapshotOf(options: FiveYearOptions): Promise<WorkbookSnapshot> {
  const gateway = await openWorkbook(await fiveYearWorkbook(options), { fileName: "5nam.xlsx" });
  return gateway.read();
}

/**
 * Judged by hand: the five-year report holds ƯTH/TH 2020 to KH 2016–2020, never to KH 2021 or
 * KH 2025 (the next plan). Lúa: 1.100 t against 1.150 t is 95,65%; against KH 2025's 1.200 it
 * would be 91,67%.
 */
const BY_HAND: Record<string, [string, number, number][]> = {
  "Sản lượng": [
    ["Lúa", 1100, 1150],
    ["Ngô", 560, 600],
    ["Thịt hơi các loại", 2400, 2500],
  ],
  "Giá trị sản xuất": [
    ["Lúa", 9400, 9800],
    ["Ngô", 3600, 3900],
    ["Thịt hơi các loại", 110000, 115000],
  ],
};

describe("a five-year sheet judged against the period's plan, measure by measure", () => {
  let check: WorkbookCheck;
  beforeAll(async () => {
    check = checkWorkbook(await snapshotOf(FIVE_YEAR));
  });

  test.each(Object.keys(BY_HAND))("%s: each indicator against KH 2016-2020", (measure) => {
    const table = check.sheets[0].tables.find((t) => t.table.measure === measure);
    expect(table?.table.group?.kind).toBe("measure");
    const judged = table?.check.results.map((r) => [r.indicator.name, r.status, r.percent]);
    expect(judged).toEqual(
      BY_HAND[measure].map(([name, actual, target]) => [
        name,
        "not_achieved",
        expect.closeTo((actual / target) * 100, 6),
      ]),
    );
  });

  test("the six judgments are the sheet's report: no unit is added to another", () => {
    expect(check.summary.total).toBe(6);
    expect(check.summary.counts.not_achieved).toBe(6);
  });

  test("no finding points at a hidden row (9–13); the hidden figures are said once", () => {
    for (const f of check.findings) {
      const range = f.cell ? parseRange(f.cell) : undefined;
      expect(range).toBeDefined();
      if (f.rule === "hidden_rows_with_figures") continue;
      for (let row = range!.start.row; row <= range!.end.row; row++) {
        expect([f.rule, row >= 9 && row <= 13]).toEqual([f.rule, false]);
      }
    }
    expect(check.findings.filter((f) => f.rule === "hidden_rows_with_figures")).toHaveLength(1);
  });

  test("consolidated, a unit's measures stay one unit: tonnes roll up with tonnes, money with money", async () => {
    const books = await Promise.all(
      ["Xã Ka Đô", "Xã Pró"].map(async (unit) => {
        const snapshot = await snapshotOf(FIVE_YEAR);
        const [sheet] = snapshot.sheets;
        const values = sheet.values.map((row) => [...row]);
        values[0][0] = `UBND ${unit.toUpperCase()}`;
        return { ...snapshot, sheets: [{ ...sheet, values }] };
      }),
    );
    const result = consolidateWorkbooks(books, undefined, { period: "year" });
    expect(result.units.map((u) => u.unit)).toEqual(["XÃ KA ĐÔ", "XÃ PRÓ"]);
    const rice = (measure: string) =>
      result.indicators.find((i) => i.name === `Lúa (${measure})`)?.actual;
    expect(rice("Sản lượng")).toEqual({ kind: "number", value: 2200 });
    expect(rice("Giá trị sản xuất")).toEqual({ kind: "number", value: 18800 });
  });
});
