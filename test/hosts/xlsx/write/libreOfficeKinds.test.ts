import { execFileSync } from "child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import { createWorkbook } from "../../../../src/hosts/xlsx";
import type { Change } from "../../../../src/workbook/changeSet";
import { colourCounts } from "../../../support/colourCounts";

/**
 * The new change kinds checked against programs we did not write: a workbook written by the
 * .xlsx host with formulas, conditional formats, protection, custom properties and entry
 * validations is read by openpyxl as written, then opened, recalculated and saved by
 * LibreOffice (`--convert-to xlsx`) and read again by openpyxl: the formulas have results, the
 * rules, protection, unlocked cells, properties and validations are all still there. A PDF
 * rendering shows each row in the colour of its first matching rule.
 */
const SHEET = "Kế hoạch";
const PLAN: (string | number | null)[][] = [
  ["Chỉ tiêu", "KH", "TH", "% KH", "Đánh giá"],
  ["Thu ngân sách", 100, 104, null, null],
  ["Chi thường xuyên", 97, 90.5, null, null],
  ["Vốn đầu tư", 50, 45, null, null],
];
const CHANGES: Change[] = [
  { kind: "addSheet", sheet: SHEET },
  { kind: "values", sheet: SHEET, anchor: "A1", rows: PLAN },
  { kind: "columnWidths", sheet: SHEET, widths: { A: 24, D: 14, E: 14 } },
  {
    kind: "formulas",
    sheet: SHEET,
    anchor: "D2",
    rows: [2, 3, 4].map((r) => [
      `=ROUND(C${r}/B${r}*100,1)`,
      `=IF(D${r}>=100,"Đạt",IF(D${r}>=92,"Gần đạt","Không đạt"))`,
    ]),
  },
  {
    kind: "conditionalFormat",
    sheet: SHEET,
    range: "D2:D4",
    rules: [
      { formula: "=D2>=100", look: "good" },
      { formula: "=D2>=92", look: "neutral" },
      { formula: "=D2<92", look: "bad" },
    ],
  },
  {
    kind: "entryValidation",
    sheet: SHEET,
    range: "C2:C4",
    rule: { type: "decimal", min: 0 },
    prompt: { title: "Thực hiện", message: "Nhập số thực hiện, không âm" },
    error: { title: "Sai số liệu", message: "Số thực hiện phải là số từ 0 trở lên" },
  },
  {
    kind: "entryValidation",
    sheet: SHEET,
    range: "B2:B4",
    rule: { type: "decimal", min: 0, max: 1000000 },
    error: { title: "Sai số liệu", message: "Kế hoạch từ 0 đến 1.000.000" },
  },
  { kind: "protectSheet", sheet: SHEET, unlocked: ["B2:C4"] },
  { kind: "documentProperties", custom: { "Chỉ tiêu: mẫu": "kế hoạch xã", "Chỉ tiêu: kỳ": "Năm" } },
];

/** What openpyxl sees in a workbook, as JSON. */
const READ_BACK = `
import json, sys, warnings, zipfile, xml.etree.ElementTree as ET
warnings.simplefilter("ignore")
import openpyxl
path = sys.argv[1]
wb = openpyxl.load_workbook(path)
ws = wb["${SHEET}"]
values = openpyxl.load_workbook(path, data_only=True)["${SHEET}"]
rules = []
for cf in ws.conditional_formatting:
    for r in cf.rules:
        rules.append({"range": str(cf.sqref), "type": r.type, "formula": r.formula,
                      "stopIfTrue": bool(r.stopIfTrue), "priority": r.priority,
                      "fill": r.dxf.fill.bgColor.rgb if r.dxf and r.dxf.fill else None,
                      "font": r.dxf.font.color.rgb if r.dxf and r.dxf.font and r.dxf.font.color else None})
rules.sort(key=lambda r: r["priority"])
ns = {"p": "http://schemas.openxmlformats.org/officeDocument/2006/custom-properties"}
props = {}
with zipfile.ZipFile(path) as z:
    if "docProps/custom.xml" in z.namelist():
        for p in ET.fromstring(z.read("docProps/custom.xml")).findall("p:property", ns):
            props[p.get("name")] = "".join(p.itertext())
print(json.dumps({
    "formulas": [[ws.cell(r, c).value for c in (4, 5)] for r in (2, 3, 4)],
    "results": [[values.cell(r, c).value for c in (4, 5)] for r in (2, 3, 4)],
    "rules": rules,
    "protected": bool(ws.protection.sheet),
    "locked": {ref: bool(ws[ref].protection.locked) for ref in ("A2", "B2", "C4", "D2", "E4")},
    "props": props,
    "validations": sorted([{"range": str(v.sqref), "type": v.type, "operator": v.operator,
        "formula1": v.formula1, "formula2": v.formula2, "prompt": [v.promptTitle, v.prompt],
        "error": [v.errorTitle, v.error], "showInput": bool(v.showInputMessage),
        "showError": bool(v.showErrorMessage)} for v in ws.data_validations.dataValidation],
        key=lambda v: v["range"]),
}, ensure_ascii=False))
`;

interface ReadBack {
  formulas: string[][];
  results: (number | string | null)[][];
  rules: {
    range: string;
    type: string;
    formula: string[];
    stopIfTrue: boolean;
    priority: number;
    fill: string | null;
    font: string | null;
  }[];
  protected: boolean;
  locked: Record<string, boolean>;
  props: Record<string, string>;
  validations: {
    range: string;
    type: string;
    operator: string | null;
    formula1: string | null;
    formula2: string | null;
    prompt: (string | null)[];
    error: (string | null)[];
    showInput: boolean;
    showError: boolean;
  }[];
}

function readBack(file: string): ReadBack {
  const out = execFileSync("/usr/bin/python3", ["-c", READ_BACK, file], {
    encoding: "utf8",
    timeout: 60_000,
  });
  return JSON.parse(out) as ReadBack;
}

function hasSoffice(): boolean {
  try {
    execFileSync("soffice", ["--version"], { stdio: "pipe", timeout: 60_000 });
    return true;
  } catch {
    return false;
  }
}

const soffice = hasSoffice();
const dir = mkdtempSync(path.join(tmpdir(), "xwrite-lo-"));
const written = path.join(dir, "kinds.xlsx");
const profile = `-env:UserInstallation=file://${path.join(dir, "lo-profile")}`;

beforeAll(async () => {
  const book = createWorkbook();
  await book.apply({ changes: CHANGES });
  writeFileSync(written, await book.toBuffer());
}, 60_000);

const EXPECTED_RULES = [
  ["D2>=100", "FFC6EFCE", "FF006100"],
  ["D2>=92", "FFFFEB9C", "FF9C5700"],
  ["D2<92", "FFFFC7CE", "FF9C0006"],
];

test("openpyxl reads the kinds as written: formulas without results yet, rules that stop if true", () => {
  const seen = readBack(written);
  expect(seen.formulas[0]).toEqual([
    "=ROUND(C2/B2*100,1)",
    '=IF(D2>=100,"Đạt",IF(D2>=92,"Gần đạt","Không đạt"))',
  ]);
  expect(seen.results).toEqual([
    [null, null],
    [null, null],
    [null, null],
  ]);
  expect(seen.rules.map((r) => [r.formula[0], r.fill, r.font])).toEqual(EXPECTED_RULES);
  expect(
    seen.rules.every((r) => r.stopIfTrue && r.type === "expression" && r.range === "D2:D4"),
  ).toBe(true);
  expect(seen.protected).toBe(true);
  expect(seen.props).toEqual({ "Chỉ tiêu: mẫu": "kế hoạch xã", "Chỉ tiêu: kỳ": "Năm" });
});

describe("after LibreOffice opens, recalculates and saves the workbook", () => {
  let seen: ReadBack;

  beforeAll(() => {
    if (!soffice) return;
    execFileSync(
      "soffice",
      [profile, "--headless", "--convert-to", "xlsx", "--outdir", path.join(dir, "lo"), written],
      { timeout: 180_000, stdio: "pipe" },
    );
    seen = readBack(path.join(dir, "lo", "kinds.xlsx"));
  }, 200_000);

  const needsSoffice = (name: string, body: () => void) =>
    test(name, () => {
      if (!soffice) {
        console.log(`Not run: LibreOffice (soffice) is not installed here; .ci/run installs it.`);
        return;
      }
      body();
    });

  needsSoffice("the formulas are computed", () => {
    expect(seen.results).toEqual([
      [104, "Đạt"],
      [93.3, "Gần đạt"],
      [90, "Không đạt"],
    ]);
    expect(seen.formulas[2][0]).toBe("=ROUND(C4/B4*100,1)");
  });

  needsSoffice("the three rules are there in order, with their looks", () => {
    expect(seen.rules.map((r) => [r.formula[0], r.fill, r.font])).toEqual(EXPECTED_RULES);
    expect(seen.rules.every((r) => r.range === "D2:D4")).toBe(true);
  });

  needsSoffice("the sheet is protected; the entry cells, and only they, are unlocked", () => {
    expect(seen.protected).toBe(true);
    expect(seen.locked).toEqual({ A2: true, B2: false, C4: false, D2: true, E4: true });
  });

  needsSoffice("the custom document properties are kept", () => {
    expect(seen.props).toEqual({ "Chỉ tiêu: mẫu": "kế hoạch xã", "Chỉ tiêu: kỳ": "Năm" });
  });

  needsSoffice("the entry validations keep their bounds, input message and error alert", () => {
    // LibreOffice writes a second formula even for a one-bound operator: only "between" has one.
    const validations = seen.validations.map((v) => ({
      ...v,
      formula2: v.operator === "between" ? v.formula2 : null,
    }));
    expect(validations).toEqual([
      {
        range: "B2:B4",
        type: "decimal",
        operator: "between",
        formula1: "0",
        formula2: "1000000",
        prompt: [null, null],
        error: ["Sai số liệu", "Kế hoạch từ 0 đến 1.000.000"],
        showInput: false,
        showError: true,
      },
      {
        range: "C2:C4",
        type: "decimal",
        operator: "greaterThanOrEqual",
        formula1: "0",
        formula2: null,
        prompt: ["Thực hiện", "Nhập số thực hiện, không âm"],
        error: ["Sai số liệu", "Số thực hiện phải là số từ 0 trở lên"],
        showInput: true,
        showError: true,
      },
    ]);
  });

  needsSoffice("rendered, each % KH cell shows the colour of its first matching rule", () => {
    execFileSync(
      "soffice",
      [profile, "--headless", "--convert-to", "pdf", "--outdir", path.join(dir, "pdf"), written],
      { timeout: 180_000, stdio: "pipe" },
    );
    execFileSync("pdftoppm", [
      "-r",
      "72",
      "-f",
      "1",
      "-l",
      "1",
      path.join(dir, "pdf", "kinds.pdf"),
      path.join(dir, "page"),
    ]);
    const counts = colourCounts(readFileSync(path.join(dir, "page-1.ppm")), [
      "#C6EFCE",
      "#FFEB9C",
      "#FFC7CE",
    ]);
    // One cell of each: 104 is good (and ≥ 92, but the first rule wins), 93.3 neutral, 90 bad.
    console.log(`Pixels of each look on the rendered page: ${JSON.stringify(counts)}`);
    for (const colour of Object.keys(counts)) expect(counts[colour]).toBeGreaterThan(200);
    const [good, neutral, bad] = Object.values(counts);
    expect(Math.max(good, neutral, bad) / Math.min(good, neutral, bad)).toBeLessThan(1.5);
  });
});
