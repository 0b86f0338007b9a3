import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { openWorkbook } from "../../../src/hosts/exceljs/openWorkbook";
import { WorkbookOpenError } from "../../../src/hosts/exceljs/workbookOpenError";
import { openXlsx } from "../../../src/hosts/xlsx";
import type { WorkbookSnapshot } from "../../../src/workbook/snapshot";
import { snapshotCell } from "../contractCases";
import { snapshotDifferences, type Difference } from "./support/snapshotDifferences";

const CORPUS = path.resolve(__dirname, "../../../../shared/corpus");
const files = existsSync(CORPUS)
  ? readdirSync(CORPUS)
      .filter((f) => /\.(xls|xlsx|xlsm)$/i.test(f))
      .sort()
  : [];

type Outcome = { snapshot: WorkbookSnapshot } | { refused: string };

async function exceljs(file: string, bytes: Uint8Array): Promise<Outcome> {
  try {
    return { snapshot: await (await openWorkbook(bytes, { fileName: file })).read() };
  } catch (error) {
    if (error instanceof WorkbookOpenError) return { refused: error.code };
    throw error;
  }
}

async function xlsx(file: string, bytes: Uint8Array): Promise<Outcome> {
  try {
    return { snapshot: await openXlsx(bytes, { fileName: file }).read() };
  } catch (error) {
    if (error instanceof WorkbookOpenError) return { refused: error.code };
    throw error;
  }
}

/**
 * Format codes with backslash escapes ("\(" "\-"): the file and openpyxl have the backslash,
 * ExcelJS drops it. The new reader keeps the file's code.
 */
const escapedFormat = (d: Difference) =>
  d.field === "numberFormat" &&
  typeof d.xlsx === "string" &&
  d.xlsx.includes("\\") &&
  d.xlsx.replace(/\\/g, "") === d.exceljs;

/**
 * Where the two readers differ on a corpus file, and why the new reader is right: each fact
 * checked with openpyxl (/usr/bin/python3) or in the part's XML.
 */
const KNOWN: Record<string, (d: Difference) => boolean> = {
  // "#,##0;\-#,##0;;@" in styles.xml (openpyxl: '#,##0;\\-#,##0;;@').
  "g02_poi_ConditionalFormattingSamples.xlsx": escapedFormat,
  "g03_poi_DataTableCities.xlsx": escapedFormat,
  "g07_poi_FormulaEvalTestData_Copy.xlsx": escapedFormat,
  "vn05_qlns_dutoan_congkhai_thuchi_to1.xlsx": escapedFormat,
  "vn06_qlns_quyettoan_congkhai_04a.xlsx": escapedFormat,
  "vn07_qlns_thunop_nsnn_mau_T02N.xlsx": escapedFormat,
  // <c r="J5" s="3" t="e"><f>1/0</f><v>#DIV/0!</v></c>: openpyxl (data_only) reads '#DIV/0!';
  // ExcelJS reads nothing.
  "g14_cal_pivots.xlsx": (d) =>
    d.field === "value" &&
    /^DataSheet2?!J5$/.test(d.where) &&
    d.exceljs === null &&
    JSON.stringify(d.xlsx) === '{"error":"#DIV/0!"}',
  // A3's legacy comment is a plain <text><t>…</t></text> (no runs): openpyxl reads
  // "[Threaded comment]\n\nYour version of Excel…"; ExcelJS reads only runs, so "".
  "g19_poi_right-to-left.xlsx": (d) =>
    d.field === "notes" &&
    JSON.stringify(d.exceljs) === '{"A3":""}' &&
    String((d.xlsx as Record<string, string>).A3).startsWith("[Threaded comment]"),
};

describe("the new reader gives ExcelJS's snapshot for every corpus file, except where ExcelJS is wrong", () => {
  test("the corpus is there", () => expect(files.length).toBeGreaterThan(20));

  test.each(files)("%s", async (file) => {
    const bytes = readFileSync(path.join(CORPUS, file));
    const [a, b] = [await exceljs(file, bytes), await xlsx(file, bytes)];
    if (file.startsWith("e03")) {
      // Entry names written with "\" (xl\workbook.xml): ExcelJS refuses the file; its parts
      // read fine once the names are taken as paths (checked in the XML: FAM!B1 is shared
      // string 0, "Cycle"; B2 is 1). openpyxl cannot open it ("[content_types].xml").
      expect(a).toEqual({ refused: "unsupported" });
      expect("snapshot" in b).toBe(true);
      return;
    }
    if ("refused" in a || "refused" in b) {
      expect(b).toEqual(a);
      return;
    }
    const differences = snapshotDifferences(a.snapshot, b.snapshot);
    const explained = KNOWN[file] ?? (() => false);
    expect(differences.filter((d) => !explained(d))).toEqual([]);
    if (KNOWN[file]) expect(differences.length).toBeGreaterThan(0);
  });

  test("e03: the sheets of a package with backslash part names are read", async () => {
    const file = "e03_poi_49609_nonstandard_partnames.xlsx";
    const snapshot = await openXlsx(readFileSync(path.join(CORPUS, file))).read();
    expect(snapshot.sheets.map((s) => s.name)).toEqual(["FAM", "VIC"]);
    expect(snapshotCell(snapshot.sheets[0], "B1").value).toBe("Cycle");
    expect(snapshotCell(snapshot.sheets[0], "B2").value).toBe(1);
  });
});
