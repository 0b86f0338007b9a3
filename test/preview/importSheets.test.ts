import { execFileSync } from "child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import { demoCommand } from "../../src/cli/commands/demoCommand";
import { createWorkbook, openWorkbook } from "../../src/hosts/xlsx";
import { PreviewGateway } from "../../src/preview/previewGateway";
import { importFiles, insertedSheets } from "../../src/taskpane/consolidate/importFiles";
import { runConsolidation } from "../../src/taskpane/consolidate/runConsolidation";
import { CORPUS } from "../support/corpus";

/** The files `chitieu demo` writes, by name, kept in memory. */
async function demoFiles(): Promise<Map<string, Uint8Array>> {
  const files = new Map<string, Uint8Array>();
  await demoCommand(
    {
      stdout: () => undefined,
      stderr: () => undefined,
      readFile: () => Promise.reject(new Error("not read")),
      writeFile: async (file, data) => void files.set(path.basename(file), data),
    },
    "demo",
    "vi",
  );
  return files;
}

const WARDS = [
  "phuong-tan-phong-2023.xlsx",
  "phuong-tan-hung-2023.xlsx",
  "phuong-tan-quy-2023.xlsx",
];
const PARENT = "quan-7-ke-hoach-2023.xlsx";

let demo: Map<string, Uint8Array>;
beforeAll(async () => {
  demo = await demoFiles();
}, 120_000);

function file(name: string): Uint8Array {
  const bytes = demo.get(name);
  if (!bytes) throw new Error(`the demo wrote no ${name}`);
  return bytes;
}

async function parentInPreview(): Promise<PreviewGateway> {
  return new PreviewGateway(await openWorkbook(file(PARENT), { fileName: PARENT }));
}

/**
 * A workbook's sheets as openpyxl reads them (cached values, merged ranges, number formats of
 * cells with values): the reader we did not write. An empty text ("" in a template's unit cell)
 * counts as no value: the .xlsx reader reads it as an empty cell, as the engine does.
 */
function openpyxlView(bytes: Uint8Array, sheets: string[]): Record<string, unknown> {
  const folder = mkdtempSync(path.join(tmpdir(), "preview-import-"));
  const file = path.join(folder, "book.xlsx");
  writeFileSync(file, bytes);
  const script = `
import json, sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1], data_only=True)
out = {}
for name in json.loads(sys.argv[2]):
    ws = wb[name]
    cells = {}
    for row in ws.iter_rows():
        for c in row:
            if c.value is None or c.value == "": continue
            v = c.value
            if isinstance(v, float) and v.is_integer(): v = int(v)
            cells[c.coordinate] = [v if isinstance(v, (int, float, str, bool)) else str(v), c.number_format]
    out[name] = {"cells": cells, "merges": sorted(str(m) for m in ws.merged_cells.ranges), "state": ws.sheet_state}
print(json.dumps(out, ensure_ascii=False))
`;
  const text = execFileSync("/usr/bin/python3", ["-c", script, file, JSON.stringify(sheets)], {
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  return JSON.parse(text) as Record<string, unknown>;
}

describe("the preview imports the sub-units' files into the workbook in the page", () => {
  test("three ward files of the demo: their sheets come in at the end, then consolidate", async () => {
    const gateway = await parentInPreview();
    const before = (await gateway.listSheets()).map((s) => s.name);
    const outcome = await importFiles(
      gateway,
      WARDS.map((name) => ({ name, bytes: file(name) })),
    );
    expect(insertedSheets(outcome)).toEqual([
      "KH 2023 - Phường Tân Phong",
      "KH 2023 - Phường Tân Hưng",
      "KH 2023 - Phường Tân Quy",
    ]);
    const after = (await gateway.listSheets()).map((s) => s.name);
    expect(after).toEqual([...before, ...insertedSheets(outcome)]);

    // Each imported sheet holds what the ward's own file holds, cell for cell.
    for (const [i, name] of WARDS.entries()) {
      const source = (await openWorkbook(file(name)).then((w) => w.read())).sheets[0];
      const copied = (await gateway.read({ sheets: [after[before.length + i]] })).sheets[0];
      expect(copied.values).toEqual(source.values);
      expect(copied.numberFormats).toEqual(source.numberFormats);
      expect(copied.merges.sort()).toEqual([...source.merges].sort());
    }

    // The consolidation runs on them: three wards rolled up under the district's plan.
    const done = await runConsolidation(gateway, {
      unitSheets: after.slice(before.length),
      parentSheet: before[0],
      sheetNames: after,
      lang: "vi",
    });
    expect(done.result.units.map((u) => u.unit)).toEqual([
      "Phường Tân Phong",
      "Phường Tân Hưng",
      "Phường Tân Quy",
    ]);
  });

  test("a name already taken is renamed as Excel does, and the saved file reads the same in openpyxl", async () => {
    const gateway = await parentInPreview();
    const ward = file(WARDS[0]);
    const outcome = await importFiles(gateway, [
      { name: "a.xlsx", bytes: ward },
      { name: "b.xlsx", bytes: ward },
    ]);
    expect(insertedSheets(outcome)).toEqual([
      "KH 2023 - Phường Tân Phong",
      "KH 2023 - Phường Tân Phong (2)",
    ]);
    const saved = await gateway.toBuffer();
    const source = openpyxlView(ward, ["KH 2023 - Phường Tân Phong"]);
    const copied = openpyxlView(saved, ["KH 2023 - Phường Tân Phong (2)"]);
    expect(copied["KH 2023 - Phường Tân Phong (2)"]).toEqual(source["KH 2023 - Phường Tân Phong"]);
  });

  test.each([
    ["vn01_ktxh_bieu07_chitieu_TH_KH_UTH_2020.xlsx"],
    ["g06_poi_46535_extlinks_errors_hidden.xlsx"],
  ])(
    "a real file, %s: values, number formats, merges and visibility as openpyxl reads the original",
    async (name) => {
      const bytes = new Uint8Array(readFileSync(path.join(CORPUS, name)));
      const sheets = (await openWorkbook(bytes).then((w) => w.listSheets())).map((s) => s.name);
      const gateway = new PreviewGateway(createWorkbook());
      await gateway.apply({ changes: [{ kind: "addSheet", sheet: "Tổng hợp" }] });
      const outcome = await importFiles(gateway, [{ name, bytes }]);
      expect(insertedSheets(outcome)).toEqual(sheets);
      const source = openpyxlView(bytes, sheets) as Record<string, { cells: object }>;
      const copied = openpyxlView(await gateway.toBuffer(), sheets);
      // The file has cells (the test would pass on empty sheets otherwise).
      const cells = sheets.map((sheet) => Object.keys(source[sheet].cells).length);
      expect(cells.reduce((a, b) => a + b)).toBeGreaterThan(100);
      expect(copied).toEqual(source);
    },
    60_000,
  );

  test("a damaged file is refused by name in Vietnamese (English in English), with nothing of it written; the good file beside it is imported", async () => {
    const damaged = "e04_ejs_invalid-xml.xlsx";
    const files = [
      { name: WARDS[0], bytes: file(WARDS[0]) },
      { name: damaged, bytes: new Uint8Array(readFileSync(path.join(CORPUS, damaged))) },
    ];
    for (const [language, said] of [
      ["vi", /e04_ejs_invalid-xml\.xlsx.* bị hỏng \(nội dung XML bên trong sai cấu trúc\)/],
      ["en", /e04_ejs_invalid-xml\.xlsx.* is damaged \(the XML inside it is malformed\)/],
    ] as const) {
      const gateway = await parentInPreview();
      gateway.language = language;
      const before = (await gateway.listSheets()).map((s) => s.name);
      const outcome = await importFiles(gateway, files);
      if (outcome.kind !== "files") throw new Error(`unexpected ${outcome.kind}`);
      const [good, bad] = outcome.files;
      expect(good).toEqual({ file: WARDS[0], kind: "inserted", sheets: [expect.any(String)] });
      expect(bad.kind).toBe("failed");
      expect(bad.kind === "failed" && bad.error.detail).toMatch(said);
      const after = (await gateway.listSheets()).map((s) => s.name);
      expect(after).toEqual([...before, ...insertedSheets(outcome)]);
    }
  });

  test("a password-protected file is not a zip: refused by name as Excel's import refuses it", async () => {
    const gateway = await parentInPreview();
    const locked = "e02_poi_58616_encrypted.xlsx";
    const outcome = await importFiles(gateway, [
      { name: locked, bytes: new Uint8Array(readFileSync(path.join(CORPUS, locked))) },
    ]);
    expect(outcome).toEqual({ kind: "files", files: [{ file: locked, kind: "notXlsx" }] });
  });

  test("an .xls file is refused by name before anything is read, as in Excel", async () => {
    const gateway = await parentInPreview();
    const xls = "vn09_bki_bieu_01_02_quyet_toan.xls";
    const outcome = await importFiles(gateway, [
      { name: xls, bytes: new Uint8Array(readFileSync(path.join(CORPUS, xls))) },
    ]);
    expect(outcome).toEqual({ kind: "files", files: [{ file: xls, kind: "notXlsx" }] });
  });
});
