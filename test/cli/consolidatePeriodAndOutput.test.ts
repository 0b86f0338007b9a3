import { join } from "node:path";
import { PERIOD_LABELS, type PeriodId } from "../../src/engine/model/period";
import { periodLineChange } from "../../src/preview/demo/periodLine";
import { valueAt } from "../../src/workbook/sheetGrid";
import type { CheckReportJson } from "../../src/workbook/check/checkReportJson";
import type { ConsolidationReportJson } from "../../src/workbook/consolidate/consolidationReportJson";
import type { SheetSnapshot } from "../../src/workbook/snapshot";
import { BookFolder } from "../workbook/consolidate/realBooks";
import { WARDS, wardSpec } from "../workbook/consolidate/tenWards";
import { DiskIo } from "./memoryIo";

/** A ward's sheet whose title says "Kỳ báo cáo: <period>". */
function wardAt(w: number, period: PeriodId) {
  return [wardSpec(w, { edit: (sheet) => periodLineChange(sheet, PERIOD_LABELS.vi[period]) })];
}

/** The cell of the sheet's "Kỳ báo cáo" line. */
function periodLine(sheet: SheetSnapshot): string {
  for (let r = 1; r <= 12; r += 1) {
    for (let c = 1; c <= 10; c += 1) {
      const value = valueAt(sheet, r, c);
      if (typeof value === "string" && value.startsWith("Kỳ báo cáo")) {
        return `${String.fromCharCode(64 + c)}${r}`;
      }
    }
  }
  throw new Error(`no period line on ${sheet.name}`);
}

describe("chitieu consolidate: one period for every sub-unit, and never its own output", () => {
  let folder: BookFolder;
  const io = new DiskIo();
  let nineMonths: string[];
  let sixMonths: string;

  beforeAll(async () => {
    folder = await BookFolder.make();
    nineMonths = [
      await folder.write("w0.xlsx", wardAt(0, "9m")),
      await folder.write("w1.xlsx", wardAt(1, "9m")),
    ];
    sixMonths = await folder.write("w2.xlsx", wardAt(2, "6m"));
  }, 60_000);

  afterAll(async () => folder.remove());

  const run = (...args: string[]) => io.run(...args);

  async function json(...args: string[]): Promise<ConsolidationReportJson> {
    const { code, out } = await run(...args, "--json");
    expect(code).toBe(0);
    return JSON.parse(out) as ConsolidationReportJson;
  }

  test("the period comes from the wards' titles, as check reads it", async () => {
    const doc = await json("consolidate", ...nineMonths, "--out", join(folder.dir, "a.xlsx"));
    expect(doc.period).toBe("9m");
    expect(doc.summary.sentence).toMatch(/^9 tháng: /);
    expect(doc.findings.filter((f) => f.rule === "periods_differ")).toEqual([]);
    const check = JSON.parse((await run("check", nineMonths[0], "--json")).out) as CheckReportJson;
    expect(check.sheets[0].tables[0].period).toBe(doc.period);
  }, 60_000);

  test("a ward reporting another period: one finding at its period line, the others' period wins", async () => {
    const doc = await json(
      "consolidate",
      ...nineMonths,
      sixMonths,
      "--out",
      join(folder.dir, "b.xlsx"),
    );
    expect(doc.period).toBe("9m");
    const odd = doc.findings.filter((f) => f.rule === "periods_differ");
    const sheet = (await folder.open(sixMonths)).sheets[0];
    expect(odd).toEqual([
      expect.objectContaining({ severity: "warning", sheet: sheet.name, cell: periodLine(sheet) }),
    ]);
    expect(odd[0].message).toBe(
      `“${WARDS[2]}” ghi kỳ báo cáo 6 tháng, khác kỳ 9 tháng của ${WARDS[0]}, ${WARDS[1]}; tổng hợp đánh giá mọi đơn vị theo kỳ 9 tháng. Hãy sửa dòng kỳ báo cáo của đơn vị lệch, hoặc chọn kỳ khi tổng hợp.`,
    );
  }, 60_000);

  test("--period overrides the titles, and nobody disagrees with it", async () => {
    const args = ["consolidate", ...nineMonths, sixMonths, "--period", "year"];
    const doc = await json(...args, "--out", join(folder.dir, "c.xlsx"));
    expect(doc.period).toBe("year");
    expect(doc.findings.filter((f) => f.rule === "periods_differ")).toEqual([]);
  }, 60_000);

  test("a first run's --out fed back in: its three sheets are skipped, one line each", async () => {
    const first = join(folder.dir, "tong-hop.xlsx");
    expect((await run("consolidate", ...nineMonths, "--out", first)).code).toBe(0);
    const written = (await folder.open(first)).sheets.map((s) => s.name);
    expect(written).toEqual(["Tổng hợp các đơn vị", "Nguồn", "Ma trận đánh giá"]);

    const again = join(folder.dir, "again.xlsx");
    const printed = await run("consolidate", ...nineMonths, first, "--out", again);
    expect(printed.code).toBe(0);
    const lines = printed.out.split("\n").filter((l) => l.startsWith("Ghi chú:"));
    expect(lines).toEqual(
      written.map(
        (name) =>
          `Ghi chú: Trang “${name}” do Chỉ tiêu tạo, không phải báo cáo của một đơn vị: không tổng hợp trang này.`,
      ),
    );
    const doc = await json("consolidate", ...nineMonths, first, "--out", again);
    expect(doc.units).toEqual([WARDS[0], WARDS[1]]);
    const skipped = doc.findings.filter((f) => f.rule === "own_output_skipped");
    expect(skipped.map((f) => [f.severity, f.sheet, f.cell])).toEqual(
      // Named at the notice, in row 1 above the title block.
      written.map((name) => ["info", name, "A1"]),
    );
    // The same wards alone give the same report.
    const alone = await json("consolidate", ...nineMonths, "--out", join(folder.dir, "d.xlsx"));
    expect(doc.summary).toEqual(alone.summary);
  }, 90_000);
});
