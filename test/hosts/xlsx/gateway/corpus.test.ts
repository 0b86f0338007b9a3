import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { openWorkbook } from "../../../../src/hosts/xlsx";
import type { XlsxGateway } from "../../../../src/hosts/xlsx";
import { WorkbookOpenError } from "../../../../src/hosts/xlsx";
import type { WorkbookSnapshot } from "../../../../src/workbook/snapshot";
import { snapshotCell } from "../../contractCases";

/** The shared corpus, beside the repository: <root>/shared/corpus next to <root>/main. */
const CORPUS = path.resolve(__dirname, "../../../../../shared/corpus");

/** Longest an open + read of one corpus file may take (g08, 50,000 merges, takes about 2 s). */
const BUDGET_MS = 15_000;

/** What each known file gives: "read", or the code it is refused with. */
const EXPECTED: Record<string, string> = {
  "e01_poi_SampleSS.strict.xlsx": "read",
  "e02_poi_58616_encrypted.xlsx": "encrypted",
  "e04_ejs_invalid-xml.xlsx": "corrupt",
  "vn09_bki_bieu_01_02_quyet_toan.xls": "not_xlsx",
  "vn10_bki_A350_bao_cao_giai_ngan_2014.xls": "not_xlsx",
};

/**
 * Files saved and opened again in the test: one of each kind. Every read file survives this
 * (checked by hand: the others take 2–10 s each under jest, mostly ExcelJS comparing the
 * 16,384 column styles of sheets formatted to column XFD).
 */
const ROUND_TRIP = [
  "e01_poi_SampleSS.strict.xlsx",
  "g08_poi_57893-many-merges.xlsx",
  "g11_poi_57181_callcenter_report.xlsm",
  "g12_poi_dataValidationTableRange.xlsx",
  "g13_cal_errors.xlsx",
  "g15_cal_any_sheets.xlsx",
  "g16_cal_table-multiple.xlsx",
  "g20_poi_CVLKRA-KYC_30_sheets.xlsx",
  "vn01_ktxh_bieu07_chitieu_TH_KH_UTH_2020.xlsx",
  "vn03_ktxh_bieumau_nhaplieu_excel2016.xlsx",
  "vn08_khobac_mau07_chi_ngan_sach_openpyxl.xlsx",
];

const files = existsSync(CORPUS)
  ? readdirSync(CORPUS)
      .filter((f) => /\.(xls|xlsx|xlsm)$/i.test(f))
      .sort()
  : [];

interface Outcome {
  result: string;
  ms: number;
  gateway?: XlsxGateway;
  snapshot?: WorkbookSnapshot;
}

const outcomes = new Map<string, Outcome>();

async function outcome(file: string): Promise<Outcome> {
  const known = outcomes.get(file);
  if (known) return known;
  const started = Date.now();
  let result: Outcome;
  try {
    const gateway = await openWorkbook(readFileSync(path.join(CORPUS, file)), { fileName: file });
    const snapshot = await gateway.read();
    result = { result: "read", ms: Date.now() - started, gateway, snapshot };
  } catch (error) {
    if (!(error instanceof WorkbookOpenError)) throw error;
    result = { result: error.code, ms: Date.now() - started };
  }
  outcomes.set(file, result);
  return result;
}

afterAll(() => {
  const lines = files.map((f) => {
    const o = outcomes.get(f);
    if (!o) return `${f}: not run`;
    const sheets = o.snapshot ? ` (${o.snapshot.sheets.length} sheets)` : "";
    return `${f}: ${o.result}${sheets}, ${o.ms} ms`;
  });
  console.log(`Corpus walk (${CORPUS}):\n${lines.join("\n")}`);
});

describe("every corpus file is read or refused with a WorkbookOpenError, in time", () => {
  test("the corpus is there", () => {
    expect(files.length).toBeGreaterThan(20);
  });

  test.each(files)("%s", async (file) => {
    const o = await outcome(file);
    expect(o.ms).toBeLessThan(BUDGET_MS);
    expect(o.result).toBe(EXPECTED[file] ?? "read");
    if (o.snapshot) {
      for (const sheet of o.snapshot.sheets) {
        const width = sheet.values[0]?.length ?? 0;
        expect(sheet.numberFormats).toHaveLength(sheet.values.length);
        expect(sheet.formulas).toHaveLength(sheet.values.length);
        for (const row of sheet.values) expect(row).toHaveLength(width);
      }
    }
  });
});

describe("what the corpus files hold, read right", () => {
  const read = async (file: string) => {
    const o = await outcome(file);
    if (!o.snapshot || !o.gateway) throw new Error(`${file} was not read: ${o.result}`);
    return { snapshot: o.snapshot, gateway: o.gateway };
  };
  const sheet = (snapshot: WorkbookSnapshot, name: string) => {
    const found = snapshot.sheets.find((s) => s.name === name);
    if (!found) throw new Error(`no sheet ${name}`);
    return found;
  };

  test("g08: 50,000 merged areas load (in linear time) and are listed", async () => {
    const { snapshot } = await read("g08_poi_57893-many-merges.xlsx");
    expect(snapshot.sheets[0].merges).toHaveLength(50_000);
    expect(snapshot.sheets[0].merges[0]).toBe("A1:B1");
  });

  test("g13: error values of every kind, with their formulas", async () => {
    const s = sheet((await read("g13_cal_errors.xlsx")).snapshot, "Feuil1");
    expect(s.values.map((row) => row[0])).toEqual([
      { error: "#DIV/0!" },
      { error: "#NAME?" },
      { error: "#VALUE!" },
      { error: "#NULL!" },
      { error: "#REF!" },
      { error: "#NUM!" },
      { error: "#N/A" },
    ]);
    expect(s.formulas[0][0]).toBe("=5/0");
  });

  test("g15: hidden and very hidden sheets; the chart sheet is skipped, listed and reserved", async () => {
    const { snapshot, gateway } = await read("g15_cal_any_sheets.xlsx");
    expect(snapshot.sheets.map((s) => [s.name, s.visibility])).toEqual([
      ["Visible", "visible"],
      ["Hidden", "hidden"],
      ["VeryHidden", "veryHidden"],
    ]);
    expect(gateway.info.skippedSheets).toEqual([
      { name: "Chart", kind: "chartsheet", visibility: "visible" },
    ]);
    await expect(
      gateway.apply({ changes: [{ kind: "addSheet", sheet: "chart" }] }),
    ).rejects.toThrow(/already exists/);
  });

  test("g11 (.xlsm): read, its chart sheets skipped, the active sheet kept by name", async () => {
    const { snapshot, gateway } = await read("g11_poi_57181_callcenter_report.xlsm");
    expect(snapshot.sheets.map((s) => s.name)).toEqual([
      "CCSInfo",
      "General",
      "Detailed_report",
      "Summary_report",
      "Tabelle1",
      "Tabelle2",
      "Tabelle3",
    ]);
    expect(gateway.info.skippedSheets.map((s) => s.name)).toEqual([
      "Detailed_graph",
      "Summary_graph",
    ]);
    expect(snapshot.activeSheet).toBe("General");
  });

  test("g16: tables keep their header row (ExcelJS alone reads them as headerless)", async () => {
    const { snapshot } = await read("g16_cal_table-multiple.xlsx");
    expect(sheet(snapshot, "Sheet3").tables).toEqual([
      { name: "Sales_Alice", range: "A1:B5", showHeaders: true },
      { name: "Sales_Bob", range: "A7:B11", showHeaders: true },
    ]);
  });

  test("g12: tables with calculated columns are read with all their columns", async () => {
    const { snapshot } = await read("g12_poi_dataValidationTableRange.xlsx");
    expect(sheet(snapshot, "County Ranking").tables).toContainEqual({
      name: "Table_ExternalData_1",
      range: "B8:E46",
      showHeaders: true,
    });
  });

  test("e01 (Strict Open XML): values, formula and cached result read right", async () => {
    const { snapshot, gateway } = await read("e01_poi_SampleSS.strict.xlsx");
    expect(gateway.info.strictOpenXml).toBe(true);
    const s = sheet(snapshot, "Sheet Number 2");
    expect(snapshotCell(s, "A1").value).toBe("Start of 2nd sheet");
    expect(snapshotCell(s, "D7")).toEqual({
      value: 13,
      formula: "=SUM(A7:C7)",
      numberFormat: "General",
    });
  });

  test("vn01: a real district report: merged headers, numbered labels, cached results", async () => {
    const s = sheet(
      (await read("vn01_ktxh_bieu07_chitieu_TH_KH_UTH_2020.xlsx")).snapshot,
      "ChitieuNN",
    );
    expect(s.merges).toContain("A1:R1");
    expect(snapshotCell(s, "D4").value).toBe("Toàn huyện");
    expect(snapshotCell(s, "E5").value).toBe("KH 2020");
    expect(snapshotCell(s, "B10").value).toBe("1.Cây lương thực có hạt");
  });

  test("files of each kind survive saving and opening again with the same snapshot", async () => {
    const differing: string[] = [];
    for (const file of ROUND_TRIP.filter((f) => files.includes(f))) {
      const { snapshot, gateway } = await read(file);
      const again = await (await openWorkbook(await gateway.toBuffer())).read();
      // Compared as JSON: jest's deep equality takes minutes on 50,000 merges.
      snapshot.sheets.forEach((sheet, i) => {
        if (JSON.stringify(again.sheets[i]) !== JSON.stringify(sheet)) {
          differing.push(`${file}: ${sheet.name}`);
        }
      });
      if (
        again.sheets.length !== snapshot.sheets.length ||
        again.activeSheet !== snapshot.activeSheet
      ) {
        differing.push(`${file}: sheet list or active sheet`);
      }
    }
    expect(differing).toEqual([]);
  }, 120_000);
});
