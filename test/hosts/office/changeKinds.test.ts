import { detectFeatures } from "../../../src/hosts/office/features";
import { OfficeGateway } from "../../../src/hosts/office/officeGateway";
import type { ExcelLibrary } from "../../../src/hosts/office/library";
import type { Change } from "../../../src/workbook/changeSet";
import type { SeedWorkbook } from "../contractCases";
import { without } from "./double/library";
import { inspect, StrictExcel, type StrictExcelOptions } from "./strictExcel";

/**
 * The change kinds issue 14 needs, through the Office host on the strict double: formulas,
 * conditional formats, entry validations with their messages, custom document properties and
 * sheet protection with unlocked entry cells, in one batch; each kind skipped with its
 * requirement set on a host (or library) that lacks it.
 */
const seed: SeedWorkbook = {
  sheets: [
    {
      name: "KH",
      cells: {
        A1: "Chỉ tiêu",
        B1: "KH",
        C1: "TH",
        A2: "Thu ngân sách",
        B2: 100,
        C2: 104,
        A3: "Chi thường xuyên",
        B3: 97,
        C3: 90.5,
      },
    },
  ],
};

const CHANGES: Change[] = [
  {
    kind: "formulas",
    sheet: "KH",
    anchor: "D2",
    rows: [
      ["=C2/B2*100", '=IF(D2>=100,"Đạt","Chưa đạt")'],
      ["=C3/B3*100", null],
    ],
  },
  {
    kind: "conditionalFormat",
    sheet: "KH",
    range: "D2:D3",
    rules: [
      { formula: "=D2>=100", look: "good" },
      { formula: "D2>=92", look: "neutral" },
      { formula: "=D2<92", look: "bad" },
    ],
  },
  {
    kind: "entryValidation",
    sheet: "KH",
    range: "C2:C3",
    rule: { type: "decimal", min: 0 },
    prompt: { title: "Thực hiện", message: "Nhập số không âm" },
    error: { title: "Sai số liệu", message: "Phải là số từ 0 trở lên" },
  },
  {
    kind: "entryValidation",
    sheet: "KH",
    range: "B2:B3",
    rule: { type: "whole", min: 0, max: 1000 },
  },
  { kind: "documentProperties", custom: { "Chỉ tiêu: mẫu": "kế hoạch", Kỳ: "Năm" } },
  { kind: "protectSheet", sheet: "KH", unlocked: ["B2:C3"] },
];

function setup(options: StrictExcelOptions = {}, library?: ExcelLibrary) {
  const excel = new StrictExcel(seed, options);
  const skipped: string[] = [];
  const gateway = new OfficeGateway(excel.run, {
    isSetSupported: excel.isSetSupported,
    library: library ?? excel.excelLibrary,
    runWith: excel.runWith,
    onSkipped: (s) => skipped.push(`${s.change.kind}: ${s.requirement}`),
  });
  return { excel, gateway, skipped };
}

describe("the new kinds on a host with every API set", () => {
  const { excel, gateway, skipped } = setup();
  let requests = 0;
  beforeAll(async () => {
    await gateway.apply({ changes: CHANGES });
    requests = excel.syncCount;
  });

  test("all of them in one write request, none skipped", () => {
    expect(skipped).toEqual([]);
    // One request reads what the write must know (protection, merges), one writes.
    expect(requests).toBeLessThanOrEqual(2);
    expect(excel.requests[excel.requests.length - 1].writes).toBeGreaterThan(10);
  });

  test("formulas go into their cells; null leaves a cell", () => {
    expect(inspect(excel.model, "KH", "D2")?.formula).toBe("=C2/B2*100");
    expect(inspect(excel.model, "KH", "E2")?.formula).toBe('=IF(D2>=100,"Đạt","Chưa đạt")');
    expect(inspect(excel.model, "KH", "E3")).toBeUndefined();
  });

  test("three custom rules in order, each stopping later ones, with Excel's looks", () => {
    expect(
      excel
        .sheet("KH")
        .conditionalFormats.map((f) => [f.formula, f.fill, f.fontColor, f.stopIfTrue]),
    ).toEqual([
      ["=D2>=100", "#C6EFCE", "#006100", true],
      ["=D2>=92", "#FFEB9C", "#9C5700", true],
      ["=D2<92", "#FFC7CE", "#9C0006", true],
    ]);
  });

  test("entry rules with their input message and stop-style error alert", () => {
    const byRange = Object.fromEntries(
      excel.sheet("KH").validations.map((v) => [
        `${v.range.start.column},${v.range.start.row}`,
        {
          rule: v.rule,
          prompt: v.prompt,
          errorAlert: v.errorAlert,
          ignoreBlanks: v.ignoreBlanks,
        },
      ]),
    );
    expect(byRange["3,2"]).toEqual({
      rule: { decimal: { operator: "GreaterThanOrEqualTo", formula1: 0 } },
      prompt: { showPrompt: true, title: "Thực hiện", message: "Nhập số không âm" },
      errorAlert: {
        showAlert: true,
        style: "Stop",
        title: "Sai số liệu",
        message: "Phải là số từ 0 trở lên",
      },
      ignoreBlanks: true,
    });
    expect(byRange["2,2"].rule).toEqual({
      wholeNumber: { operator: "Between", formula1: 0, formula2: 1000 },
    });
    expect(byRange["2,2"].prompt).toBeUndefined();
  });

  test("custom document properties are added", () => {
    expect(excel.model.customProperties).toEqual([
      { key: "Chỉ tiêu: mẫu", value: "kế hoạch" },
      { key: "Kỳ", value: "Năm" },
    ]);
  });

  test("the sheet is protected; the entry cells, and only they, are unlocked", () => {
    expect(excel.sheet("KH").protected).toBe(true);
    expect(["B2", "C3"].map((a) => inspect(excel.model, "KH", a)?.locked)).toEqual([false, false]);
    expect(["A2", "D2"].map((a) => inspect(excel.model, "KH", a)?.locked)).toEqual([
      undefined,
      undefined,
    ]);
  });

  test("read again, the sheet is protected: a later write to it is refused before it is sent", async () => {
    await gateway.read({ sheets: ["KH"] });
    const before = excel.syncCount;
    await expect(
      gateway.apply({ changes: [{ kind: "values", sheet: "KH", anchor: "F1", rows: [[1]] }] }),
    ).rejects.toThrow(/protected/);
    expect(excel.requests.slice(before).every((r) => r.writes === 0)).toBe(true);
  });
});

describe("the plan refuses a bad set before anything is sent", () => {
  test.each([
    [
      "a change to a sheet after its protection",
      [
        { kind: "protectSheet", sheet: "KH", unlocked: [] },
        { kind: "style", sheet: "KH", range: "A1", style: { bold: true } },
      ],
      /protected by an earlier change/,
    ],
    [
      "a formula without =",
      [{ kind: "formulas", sheet: "KH", anchor: "D2", rows: [["C2/B2"]] }],
      /starting with "="/,
    ],
    [
      "a minimum over the maximum",
      [
        {
          kind: "entryValidation",
          sheet: "KH",
          range: "B2",
          rule: { type: "decimal", min: 5, max: 1 },
        },
      ],
      /over the maximum/,
    ],
    [
      "a look with no style",
      [
        {
          kind: "conditionalFormat",
          sheet: "KH",
          range: "D2",
          rules: [{ formula: "=1", look: "pink" }],
        },
      ],
      /not a look/,
    ],
  ] as [string, Change[], RegExp][])("%s", async (_what, changes, message) => {
    const { excel, gateway } = setup();
    await expect(gateway.apply({ changes })).rejects.toThrow(message);
    expect(excel.requests.every((r) => r.writes === 0)).toBe(true);
  });
});
