import { STATUS_LABELS } from "../../../src/engine/model/status";
import { createWorkbook } from "../../../src/hosts/xlsx";
import { openWorkbook } from "../../../src/hosts/xlsx";
import { buildDemoWorkbook } from "../../../src/preview/demo/buildDemoWorkbook";
import { checkWorkbook } from "../../../src/workbook/check/checkWorkbook";
import { consolidateSheets } from "../../../src/workbook/consolidate/consolidateSheets";
import { valueAt } from "../../../src/workbook/sheetGrid";
import type { SheetSnapshot, WorkbookSnapshot } from "../../../src/workbook/snapshot";

const DISTRICT = "Quận 7";
const WARDS = ["Phường Tân Phong", "Phường Tân Hưng"];

/** The preview's sample (a district and two wards at nine months), saved and opened as .xlsx. */
async function sample(): Promise<{ snapshot: WorkbookSnapshot; sheets: string[] }> {
  const made = createWorkbook();
  const sheets = await buildDemoWorkbook(made, {
    unit: DISTRICT,
    wards: WARDS,
    year: 2023,
    period: "9m",
    lang: "vi",
  });
  const opened = await openWorkbook(await made.toBuffer(), { fileName: "chi-tieu-mau.xlsx" });
  return { snapshot: await opened.read(), sheets };
}

/** The row of a written sheet whose column A holds the code, as the user sees it. */
function rowOf(sheet: SheetSnapshot, code: string): unknown[] {
  for (let row = 1; row <= sheet.origin.row + sheet.values.length; row += 1) {
    if (valueAt(sheet, row, 1) === code) return sheet.values[row - sheet.origin.row];
  }
  throw new Error(`${code} not on ${sheet.name}`);
}

describe("the roll-up, the matrix and check judge the same period the same way", () => {
  let snapshot: WorkbookSnapshot;
  let sheets: string[];
  beforeAll(async () => {
    ({ snapshot, sheets } = await sample());
  }, 60_000);

  const consolidateSample = (period?: "year") => {
    const [district, ...wards] = sheets;
    return consolidateSheets(snapshot, {
      unitSheets: wards,
      parentSheet: district,
      sheetNames: snapshot.sheets.map((s) => s.name),
      lang: "vi",
      ...(period ? { period } : {}),
    });
  };

  test("KT10 at 75,8% of plan after nine months: on track in check, roll-up and matrix", async () => {
    const check = checkWorkbook(snapshot, { lang: "vi" });
    const district = check.sheets.find((s) => s.sheet === sheets[0]);
    const checked = district?.tables[0].check.results.find((r) => r.indicator.code === "KT10");
    expect(checked?.status).toBe("on_track");
    expect(checked?.percent).toBeCloseTo(75.75, 2);

    const done = consolidateSample();
    expect(done.result).toMatchObject({ period: "9m", periodFrom: "titles" });
    const rolled = done.result.indicators.find((i) => i.code === "KT10");
    expect(rolled?.status).toBe(checked?.status);
    expect(rolled?.percent).toBeCloseTo(checked?.percent ?? NaN, 9);
    const matrixRow = done.result.matrix.rows.find((r) => r.code === "KT10");
    expect(matrixRow?.consolidated).toBe(checked?.status);

    // The written sheets say the same, read back from the workbook.
    const out = createWorkbook();
    await out.apply(done.output.changes);
    const written = await (
      await openWorkbook(await out.toBuffer(), { fileName: "out.xlsx" })
    ).read();
    const sheet = (name: string) => written.sheets.find((s) => s.name === name) as SheetSnapshot;
    const label = STATUS_LABELS.vi.on_track;
    expect(rowOf(sheet(done.output.summarySheet), "KT10")[7]).toBe(label);
    const matrix = rowOf(sheet(done.output.matrixSheet), "KT10");
    expect(matrix[matrix.length - 1]).toBe(label);
  });

  test("every indicator only the district reports: the roll-up's status is check's", () => {
    const check = checkWorkbook(snapshot, { lang: "vi" });
    const byCode = new Map(
      check.sheets
        .find((s) => s.sheet === sheets[0])
        ?.tables[0].check.results.map((r) => [r.indicator.code, r.status]),
    );
    const done = consolidateSample();
    const parentOnly = done.result.indicators.filter((i) => i.sources.length === 0);
    expect(parentOnly.length).toBeGreaterThan(10);
    for (const i of parentOnly) expect([i.code, i.status]).toEqual([i.code, byCode.get(i.code)]);
    for (const row of done.result.matrix.rows) {
      const rolled = done.result.indicators.find((i) => i.key === row.key);
      expect(row.consolidated).toBe(rolled?.status);
    }
  });

  test("each ward's matrix cell is its own check's status for the same period", () => {
    const check = checkWorkbook(snapshot, { lang: "vi" });
    const done = consolidateSample();
    done.result.units.forEach((unit, u) => {
      const results = check.sheets.find((s) => s.sheet === unit.sheet)?.tables[0].check.results;
      const statuses = new Map(results?.map((r) => [r.indicator.code, r.status]));
      for (const row of done.result.matrix.rows) {
        const status = row.statuses[u];
        if (status !== null) expect([row.code, status]).toEqual([row.code, statuses.get(row.code)]);
      }
    });
  });

  test("an asked-for period overrides the titles: at year end 75,8% is not achieved", () => {
    const done = consolidateSample("year");
    expect(done.result).toMatchObject({ period: "year", periodFrom: "option" });
    expect(done.result.indicators.find((i) => i.code === "KT10")?.status).toBe("not_achieved");
    const check = checkWorkbook(snapshot, { lang: "vi", period: "year" });
    const results = check.sheets.find((s) => s.sheet === sheets[0])?.tables[0].check.results;
    expect(results?.find((r) => r.indicator.code === "KT10")?.status).toBe("not_achieved");
  });
});
