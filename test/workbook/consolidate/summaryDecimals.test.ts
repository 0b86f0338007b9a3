import { execFileSync } from "child_process";
import { writeFileSync } from "fs";
import { join } from "path";
import { createWorkbook } from "../../../src/hosts/xlsx";
import { consolidateWorkbooks } from "../../../src/workbook/consolidate/consolidateWorkbooks";
import { consolidationSheets } from "../../../src/workbook/consolidate/consolidationSheets";
import { BookFolder } from "./realBooks";
import { ENTRIES, wardSpec } from "./tenWards";

/**
 * Two wards type whole numbers (target 12; actuals 12 and 13) for an indicator averaged ("trung bình"): the
 * district's figure is 12,5 and the summary sheet must say 12,5, not 13, beside the % KH
 * computed from it (openpyxl reads the written cell and its format back).
 */
describe("the summary shows a rolled-up figure with the decimals it needs", () => {
  let folder: BookFolder;
  let read: { value: number; format: string; percent: number; target: string };

  beforeAll(async () => {
    folder = await BookFolder.make();
    const books = [];
    for (const [w, actual] of [
      [0, 12],
      [1, 13],
    ] as const) {
      const entries = {
        ...ENTRIES[w],
        XH12: { ...ENTRIES[w].XH12, aggregation: "trung bình", target: 12, actual },
      };
      books.push(await folder.open(await folder.write(`w${w}.xlsx`, [wardSpec(w, { entries })])));
    }
    const result = consolidateWorkbooks(books, undefined, { period: "year" });
    const workbook = createWorkbook();
    await workbook.apply(consolidationSheets(result, { lang: "vi", existingSheets: [] }).changes);
    const file = join(folder.dir, "tong-hop.xlsx");
    writeFileSync(file, await workbook.toBuffer());
    const script = `
import sys, json, openpyxl
ws = openpyxl.load_workbook(sys.argv[1]).worksheets[0]
for row in ws.iter_rows():
    if row[0].value == "XH12":
        print(json.dumps({"value": row[5].value, "format": row[5].number_format,
                          "percent": row[6].value, "target": row[4].value}))
`;
    read = JSON.parse(execFileSync("/usr/bin/python3", ["-c", script, file], { encoding: "utf8" }));
  }, 60_000);

  afterAll(async () => folder.remove());

  test("12 and 13 average to 12,5, written and shown with one decimal", () => {
    expect(read.value).toBe(12.5);
    expect(read.format).toBe("#,##0.0");
  });

  test("the % KH beside it is the figure shown over the target", () => {
    // The target cell says "không quá 12" (the template's kind for XH12 is a ceiling).
    expect(read.target).toBe("không quá 12");
    expect(read.percent).toBeCloseTo((read.value / 12) * 100, 1);
  });
});
