import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { openXlsx } from "../../../../src/hosts/xlsx";
import type { ValidationInfo, WorkbookSnapshot } from "../../../../src/workbook/snapshot";
import { CORPUS, REFUSED, corpusFiles } from "../../../support/corpus";
import { minimalXlsx } from "../support/minimalXlsx";

/**
 * The sheet facts the .xlsx reader carries besides cells: data validations, protection,
 * threaded-comment cells and custom document properties, against openpyxl (/usr/bin/python3,
 * Debian's python3-openpyxl) and, where openpyxl 3.0 reads nothing, Python's own zip and XML
 * reading of the parts.
 */
const PYTHON = "/usr/bin/python3";

interface PySheet {
  protected: boolean;
  validations: Array<{
    type: string;
    operator: string | null;
    sqref: string;
    formula1: string | null;
    formula2: string | null;
  }>;
}
interface PyBook {
  error?: string;
  sheets: Record<string, PySheet>;
  properties: Record<string, string>;
  threaded: Record<string, string[]>;
}

const FACTS_PY = String.raw`
import json, sys, zipfile, posixpath, warnings
import xml.etree.ElementTree as ET
warnings.simplefilter("ignore")
import openpyxl
R = "{http://schemas.openxmlformats.org/package/2006/relationships}Relationship"
RID = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"
MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
def rels(z, part):
    d, b = posixpath.split(part)
    name = posixpath.join(d, "_rels", b + ".rels")
    if name not in z.namelist(): return []
    return [(r.get("Id"), r.get("Type"), posixpath.normpath(posixpath.join(d, r.get("Target"))))
            for r in ET.fromstring(z.read(name)).iter(R) if r.get("TargetMode") != "External"]
out = {}
for f in sys.argv[1:]:
    try:
        wb = openpyxl.load_workbook(f)
    except Exception as e:
        out[f] = {"error": str(e)}
        continue
    z = zipfile.ZipFile(f)
    book = {"sheets": {}, "properties": {}, "threaded": {}}
    for ws in wb.worksheets:
        book["sheets"][ws.title] = {"protected": bool(ws.protection.sheet), "validations": [
            {"type": dv.type or "none", "operator": dv.operator, "sqref": str(dv.sqref),
             "formula1": dv.formula1, "formula2": dv.formula2}
            for dv in ws.data_validations.dataValidation]}
    wbpart = [t for _, ty, t in rels(z, "") if ty.endswith("/officeDocument")][0]
    parts = {i: t for i, _, t in rels(z, wbpart)}
    for s in ET.fromstring(z.read(wbpart)).iter(MAIN + "sheet"):
        refs = [c.get("ref") for _, ty, t in rels(z, parts.get(s.get(RID), ""))
                if ty.endswith("/threadedComment")
                for c in ET.fromstring(z.read(t)) if c.tag.endswith("}threadedComment")]
        if refs: book["threaded"][s.get("name")] = refs
    for _, ty, t in rels(z, ""):
        if ty.endswith("/custom-properties"):
            for p in ET.fromstring(z.read(t)):
                book["properties"][p.get("name")] = "".join(p[0].itertext()) if len(p) else ""
    out[f] = book
print(json.dumps(out))
`;

function pythonFacts(files: string[]): Record<string, PyBook> {
  return JSON.parse(
    execFileSync(PYTHON, ["-c", FACTS_PY, ...files], { encoding: "utf8", maxBuffer: 1 << 26 }),
  ) as Record<string, PyBook>;
}

/**
 * What openpyxl's validation says the snapshot holds: an entry per area, a typed list's items,
 * the bounds its operator makes inclusive.
 */
function expectedValidations(sheet: PySheet): ValidationInfo[] {
  return sheet.validations.flatMap((v) => {
    const rule: Omit<ValidationInfo, "range"> = { type: v.type };
    const f1 = v.formula1 ?? "";
    const number = (f: string | null) =>
      f !== null && /^-?[\d.]+$/.test(f) ? Number(f) : undefined;
    if (v.type === "list") {
      if (/^".*"$/.test(f1)) rule.list = f1.slice(1, -1).replace(/""/g, '"').split(",");
    } else {
      const [lo, hi] = [number(v.formula1), number(v.formula2)];
      const op = v.operator ?? "between";
      if ((op === "between" || op === "equal" || op === "greaterThanOrEqual") && lo !== undefined)
        rule.min = lo;
      if (op === "between" && hi !== undefined) rule.max = hi;
      if ((op === "equal" || op === "lessThanOrEqual") && lo !== undefined) rule.max = lo;
    }
    return v.sqref.split(" ").map((range) => ({ range, ...rule }));
  });
}

/** The facts of a snapshot in openpyxl's terms, to compare. */
function factsOf(snapshot: WorkbookSnapshot) {
  return {
    properties: snapshot.properties ?? {},
    sheets: Object.fromEntries(
      snapshot.sheets.map((s) => [
        s.name,
        { protected: s.protected ?? false, validations: s.validations ?? [] },
      ]),
    ),
    threaded: Object.fromEntries(
      snapshot.sheets
        .filter((s) => s.threadedCommentCells)
        .map((s) => [s.name, s.threadedCommentCells]),
    ),
  };
}

function expectedFacts(book: PyBook) {
  return {
    properties: book.properties,
    sheets: Object.fromEntries(
      Object.entries(book.sheets).map(([name, s]) => [
        name,
        { protected: s.protected, validations: expectedValidations(s) },
      ]),
    ),
    threaded: Object.fromEntries(
      Object.entries(book.threaded).map(([name, refs]) => [name, [...new Set(refs)]]),
    ),
  };
}

function readFile(file: string): Promise<WorkbookSnapshot> {
  return openXlsx(readFileSync(file), { fileName: path.basename(file) }).read();
}

describe("validations, protection, threaded comments and custom properties", () => {
  const files = corpusFiles().filter((f) => !REFUSED.has(f) && /\.xls[xm]$/.test(f));
  const facts = pythonFacts(files.map((f) => path.join(CORPUS, f)));
  const opened = files.filter((f) => {
    const book = facts[path.join(CORPUS, f)];
    return !book.error && Object.keys(book.sheets).length > 0;
  });

  test("openpyxl reads all but two files, and the corpus has each fact somewhere", () => {
    // openpyxl finds no sheet in Strict OOXML (e01) and cannot open backslash part names (e03).
    expect(files.filter((f) => !opened.includes(f))).toEqual([
      "e01_poi_SampleSS.strict.xlsx",
      "e03_poi_49609_nonstandard_partnames.xlsx",
    ]);
    const books = opened.map((f) => facts[path.join(CORPUS, f)]);
    const sheets = books.flatMap((b) => Object.values(b.sheets));
    expect(sheets.some((s) => s.protected)).toBe(true);
    expect(sheets.some((s) => s.validations.some((v) => v.type === "list"))).toBe(true);
    expect(books.some((b) => Object.keys(b.threaded).length > 0)).toBe(true);
    expect(books.some((b) => Object.keys(b.properties).length > 0)).toBe(true);
  });

  test.each(opened)("%s: as openpyxl and the parts say", async (file) => {
    const full = path.join(CORPUS, file);
    expect(factsOf(await readFile(full))).toEqual(expectedFacts(facts[full]));
  });

  test("g19: both sheets hold a threaded comment in A3; vn01's sheetProtection sheet=false protects nothing", async () => {
    const g19 = await readFile(path.join(CORPUS, "g19_poi_right-to-left.xlsx"));
    expect(g19.sheets.map((s) => s.threadedCommentCells)).toEqual([["A3"], ["A3"]]);
    const vn01 = await readFile(path.join(CORPUS, "vn01_ktxh_bieu07_chitieu_TH_KH_UTH_2020.xlsx"));
    expect(vn01.sheets.map((s) => s.protected)).toEqual([undefined, undefined]);
  });

  test("a plan made with openpyxl: entry rules of every kind, on several areas, on a protected sheet", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "xfacts-"));
    try {
      const file = path.join(dir, "phuong.xlsx");
      const script = String.raw`
import sys, openpyxl
from openpyxl.worksheet.datavalidation import DataValidation as V
wb = openpyxl.Workbook(); ws = wb.active; ws.title = "KH 2025"
ws["A1"] = "Chỉ tiêu"
for v, ref in [
    (V(type="decimal", operator="between", formula1="0", formula2="100"), "C5:C40 E5:E40"),
    (V(type="whole", operator="greaterThanOrEqual", formula1="0"), "D5:D40"),
    (V(type="decimal", operator="lessThan", formula1="1E3"), "F5"),
    (V(type="list", formula1='"Hoàn thành,Đang thực hiện,Chưa thực hiện"'), "G5:G40"),
    (V(type="list", formula1="$K$1:$K$3"), "H5"),
]:
    [v.add(r) for r in ref.split()]; ws.add_data_validation(v)
ws.protection.sheet = True
wb.create_sheet("Hướng dẫn")
wb.save(sys.argv[1])`;
      execFileSync(PYTHON, ["-c", script, file]);
      const snapshot = await readFile(file);
      expect(snapshot.sheets[0].validations).toEqual([
        { range: "C5:C40", type: "decimal", min: 0, max: 100 },
        { range: "E5:E40", type: "decimal", min: 0, max: 100 },
        { range: "D5:D40", type: "whole", min: 0 },
        { range: "F5", type: "decimal" },
        { range: "G5:G40", type: "list", list: ["Hoàn thành", "Đang thực hiện", "Chưa thực hiện"] },
        { range: "H5", type: "list" },
      ]);
      expect(snapshot.sheets.map((s) => s.protected)).toEqual([true, undefined]);
      expect(factsOf(snapshot)).toEqual(expectedFacts(pythonFacts([file])[file]));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test("custom properties LibreOffice writes (text, number, yes/no), in Vietnamese", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "xprops-"));
    try {
      const fods = path.join(dir, "phuong.fods");
      writeFileSync(
        fods,
        `<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">
 <office:meta>
  <meta:user-defined meta:name="DonVi">Phường Bến Nghé</meta:user-defined>
  <meta:user-defined meta:name="KyBaoCao">6 tháng đầu năm</meta:user-defined>
  <meta:user-defined meta:name="SoChiTieu" meta:value-type="float">200</meta:user-defined>
  <meta:user-defined meta:name="DaKy" meta:value-type="boolean">true</meta:user-defined>
 </office:meta>
 <office:body><office:spreadsheet><table:table table:name="KH 2025"><table:table-row><table:table-cell office:value-type="string"><text:p>Chỉ tiêu</text:p></table:table-cell></table:table-row></table:table></office:spreadsheet></office:body>
</office:document>`,
      );
      execFileSync("soffice", ["--headless", "--convert-to", "xlsx", "--outdir", dir, fods], {
        stdio: "pipe",
        timeout: 120_000,
      });
      const file = path.join(dir, "phuong.xlsx");
      const snapshot = await readFile(file);
      expect(snapshot.properties).toEqual(pythonFacts([file])[file].properties);
      expect(snapshot.properties).toEqual({
        DonVi: "Phường Bến Nghé",
        KyBaoCao: "6 tháng đầu năm",
        SoChiTieu: "200",
        DaKy: "1",
      });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 150_000);

  test("Excel 2010's validations in extLst (lists from another sheet) are read after the others", async () => {
    const bytes = minimalXlsx({
      sheet:
        `<sheetData/><sheetProtection sheet="1" objects="1"/>` +
        `<dataValidations count="1"><dataValidation type="decimal" operator="equal" sqref="B2"><formula1>5</formula1></dataValidation></dataValidations>` +
        `<extLst><ext uri="{CCE6A557-97BC-4b89-ADB6-D9C93CAAB3DF}" xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main">` +
        `<x14:dataValidations count="2" xmlns:xm="http://schemas.microsoft.com/office/excel/2006/main">` +
        `<x14:dataValidation type="list" allowBlank="1"><x14:formula1><xm:f>'Danh mục'!$A$1:$A$3</xm:f></x14:formula1><xm:sqref>C2:C9 E2</xm:sqref></x14:dataValidation>` +
        `<x14:dataValidation type="whole"><x14:formula1><xm:f>1</xm:f></x14:formula1><x14:formula2><xm:f>12</xm:f></x14:formula2><xm:sqref>D2</xm:sqref></x14:dataValidation>` +
        `</x14:dataValidations></ext></extLst>`,
    });
    const sheet = (await openXlsx(bytes).read()).sheets[0];
    expect(sheet.validations).toEqual([
      { range: "B2", type: "decimal", min: 5, max: 5 },
      { range: "C2:C9", type: "list" },
      { range: "E2", type: "list" },
      { range: "D2", type: "whole", min: 1, max: 12 },
    ]);
    expect(sheet.protected).toBe(true);
  });

  test("a damaged custom properties part gives no properties, and the workbook still opens", async () => {
    const bytes = minimalXlsx({
      sheet: `<sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData>`,
      override: {
        "docProps/custom.xml": `<Properties><property name="a"><vt:lpwstr>x</Properties>`,
      },
    });
    const snapshot = await openXlsx(bytes).read();
    expect(snapshot.properties).toBeUndefined();
    expect(snapshot.sheets[0].values).toEqual([[1]]);
  });
});
