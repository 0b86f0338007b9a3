import { mkdtempSync, mkdirSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import { STATUS_LABELS, type StatusId } from "../../../src/engine/model/status";
import type { PeriodId } from "../../../src/engine/model/period";
import { checkPlanTable } from "../../../src/workbook/check/checkPlanTable";
import { distribute } from "../../../src/workbook/distribute/distribute";
import { readPlanSheet } from "../../../src/workbook/read/readPlanSheet";
import { valueAt } from "../../../src/workbook/sheetGrid";
import { DiskIo } from "../../cli/memoryIo";
import { fillWard } from "./wardFilling";
import { saveWithLibreOffice, snapshotOf, typeWithOpenpyxl, writeWard } from "./roundTripFiles";

/**
 * The demo's district distributes its targets to its ten wards for mid-year and year end; each
 * ward types its figures (openpyxl), LibreOffice computes the formulas and saves the file; the
 * add-in reads what came back and judges every row itself. Every "Đánh giá" LibreOffice
 * computed must be the engine's status.
 */
const folder = mkdtempSync(path.join(tmpdir(), "chitieu-return-"));
const PERIODS: PeriodId[] = ["6m", "year"];
const compared: Record<string, { rows: number; statuses: Set<StatusId>; wrong: string[] }> = {};

beforeAll(async () => {
  const io = new DiskIo();
  const demo = path.join(folder, "demo");
  mkdirSync(demo);
  expect((await io.run("demo", "--out", demo)).code).toBe(0);
  const parent = await snapshotOf(path.join(demo, "quan-7-ke-hoach-2023.xlsx"));
  for (const period of PERIODS) {
    const out = path.join(folder, period);
    mkdirSync(path.join(out, "typed"), { recursive: true });
    const result = distribute(parent, { period, issued: new Date("2023-06-20T08:00:00Z") });
    const typings = [];
    for (const [w, ward] of result.workbooks.entries()) {
      const file = await writeWard(out, ward);
      const cells = fillWard(ward, { ward: w, period, slipEvery: 7, blankEvery: 11 });
      typings.push({
        from: file,
        to: path.join(out, "typed", ward.fileName),
        sheet: ward.identity.sheet,
        cells,
      });
    }
    typeWithOpenpyxl(out, typings);
    saveWithLibreOffice(
      typings.map((t) => t.to),
      path.join(out, "sent"),
      folder,
    );
    const stat = { rows: 0, statuses: new Set<StatusId>(), wrong: [] as string[] };
    for (const ward of result.workbooks) {
      const snapshot = await snapshotOf(path.join(out, "sent", ward.fileName));
      const sheet = snapshot.sheets.find((s) => s.name === ward.identity.sheet);
      if (!sheet) throw new Error(`${ward.fileName}: no sheet ${ward.identity.sheet}`);
      const [table] = readPlanSheet(sheet).tables;
      const check = checkPlanTable(table, { period: table.period ?? "year" });
      expect(table.period).toBe(period);
      expect(table.unit).toBe(ward.unit);
      const statusColumn = table.ownedColumns.status ?? 0;
      for (const result of check.results) {
        const row = result.indicator.row ?? 0;
        const formula = valueAt(sheet, row, statusColumn);
        const engine = STATUS_LABELS.vi[result.status];
        stat.rows += 1;
        stat.statuses.add(result.status);
        if (formula !== engine) {
          const typed = `K${row}=${JSON.stringify(valueAt(sheet, row, 11))} L${row}=${JSON.stringify(valueAt(sheet, row, 12))} H${row}=${JSON.stringify(valueAt(sheet, row, 8))}`;
          stat.wrong.push(
            `${ward.unit} row ${row} ${result.indicator.code}: formula ${String(formula)}, engine ${engine} (${typed})`,
          );
        }
      }
    }
    compared[period] = stat;
  }
}, 900_000);

test.each(PERIODS.map((p) => [p]))(
  "%s: every formula status LibreOffice computed is the engine's",
  (period) => {
    const stat = compared[period];
    expect(stat.wrong).toEqual([]);
    expect(stat.rows).toBe(450);
    console.log(`${period}: ${stat.rows} rows, statuses ${[...stat.statuses].join(", ")}`);
  },
);
