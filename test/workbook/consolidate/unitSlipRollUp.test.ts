import { execFileSync } from "child_process";
import { writeFileSync } from "fs";
import { join } from "path";
import { createWorkbook } from "../../../src/hosts/xlsx";
import { consolidationSheets } from "../../../src/workbook/consolidate/consolidationSheets";
import {
  consolidateWorkbooks,
  type WorkbookConsolidation,
} from "../../../src/workbook/consolidate/consolidateWorkbooks";
import { findingMessage } from "../../../src/engine/findings/finding";
import { BookFolder } from "./realBooks";
import { actualOf, ENTRIES, PARENT_BOOK, WARDS, wardSpec } from "./tenWards";

/**
 * A ward types its population 1,000 times too big (31.020.000 for 31.020): its own check warns
 * at the cell and calls the row "Số liệu lỗi"; the district's roll-up must not add it in and
 * judge the sum, as the single-sheet check does not judge it either.
 */
describe("a ward's unit slip is never rolled up into the district's figure", () => {
  let folder: BookFolder;
  let result: WorkbookConsolidation;
  const slipWard = 2;
  const typed = actualOf(slipWard, "XH01") * 1000;

  beforeAll(async () => {
    folder = await BookFolder.make();
    const parent = await folder.write("quan.xlsx", PARENT_BOOK);
    const files = await Promise.all(
      WARDS.map((_, w) => {
        const entries =
          w === slipWard
            ? { ...ENTRIES[w], XH01: { ...ENTRIES[w].XH01, actual: typed } }
            : ENTRIES[w];
        return folder.write(`phuong-${w}.xlsx`, [wardSpec(w, { entries })]);
      }),
    );
    const snapshots = await Promise.all(files.map((f) => folder.open(f)));
    result = consolidateWorkbooks(snapshots, await folder.open(parent), { period: "year" });
  }, 120_000);

  afterAll(async () => folder.remove());

  test("the district's row is Số liệu lỗi, not a sum with the slip in it", () => {
    const xh01 = result.indicators.find((i) => i.code === "XH01");
    expect(xh01?.status).toBe("invalid");
    expect(xh01?.percent).toBeUndefined();
  });

  test("one error at the ward's cell says why, beside the ward's own warning there", () => {
    const suspect = result.findings.filter((f) => f.rule === "figure_suspect");
    expect(suspect).toHaveLength(1);
    const slip = result.findings.find(
      (f) => f.rule === "implausible_magnitude" && f.sheet === suspect[0].sheet,
    );
    expect(suspect[0].cell).toBe(slip?.cell);
    expect(findingMessage(suspect[0])).toMatch(
      new RegExp(`^Số thực hiện của “${WARDS[slipWard]}” cho “XH01 .*” có thể nhầm đơn vị tính`),
    );
  });

  test("the other indicators are rolled up and judged as usual", () => {
    const others = result.indicators.filter((i) => i.code !== "XH01");
    expect(others.filter((i) => i.status === "invalid")).toEqual([]);
  });

  test("the summary sheet's note names the ward and cell that held the row up", async () => {
    const workbook = createWorkbook();
    await workbook.apply(consolidationSheets(result, { lang: "vi", existingSheets: [] }).changes);
    const file = join(folder.dir, "tong-hop.xlsx");
    writeFileSync(file, await workbook.toBuffer());
    const script = `
import sys, openpyxl
ws = openpyxl.load_workbook(sys.argv[1]).worksheets[0]
for row in ws.iter_rows(values_only=True):
    if row[0] == "XH01": print(row[7], "|", row[8])
`;
    const printed = execFileSync("/usr/bin/python3", ["-c", script, file], { encoding: "utf8" });
    const suspect = result.findings.find((f) => f.rule === "figure_suspect");
    expect(printed.trim()).toBe(
      `Số liệu lỗi | Số nghi nhầm đơn vị tính, chưa tổng hợp: ${WARDS[slipWard]} (${suspect?.sheet}!${suspect?.cell})`,
    );
  });
});
