import { OfficeGateway } from "../../../src/hosts/office/officeGateway";
import { READ_CELLS } from "../../../src/hosts/office/readShape";
import { runConsolidation } from "../../../src/taskpane/consolidate/runConsolidation";
import type { ReadProgress, WorkbookGateway } from "../../../src/hosts/gateway";
import { inspect, type RequestRecord, type StrictExcel } from "../../hosts/office/strictExcel";
import { PARENT_SHEET, wardActual, wardBook, wardSheet, WARD_TARGET } from "./wardBook";

const MB = 1024 * 1024;
const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
const mb = (bytes: number) => (bytes / MB).toFixed(2);

interface Run {
  reads: RequestRecord[];
  writes: RequestRecord[];
  progress: ReadProgress[];
}

/**
 * The pane's consolidation of the district's plan and its wards through the Office gateway, on
 * the strict double (Excel on the web's 5 MB per request and per response), with the requests
 * of its read and of its write apart; then the written figures checked against the wards'.
 */
async function consolidate(excel: StrictExcel, wards: number, indicators: number): Promise<Run> {
  const gateway = new OfficeGateway(excel.run, {
    isSetSupported: excel.isSetSupported,
    library: excel.excelLibrary,
  });
  // The gateway as it is, but noting where its read ends and its write begins.
  let readEnd = 0;
  const noting: WorkbookGateway = {
    listSheets: () => gateway.listSheets(),
    read: async (request) => {
      const snapshot = await gateway.read(request);
      readEnd = excel.requests.length;
      return snapshot;
    },
    apply: (changes) => gateway.apply(changes),
    select: (sheet, cell) => gateway.select(sheet, cell),
  };
  const progress: ReadProgress[] = [];
  const unitSheets = Array.from({ length: wards }, (_, w) => wardSheet(w));
  const done = await runConsolidation(
    noting,
    {
      unitSheets,
      parentSheet: PARENT_SHEET,
      sheetNames: excel.model.sheets.map((s) => s.name),
      lang: "vi",
    },
    { onProgress: (p) => progress.push(p) },
  );
  const reads = excel.requests.slice(0, readEnd);
  const writes = excel.requests.slice(readEnd);
  reads.forEach((r) => expect(r.writes).toBe(0));

  // Every ward is a sub-unit, and each indicator's figure is the sum of the wards' figures.
  expect(done.result.units.map((u) => u.unit)).toEqual(
    Array.from({ length: wards }, (_, w) => `Phường ${w + 1}`),
  );
  const summary = excel.sheet(done.output.summarySheet);
  const rowOf = (code: string) =>
    [...summary.cells.entries()].find(([, c]) => c.value === code)?.[0].split(",")[0];
  for (const i of [0, indicators - 1]) {
    const row = rowOf(`XH${i + 1}`);
    const total = sum(Array.from({ length: wards }, (_, w) => wardActual(w, i)));
    expect(inspect(excel.model, done.output.summarySheet, `E${row}`)?.value).toBe(
      WARD_TARGET * wards,
    );
    expect(inspect(excel.model, done.output.summarySheet, `F${row}`)?.value).toBe(total);
  }
  return { reads, writes, progress };
}

/** Every request and every response within 4 MB, no read asking for over READ_CELLS cells. */
function expectWithinBudget(run: Run): void {
  for (const r of [...run.reads, ...run.writes]) {
    expect(r.requestBytes).toBeLessThanOrEqual(4 * MB);
    expect(r.responseBytes).toBeLessThanOrEqual(4 * MB);
  }
  run.reads.forEach((r) => expect(r.cellsAsked).toBeLessThanOrEqual(READ_CELLS));
}

function describeRun(label: string, run: Run): string {
  const back = run.reads.map((r) => r.responseBytes);
  const out = run.writes.map((r) => r.requestBytes);
  return (
    `${label}: read ${run.reads.length} requests, ${mb(sum(back))} MB back ` +
    `(${back.map(mb).join(", ")}); write ${run.writes.length} requests, ${mb(sum(out))} MB ` +
    `(${out.map(mb).join(", ")})`
  );
}

describe("the pane's consolidation on Excel: requests follow the bytes, not the sheets", () => {
  // The district's plan and its wards hold 169 × 100 indicator rows in every case: one ward of
  // 8,450 (and the district's 8,450), 30 wards of 545, 168 wards of 100.
  const ROWS = 169 * 100;
  const CASES = [1, 30, 168].map((wards) => ({ wards, indicators: ROWS / (wards + 1) }));

  test("the same rows over 1, 30 and 168 ward sheets: the same number of read requests", async () => {
    const runs: Run[] = [];
    for (const { wards, indicators } of CASES) {
      const excel = wardBook(wards, Math.round(indicators));
      const run = await consolidate(excel, wards, Math.round(indicators));
      expectWithinBudget(run);
      runs.push(run);
      console.info(describeRun(`${wards} ward sheet(s) × ${Math.round(indicators)} rows`, run));
    }
    const counts = runs.map((r) => r.reads.length);
    expect(Math.max(...counts) - Math.min(...counts)).toBeLessThanOrEqual(1);
    // The same bytes back, give or take the title blocks of more sheets.
    const bytes = runs.map((r) => sum(r.reads.map((q) => q.responseBytes)));
    expect(Math.max(...bytes) / Math.min(...bytes)).toBeLessThan(1.15);
    // Several requests: the read does have to be split.
    expect(Math.min(...counts)).toBeGreaterThan(2);
  }, 300_000);

  test("168 ward sheets growing from 25 to 100 rows, noted in Vietnamese: requests grow with the bytes", async () => {
    const runs: Run[] = [];
    for (const indicators of [25, 50, 100]) {
      const excel = wardBook(168, indicators, 30);
      const run = await consolidate(excel, 168, indicators);
      expectWithinBudget(run);
      runs.push(run);
      console.info(describeRun(`168 ward sheets × ${indicators} rows, 30-character notes`, run));
    }
    const [small, middle, large] = runs.map((r) => r.reads.length);
    expect(small).toBeLessThan(middle);
    expect(middle).toBeLessThan(large);
    // Roughly the bytes over 4 MB, plus the first request: not one request per sheet.
    for (const run of runs) {
      const bytes = sum(run.reads.map((q) => q.responseBytes));
      expect(run.reads.length).toBeLessThanOrEqual(Math.ceil(bytes / (2 * MB)) + 2);
    }
    // The read tells how far it has come, request by request, up to all its cells.
    const { progress } = runs[2];
    expect(progress.length).toBeGreaterThan(2);
    progress.slice(1).forEach((p, i) => expect(p.done).toBeGreaterThanOrEqual(progress[i].done));
    const last = progress[progress.length - 1];
    expect(last.done).toBe(last.total);
  }, 300_000);
});
