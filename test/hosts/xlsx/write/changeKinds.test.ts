import { readFileSync } from "fs";
import * as path from "path";
import { zipSync } from "fflate";
import { isWorkbookOpenError, openWorkbook } from "../../../../src/hosts/xlsx";
import {
  applyChangeSetToPackage,
  createPackage,
  unzipPackage,
  zipPackage,
  type PackageParts,
} from "../../../../src/hosts/xlsx/write";
import { ChangeSetError } from "../../../../src/hosts/xlsx/write/changeSetError";
import {
  parseRelationships,
  relsPathOf,
  resolveTarget,
} from "../../../../src/hosts/xlsx/write/relationships";
import { WorkbookDoc } from "../../../../src/hosts/xlsx/write/workbookDoc";
import { WORKSHEET_ORDER } from "../../../../src/hosts/xlsx/write/worksheetOrder";
import { childElements, rootElement } from "../../../../src/hosts/xlsx/write/xmlScan";
import { attribute, attributes } from "../../../../src/hosts/xlsx/write/xmlText";
import type { Change, EntryRule } from "../../../../src/workbook/changeSet";
import { CORPUS } from "../../../support/corpus";
import { snapshotCell } from "../../contractCases";
import { diffStyles, partText } from "./support/packageDiff";

/**
 * The change kinds issue 14 needs, written by patching the package: formulas (no cached value,
 * a full calculation on open, the calculation chain kept true), conditional formats (dxfs
 * appended), sheet protection with unlocked entry cells (formats cloned), custom document
 * properties (merged), entry validations with their messages. g02 is POI's sample of Excel's
 * conditional formats: 68 dxfs, custom properties, a calculation chain.
 */
const G02 = "g02_poi_ConditionalFormattingSamples.xlsx";
const SHEET = "Regional sales";

function corpusParts(file: string): PackageParts {
  return unzipPackage(new Uint8Array(readFileSync(path.join(CORPUS, file)))).parts;
}

function workbookOf(parts: PackageParts): WorkbookDoc {
  const text = (p: string) => partText(parts.get(p));
  const office = parseRelationships(text("_rels/.rels")).find((r) =>
    r.type.endsWith("/officeDocument"),
  );
  const wbPath = office ? resolveTarget("", office.target) : "xl/workbook.xml";
  return new WorkbookDoc(wbPath, text(wbPath), text(relsPathOf(wbPath)));
}

function sheetText(parts: PackageParts, name: string): string {
  const entry = workbookOf(parts).find(name);
  if (!entry?.path) throw new Error(`no sheet ${name}`);
  return partText(parts.get(entry.path));
}

function sheetIdOf(parts: PackageParts, name: string): number {
  const entry = workbookOf(parts).find(name);
  if (!entry) throw new Error(`no sheet ${name}`);
  return entry.sheetId;
}

/** The top-level children of a worksheet, by local name, with their text. */
function children(xml: string): { name: string; text: string }[] {
  const root = rootElement(xml);
  return childElements(xml, root.contentStart, root.contentEnd, new Set(["sheetData"])).map(
    (c) => ({ name: c.name, text: xml.slice(c.start, c.end) }),
  );
}

function cellText(xml: string, ref: string): string | undefined {
  return new RegExp(`<c r="${ref}"[^>]*?(?:/>|>[\\s\\S]*?</c>)`).exec(xml)?.[0];
}

function inSchemaOrder(xml: string): boolean {
  const ranks = children(xml)
    .map((c) => WORKSHEET_ORDER.indexOf(c.name))
    .filter((r) => r >= 0);
  return ranks.every((r, i) => i === 0 || r >= ranks[i - 1]);
}

function stylesOf(parts: PackageParts): string {
  return partText(parts.get("xl/styles.xml"));
}

/** The items of a list of styles.xml (cellXfs, dxfs, fonts…). */
function styleItems(xml: string, list: string): string[] {
  const root = rootElement(xml);
  const el = childElements(xml, root.contentStart, root.contentEnd).find((c) => c.name === list);
  if (!el || el.contentStart === el.end) return [];
  return childElements(xml, el.contentStart, el.contentEnd).map((c) => xml.slice(c.start, c.end));
}

function apply(parts: PackageParts, changes: Change[]): PackageParts {
  return applyChangeSetToPackage(new Map(parts), changes);
}

describe("formulas", () => {
  const before = corpusParts(G02);
  const id = sheetIdOf(before, SHEET);
  const after = apply(before, [
    {
      kind: "formulas",
      sheet: SHEET,
      anchor: "B12",
      rows: [["=SUM(B4:B11)"], [null], [null], [null], [null], ['=IF(B12>=9000000,"Đạt","Chưa")']],
    },
  ]);
  const xml = sheetText(after, SHEET);

  test("a formula replaces the cell's content, keeps its style, has no cached value", () => {
    expect(cellText(xml, "B12")).toBe(`<c r="B12" s="20"><f>SUM(B4:B11)</f></c>`);
    expect(cellText(xml, "B17")).toBe(
      `<c r="B17" s="94"><f>IF(B12&gt;=9000000,&quot;Đạt&quot;,&quot;Chưa&quot;)</f></c>`,
    );
  });

  test("null leaves the cell: B13 keeps its formula and cached value", () => {
    expect(cellText(xml, "B13")).toBe(cellText(sheetText(before, SHEET), "B13"));
  });

  test("the workbook asks for a full calculation on open, keeping calcPr's own attributes", () => {
    const wb = partText(after.get("xl/workbook.xml"));
    expect(/<calcPr[^>]*>/.exec(wb)?.[0]).toBe(`<calcPr calcId="171027" fullCalcOnLoad="1"/>`);
  });

  test("the calculation chain drops the replaced formula (B12) and keeps every other entry", () => {
    const chain = (parts: PackageParts) =>
      [
        ...partText(parts.get("xl/calcChain.xml")).matchAll(/<c r="([A-Z]+\d+)"(?: i="(\d+)")?/g),
      ].map((m, i, all) => {
        // An entry without i is on the sheet of the entry before it.
        let sheet = m[2];
        for (let j = i; sheet === undefined && j >= 0; j -= 1) sheet = all[j][2];
        return `${sheet}!${m[1]}`;
      });
    const was = chain(before);
    const now = chain(after);
    expect(was).toContain(`${id}!B12`);
    expect(now).toEqual(was.filter((entry) => entry !== `${id}!B12`));
  });

  test("the reader reads the formulas back", async () => {
    const snapshot = await (await openWorkbook(zipPackage(after))).read({ sheets: [SHEET] });
    const at = (ref: string) => snapshotCell(snapshot.sheets[0], ref).formula;
    expect([at("B12"), at("B13"), at("B17")]).toEqual([
      "=SUM(B4:B11)",
      "=SUBTOTAL(9, Table6[Sales])",
      '=IF(B12>=9000000,"Đạt","Chưa")',
    ]);
  });

  test("newer functions get their _xlfn. prefix, text in quotes does not", () => {
    const parts = apply(createPackage(), [
      { kind: "addSheet", sheet: "S" },
      { kind: "formulas", sheet: "S", anchor: "A1", rows: [['=IFS(B1>1,"IFS(",TRUE,"x")']] },
    ]);
    expect(cellText(sheetText(parts, "S"), "A1")).toBe(
      `<c r="A1"><f>_xlfn.IFS(B1&gt;1,&quot;IFS(&quot;,TRUE,&quot;x&quot;)</f></c>`,
    );
  });
});

describe("conditional formats", () => {
  const before = corpusParts(G02);
  const rules: Change = {
    kind: "conditionalFormat",
    sheet: SHEET,
    range: "B4:B7",
    rules: [
      { formula: "=B4>=1000000", look: "good" },
      { formula: "B4>=900000", look: "neutral" },
      { formula: "=B4<900000", look: "bad" },
    ],
  };
  const after = apply(before, [rules]);
  const xml = sheetText(after, SHEET);
  const formats = children(xml).filter((c) => c.name === "conditionalFormatting");

  test("the user's dxfs and every other style stay; three dxfs are appended with Excel's looks", () => {
    expect(diffStyles(stylesOf(before), stylesOf(after))).toEqual([]);
    const dxfs = styleItems(stylesOf(after), "dxfs");
    expect(dxfs.length).toBe(68 + 3);
    expect(dxfs.slice(68)).toEqual([
      `<dxf><font><color rgb="FF006100"/></font><fill><patternFill><bgColor rgb="FFC6EFCE"/></patternFill></fill></dxf>`,
      `<dxf><font><color rgb="FF9C5700"/></font><fill><patternFill><bgColor rgb="FFFFEB9C"/></patternFill></fill></dxf>`,
      `<dxf><font><color rgb="FF9C0006"/></font><fill><patternFill><bgColor rgb="FFFFC7CE"/></patternFill></fill></dxf>`,
    ]);
    expect(attribute(/<dxfs[^>]*>/.exec(stylesOf(after))?.[0] ?? "", "count")).toBe("71");
  });

  test("the sheet's rule on B4:B11 keeps its cells outside the range (B8:B11), rules and priorities", () => {
    const old = children(sheetText(before, SHEET)).find((c) => c.name === "conditionalFormatting");
    expect(formats.length).toBe(2);
    expect(formats[0].text).toBe(old?.text.replace('sqref="B4:B11"', 'sqref="B8:B11"'));
  });

  test("the new rules, in order, each stop later rules when they match, ranked after the sheet's", () => {
    expect(formats[1].text).toBe(
      `<conditionalFormatting sqref="B4:B7">` +
        `<cfRule type="expression" dxfId="68" priority="3" stopIfTrue="1"><formula>B4&gt;=1000000</formula></cfRule>` +
        `<cfRule type="expression" dxfId="69" priority="4" stopIfTrue="1"><formula>B4&gt;=900000</formula></cfRule>` +
        `<cfRule type="expression" dxfId="70" priority="5" stopIfTrue="1"><formula>B4&lt;900000</formula></cfRule>` +
        `</conditionalFormatting>`,
    );
    expect(inSchemaOrder(xml)).toBe(true);
  });

  test("writing the range's rules again replaces them and reuses the dxfs", () => {
    const twice = apply(after, [rules]);
    const again = children(sheetText(twice, SHEET)).filter(
      (c) => c.name === "conditionalFormatting",
    );
    expect(again.map((c) => /sqref="([^"]*)"/.exec(c.text)?.[1])).toEqual(["B8:B11", "B4:B7"]);
    expect(styleItems(stylesOf(twice), "dxfs").length).toBe(71);
  });

  test("a sheet without conditional formats gets them after mergeCells and before dataValidations", () => {
    const parts = apply(createPackage(), [
      { kind: "addSheet", sheet: "S" },
      { kind: "entryValidation", sheet: "S", range: "A1", rule: { type: "decimal" } },
      { kind: "merge", sheet: "S", range: "C1:D1" },
      { kind: "conditionalFormat", sheet: "S", range: "A1:A3", rules: [rules.rules[0]] },
    ]);
    const names = children(sheetText(parts, "S")).map((c) => c.name);
    expect(names).toEqual([
      "sheetViews",
      "sheetFormatPr",
      "sheetData",
      "mergeCells",
      "conditionalFormatting",
      "dataValidations",
      "pageMargins",
    ]);
    expect(styleItems(stylesOf(parts), "dxfs").length).toBe(1);
  });
});

describe("sheet protection with unlocked entry cells", () => {
  const before = corpusParts(G02);
  const after = apply(before, [{ kind: "protectSheet", sheet: SHEET, unlocked: ["B4:B5", "C4"] }]);
  const xml = sheetText(after, SHEET);
  const xfs = styleItems(stylesOf(after), "cellXfs");
  const xfOf = (ref: string) => xfs[Number(attribute(cellText(xml, ref) ?? "<c>", "s") ?? "0")];

  test("the sheet is protected with no password, right after sheetData", () => {
    const names = children(xml).map((c) => c.name);
    expect(names.slice(names.indexOf("sheetData"), names.indexOf("sheetData") + 2)).toEqual([
      "sheetData",
      "sheetProtection",
    ]);
    expect(children(xml).find((c) => c.name === "sheetProtection")?.text).toBe(
      `<sheetProtection sheet="1" objects="1" scenarios="1"/>`,
    );
    expect(inSchemaOrder(xml)).toBe(true);
  });

  test("entry cells get formats cloned from their own with locked=0; their looks stay", () => {
    const was = styleItems(stylesOf(before), "cellXfs");
    const looks = (xf: string) => {
      const a = attributes(xf.slice(0, xf.indexOf(">") + 1));
      return [a.numFmtId, a.fontId, a.fillId, a.borderId, a.xfId];
    };
    // B4 was s="20", B5 s="96", C4 did not exist (the default format 0).
    for (const [ref, s] of [
      ["B4", 20],
      ["B5", 96],
      ["C4", 0],
    ] as const) {
      const xf = xfOf(ref);
      expect(looks(xf)).toEqual(looks(was[s]));
      expect(xf).toMatch(/applyProtection="1"/);
      expect(xf).toMatch(/<protection locked="0"\/>/);
    }
    expect(diffStyles(stylesOf(before), stylesOf(after))).toEqual([]);
    expect(xfs.length).toBe(was.length + 3);
  });

  test("cells outside the ranges keep their text; B4 keeps its value", () => {
    expect(cellText(xml, "B6")).toBe(cellText(sheetText(before, SHEET), "B6"));
    expect(cellText(xml, "B4")).toMatch(/<v>1781345<\/v>/);
  });

  test("a sheet protected already keeps its own protection (its password) and is switched on", () => {
    const parts = apply(createPackage(), [{ kind: "addSheet", sheet: "S" }]);
    const entry = workbookOf(parts).find("S");
    if (!entry?.path) throw new Error("no part");
    const xmlS = partText(parts.get(entry.path)).replace(
      "<pageMargins",
      `<sheetProtection password="CC1A" sheet="0" formatCells="0"/><pageMargins`,
    );
    parts.set(entry.path, new TextEncoder().encode(xmlS));
    const out = apply(parts, [{ kind: "protectSheet", sheet: "S", unlocked: [] }]);
    expect(/<sheetProtection[^>]*>/.exec(sheetText(out, "S"))?.[0]).toBe(
      `<sheetProtection password="CC1A" sheet="1" formatCells="0" objects="1" scenarios="1"/>`,
    );
  });
});

describe("custom document properties", () => {
  const before = corpusParts(G02);
  const after = apply(before, [
    {
      kind: "documentProperties",
      custom: { apTrustLevel: "1", "Chỉ tiêu: kỳ": "6 tháng", "Chỉ tiêu: <mẫu>": "a & b" },
    },
  ]);
  const custom = partText(after.get("docProps/custom.xml"));

  test("a property of the same name (any case) gets the new text in its place, with its pid", () => {
    expect(custom).toContain(
      `<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="3" name="APTrustLevel"><vt:lpwstr>1</vt:lpwstr></property>`,
    );
  });

  test("new ones are appended with the next pids; the others keep their text", () => {
    const was = partText(before.get("docProps/custom.xml"));
    const kept = was.replace(/<property[^>]*name="APTrustLevel">[\s\S]*?<\/property>/, "");
    const now = custom.replace(/<property[^>]*name="APTrustLevel">[\s\S]*?<\/property>/, "");
    expect(now).toBe(
      kept.replace(
        "</Properties>",
        `<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="12" name="Chỉ tiêu: kỳ"><vt:lpwstr>6 tháng</vt:lpwstr></property>` +
          `<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="13" name="Chỉ tiêu: &lt;mẫu&gt;"><vt:lpwstr>a &amp; b</vt:lpwstr></property></Properties>`,
      ),
    );
    // The package had the part: no relationship or content type is added.
    expect(after.get("_rels/.rels")).toBe(before.get("_rels/.rels"));
    expect(after.get("[Content_Types].xml")).toBe(before.get("[Content_Types].xml"));
  });

  test("a new workbook gets the part, its relationship and its content type; pids from 2", () => {
    const parts = apply(createPackage(), [
      { kind: "addSheet", sheet: "S" },
      { kind: "documentProperties", custom: { a: "1", b: "2" } },
    ]);
    expect(partText(parts.get("docProps/custom.xml"))).toMatch(
      /pid="2" name="a"><vt:lpwstr>1<\/vt:lpwstr><\/property><property [^>]*pid="3" name="b">/,
    );
    expect(
      parseRelationships(partText(parts.get("_rels/.rels"))).find((r) =>
        r.type.endsWith("/custom-properties"),
      )?.target,
    ).toBe("docProps/custom.xml");
    expect(partText(parts.get("[Content_Types].xml"))).toContain(
      `<Override PartName="/docProps/custom.xml" ContentType="application/vnd.openxmlformats-officedocument.custom-properties+xml"/>`,
    );
  });
});

describe("entry validations", () => {
  const base = apply(createPackage(), [
    { kind: "addSheet", sheet: "S" },
    { kind: "listValidation", sheet: "S", range: "A1:A10", list: ["≥", "≤"] },
  ]);
  const validations = (parts: PackageParts) =>
    children(sheetText(parts, "S")).find((c) => c.name === "dataValidations")?.text;

  test.each([
    [
      "between a minimum and a maximum, with both messages",
      {
        type: "decimal",
        min: 0,
        max: 100.5,
      },
      `<dataValidation type="decimal" operator="between" allowBlank="1" showInputMessage="1" showErrorMessage="1" errorTitle="Sai số liệu" error="Nhập số từ 0 đến 100,5" promptTitle="Tỷ lệ" prompt="Nhập % (0–100,5)" sqref="A3:B4"><formula1>0</formula1><formula2>100.5</formula2></dataValidation>`,
    ],
    [
      "from a minimum",
      { type: "whole", min: 1 },
      `<dataValidation type="whole" operator="greaterThanOrEqual" allowBlank="1" showInputMessage="1" showErrorMessage="1" errorTitle="Sai số liệu" error="Nhập số từ 0 đến 100,5" promptTitle="Tỷ lệ" prompt="Nhập % (0–100,5)" sqref="A3:B4"><formula1>1</formula1></dataValidation>`,
    ],
    [
      "up to a maximum",
      { type: "decimal", max: -2 },
      `<dataValidation type="decimal" operator="lessThanOrEqual" allowBlank="1" showInputMessage="1" showErrorMessage="1" errorTitle="Sai số liệu" error="Nhập số từ 0 đến 100,5" promptTitle="Tỷ lệ" prompt="Nhập % (0–100,5)" sqref="A3:B4"><formula1>-2</formula1></dataValidation>`,
    ],
    [
      "an item of a list",
      { type: "list", list: ["Đạt", "Không đạt"] },
      `<dataValidation type="list" allowBlank="1" showInputMessage="1" showErrorMessage="1" errorTitle="Sai số liệu" error="Nhập số từ 0 đến 100,5" promptTitle="Tỷ lệ" prompt="Nhập % (0–100,5)" sqref="A3:B4"><formula1>&quot;Đạt,Không đạt&quot;</formula1></dataValidation>`,
    ],
  ] as [string, EntryRule, string][])(
    "%s; the list validation it overlaps keeps its other cells",
    (_what, rule, xml) => {
      const parts = apply(base, [
        {
          kind: "entryValidation",
          sheet: "S",
          range: "A3:B4",
          rule,
          prompt: { title: "Tỷ lệ", message: "Nhập % (0–100,5)" },
          error: { title: "Sai số liệu", message: "Nhập số từ 0 đến 100,5" },
        },
      ]);
      const text = validations(parts) ?? "";
      expect(text).toContain(xml);
      expect(text).toMatch(
        /^<dataValidations count="2"><dataValidation type="list" [^>]*sqref="A1:A2 A5:A10">/,
      );
    },
  );

  test("without messages: no input message, the error alert still stops wrong entries", () => {
    const parts = apply(base, [
      { kind: "entryValidation", sheet: "S", range: "C1", rule: { type: "decimal" } },
    ]);
    expect(validations(parts)).toContain(
      `<dataValidation type="decimal" operator="greaterThanOrEqual" allowBlank="1" showErrorMessage="1" sqref="C1"><formula1>-9.99999999999999e+307</formula1></dataValidation>`,
    );
  });
});

describe("the plan refuses bad changes of the new kinds before writing anything", () => {
  const parts = apply(createPackage(), [{ kind: "addSheet", sheet: "S" }]);
  test.each([
    [
      "a formula without =",
      { kind: "formulas", sheet: "S", anchor: "A1", rows: [["SUM(A2)"]] },
      "bad_value",
    ],
    [
      "a formula off the sheet",
      { kind: "formulas", sheet: "S", anchor: "XFD1", rows: [[null, "=1"]] },
      "bad_address",
    ],
    [
      "a rule with no formula",
      {
        kind: "conditionalFormat",
        sheet: "S",
        range: "A1",
        rules: [{ formula: "=", look: "good" }],
      },
      "bad_value",
    ],
    [
      "a look Excel has no style for",
      {
        kind: "conditionalFormat",
        sheet: "S",
        range: "A1",
        rules: [{ formula: "=A1>1", look: "blue" }],
      },
      "bad_value",
    ],
    ["no rules", { kind: "conditionalFormat", sheet: "S", range: "A1", rules: [] }, "bad_value"],
    [
      "an unlocked range that is not one",
      { kind: "protectSheet", sheet: "S", unlocked: ["A1:"] },
      "bad_address",
    ],
    [
      "a property value over 255 characters",
      { kind: "documentProperties", custom: { a: "x".repeat(256) } },
      "bad_value",
    ],
    [
      "a minimum over the maximum",
      {
        kind: "entryValidation",
        sheet: "S",
        range: "A1",
        rule: { type: "decimal", min: 2, max: 1 },
      },
      "bad_value",
    ],
    [
      "a whole-number bound with decimals",
      { kind: "entryValidation", sheet: "S", range: "A1", rule: { type: "whole", min: 0.5 } },
      "bad_value",
    ],
    [
      "an input title over 32 characters",
      {
        kind: "entryValidation",
        sheet: "S",
        range: "A1",
        rule: { type: "decimal" },
        prompt: { title: "x".repeat(33), message: "" },
      },
      "bad_value",
    ],
    [
      "an error message over 225 characters",
      {
        kind: "entryValidation",
        sheet: "S",
        range: "A1",
        rule: { type: "decimal" },
        error: { title: "", message: "x".repeat(226) },
      },
      "bad_value",
    ],
    [
      "a list item with a comma",
      { kind: "entryValidation", sheet: "S", range: "A1", rule: { type: "list", list: ["a,b"] } },
      "bad_list",
    ],
    [
      "a sheet that is not there",
      { kind: "protectSheet", sheet: "T", unlocked: [] },
      "unknown_sheet",
    ],
  ])("%s", (_what, change, code) => {
    let error: unknown;
    try {
      apply(parts, [change as Change]);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ChangeSetError);
    expect((error as ChangeSetError).code).toBe(code);
  });
});

describe("a block of values is checked cell by cell, in order, whatever its size", () => {
  const parts = apply(createPackage(), [
    { kind: "addSheet", sheet: "S" },
    { kind: "merge", sheet: "S", range: "C3:D4" },
  ]);
  const refusal = (rows: unknown[][], anchor = "A1") => {
    try {
      apply(parts, [{ kind: "values", sheet: "S", anchor, rows } as Change]);
    } catch (e) {
      return (e as ChangeSetError).code;
    }
    return "written";
  };
  const long = "x".repeat(40_000);
  test.each([
    ["an empty row after the sheet's last row", [[1], []], "A1048576", "written"],
    ["a value after the sheet's last row", [[1], [2]], "A1048576", "bad_address"],
    ["a value after the last column", [[1, 2]], "XFD1", "bad_address"],
    [
      "the first bad cell is named: too long, before a row off the sheet",
      [[long], [1]],
      "A1048576",
      "bad_value",
    ],
    [
      "the first bad cell is named: off the sheet, before too long",
      [[1, long]],
      "XFD1",
      "bad_address",
    ],
    ["a value into a merged area's other cell", [[null, "x"]], "C3", "merged_cell"],
    [
      "blanks into a merged area's other cells",
      [
        [null, null],
        [null, null],
      ],
      "C3",
      "written",
    ],
    ["a value into a merged area's first cell", [["x"]], "C3", "written"],
    // eslint-disable-next-line no-sparse-arrays -- a hole, as a library caller may pass
    ["a hole in a row is left alone", [[1, , 3]], "A1", "written"],
  ])("%s", (_what, rows, anchor, expected) => {
    expect(refusal(rows, anchor)).toBe(expected);
  });
});

describe("packages the writer must mend or refuse", () => {
  const values: Change[] = [{ kind: "values", sheet: SHEET, anchor: "D1", rows: [["x"]] }];
  const styled: Change[] = [
    ...values,
    { kind: "style", sheet: SHEET, range: "D1", style: { bold: true } },
  ];

  test("without styles.xml, a styled change gets a minimal style sheet with its relationship and content type", async () => {
    const parts = corpusParts(G02);
    parts.delete("xl/styles.xml");
    const out = apply(parts, styled);
    const styles = partText(out.get("xl/styles.xml"));
    expect(styleItems(styles, "cellXfs").length).toBe(2);
    expect(styleItems(styles, "fonts")[1]).toMatch(/^<font><b\/>/);
    expect(partText(out.get("[Content_Types].xml"))).toMatch(
      /<Override PartName="\/xl\/styles.xml" ContentType="application\/vnd.openxmlformats-officedocument.spreadsheetml.styles\+xml"\/>/,
    );
    const snapshot = await (await openWorkbook(zipPackage(out))).read({ sheets: [SHEET] });
    expect(snapshotCell(snapshot.sheets[0], "D1").value).toBe("x");
  });

  test.each([
    ["missing", (): string | undefined => undefined],
    ["cut in half", (text: string) => text.slice(0, text.length >> 1)],
  ])(
    "[Content_Types].xml %s: the change set is refused in the file's one damaged line",
    async (_what, damage) => {
      const parts = corpusParts(G02);
      const types = damage(partText(parts.get("[Content_Types].xml")));
      const files: Record<string, Uint8Array> = {};
      for (const [name, bytes] of parts) if (name !== "[Content_Types].xml") files[name] = bytes;
      if (types !== undefined) files["[Content_Types].xml"] = new TextEncoder().encode(types);
      const gateway = await openWorkbook(zipSync(files), { fileName: "g02.xlsx" });
      let error: unknown;
      try {
        await gateway.apply({ changes: values });
      } catch (e) {
        error = e;
      }
      expect(isWorkbookOpenError(error)).toBe(true);
      if (!isWorkbookOpenError(error)) return;
      expect(error.code).toBe("corrupt");
      expect(error.messageVi).toMatch(/^Tệp "g02.xlsx" bị hỏng/);
      expect(error.messageEn).not.toContain("\n");
    },
  );
});
