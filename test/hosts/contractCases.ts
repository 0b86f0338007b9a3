/**
 * Contract cases for every WorkbookGateway: plain data that any host can run. Each case seeds a
 * workbook, applies a change set through the gateway, reads the workbook back through the same
 * gateway and checks the snapshot. A host supplies a way to build a workbook from a seed (the
 * Office.js double, an ExcelJS workbook…) and runs `runContractCase` on each case.
 *
 * What a snapshot can't show (fills, fonts, widths, freeze panes, validation, print setup) is
 * checked by each host's own tests; here such changes must only apply cleanly.
 */
import type { WorkbookGateway, ReadRequest } from "../../src/hosts/gateway";
import type { Change } from "../../src/workbook/changeSet";
import { parseAddress } from "../../src/workbook/a1";
import type {
  CellValue,
  SheetSnapshot,
  SheetVisibility,
  TableInfo,
  WorkbookSnapshot,
} from "../../src/workbook/snapshot";

export interface SeedCell {
  /** The constant, or a formula's cached result. */
  value?: CellValue;
  formula?: string;
  numberFormat?: string;
}

export interface SeedSheet {
  name: string;
  visibility?: SheetVisibility;
  /** Cells by A1 address; a bare value is a constant in General format. */
  cells?: Record<string, SeedCell | string | number | boolean>;
  merges?: string[];
  hiddenRows?: number[];
  hiddenColumns?: number[];
  tables?: TableInfo[];
  notes?: Record<string, string>;
}

export interface SeedWorkbook {
  sheets: SeedSheet[];
  activeSheet?: string;
}

export interface CellExpectation {
  value?: CellValue;
  formula?: string | null;
  numberFormat?: string;
}

export interface SheetExpectation {
  name: string;
  visibility?: SheetVisibility;
  origin?: { row: number; column: number };
  /** True when the sheet's snapshot must have no cells at all. */
  empty?: boolean;
  cells?: Record<string, CellExpectation>;
  /** The sheet's merged areas, exactly (in any order). */
  merges?: string[];
  hiddenRows?: number[];
  hiddenColumns?: number[];
  tables?: TableInfo[];
  /** The sheet's notes, exactly. */
  notes?: Record<string, string>;
}

export interface SnapshotExpectation {
  /** The sheets read, in order. */
  sheetNames?: string[];
  activeSheet?: string;
  sheets?: SheetExpectation[];
}

export interface ContractCase {
  name: string;
  seed: SeedWorkbook;
  changes?: Change[];
  read?: ReadRequest;
  expect: SnapshotExpectation;
}

/** A cell of a snapshot by A1 address; outside the used range a cell is empty. */
export function snapshotCell(
  sheet: SheetSnapshot,
  a1: string,
): { value: CellValue; formula: string | null; numberFormat: string } {
  const ref = parseAddress(a1);
  if (!ref) throw new Error(`"${a1}" is not a cell address`);
  const r = ref.row - sheet.origin.row;
  const c = ref.column - sheet.origin.column;
  const inside = r >= 0 && c >= 0 && r < sheet.values.length && c < (sheet.values[r]?.length ?? 0);
  return inside
    ? {
        value: sheet.values[r][c],
        formula: sheet.formulas[r][c],
        numberFormat: sheet.numberFormats[r][c],
      }
    : { value: null, formula: null, numberFormat: "General" };
}

const show = (v: unknown) => JSON.stringify(v);
const sorted = <T>(list: T[]) => [...list].sort((a, b) => show(a).localeCompare(show(b)));

/** Every way the snapshot differs from the expectation; empty when it matches. */
export function checkSnapshot(snapshot: WorkbookSnapshot, expected: SnapshotExpectation): string[] {
  const problems: string[] = [];
  const same = (what: string, actual: unknown, wanted: unknown) => {
    if (show(actual) !== show(wanted))
      problems.push(`${what}: got ${show(actual)}, want ${show(wanted)}`);
  };
  if (expected.sheetNames)
    same(
      "sheets",
      snapshot.sheets.map((s) => s.name),
      expected.sheetNames,
    );
  if (expected.activeSheet !== undefined)
    same("active sheet", snapshot.activeSheet, expected.activeSheet);
  for (const want of expected.sheets ?? []) {
    const sheet = snapshot.sheets.find((s) => s.name === want.name);
    if (!sheet) {
      problems.push(`sheet "${want.name}" is missing`);
      continue;
    }
    const at = (what: string) => `${want.name}: ${what}`;
    if (want.visibility) same(at("visibility"), sheet.visibility, want.visibility);
    if (want.origin) same(at("origin"), sheet.origin, want.origin);
    if (want.empty) same(at("values"), sheet.values, []);
    for (const [a1, cell] of Object.entries(want.cells ?? {})) {
      const got = snapshotCell(sheet, a1);
      if ("value" in cell) same(at(`${a1} value`), got.value, cell.value);
      if ("formula" in cell) same(at(`${a1} formula`), got.formula, cell.formula);
      if (cell.numberFormat !== undefined)
        same(at(`${a1} number format`), got.numberFormat, cell.numberFormat);
    }
    if (want.merges) same(at("merges"), sorted(sheet.merges), sorted(want.merges));
    if (want.hiddenRows) same(at("hidden rows"), sheet.hiddenRows, want.hiddenRows);
    if (want.hiddenColumns) same(at("hidden columns"), sheet.hiddenColumns, want.hiddenColumns);
    if (want.tables) same(at("tables"), sorted(sheet.tables), sorted(want.tables));
    if (want.notes)
      same(at("notes"), sorted(Object.entries(sheet.notes)), sorted(Object.entries(want.notes)));
  }
  return problems;
}

/** Applies the case's changes through the gateway, reads back, and lists the differences. */
export async function runContractCase(
  gateway: WorkbookGateway,
  c: ContractCase,
): Promise<string[]> {
  if (c.changes) await gateway.apply({ changes: c.changes });
  return checkSnapshot(await gateway.read(c.read ?? {}), c.expect);
}

const plan: SeedSheet = {
  name: "KH",
  cells: {
    A1: "KẾ HOẠCH PHÁT TRIỂN KINH TẾ - XÃ HỘI NĂM 2025",
    A3: "STT",
    B3: "Chỉ tiêu",
    C3: "Kế hoạch",
    D3: "Thực hiện",
    E3: "% KH",
    A4: 1,
    B4: "Tốc độ tăng trưởng",
    C4: { value: 0.12, numberFormat: "0.0%" },
    D4: { value: 0.125, numberFormat: "0.0%" },
    E4: { value: 104.16666666666667, formula: "=D4/C4*100", numberFormat: "#,##0.0" },
  },
};

/** Text that Excel would turn into something else if typed. */
export const TRICKY_TEXT = [
  "=SUM(A1)",
  "=1+1",
  "+84 28 3822",
  "-x",
  "12",
  "12%",
  "3-5",
  "1/2",
  "0012",
  "TRUE",
  "#N/A",
  "'quoted",
  "@home",
];

export const CONTRACT_CASES: ContractCase[] = [
  {
    name: "reads constants of every type, and empty cells as null",
    seed: {
      sheets: [{ name: "S", cells: { A1: "Chỉ tiêu", B1: 12.5, C1: true, E1: 0, F1: "" } }],
    },
    expect: {
      sheets: [
        {
          name: "S",
          origin: { row: 1, column: 1 },
          cells: {
            A1: { value: "Chỉ tiêu", formula: null },
            B1: { value: 12.5, formula: null },
            C1: { value: true },
            D1: { value: null },
            E1: { value: 0 },
            F1: { value: null },
            Z99: { value: null, formula: null, numberFormat: "General" },
          },
        },
      ],
    },
  },
  {
    name: "reads cached formula results with their formulas and number formats",
    seed: { sheets: [plan] },
    expect: {
      sheets: [
        {
          name: "KH",
          cells: {
            C4: { value: 0.12, formula: null, numberFormat: "0.0%" },
            E4: { value: 104.16666666666667, formula: "=D4/C4*100", numberFormat: "#,##0.0" },
            B4: { numberFormat: "General" },
          },
        },
      ],
    },
  },
  {
    name: "reads errors as {error}, from formulas and constants",
    seed: {
      sheets: [
        {
          name: "S",
          cells: {
            A1: { value: { error: "#REF!" }, formula: "=#REF!+1" },
            A2: { value: { error: "#DIV/0!" }, formula: "=1/0" },
            A3: { value: { error: "#N/A" } },
          },
        },
      ],
    },
    expect: {
      sheets: [
        {
          name: "S",
          cells: {
            A1: { value: { error: "#REF!" }, formula: "=#REF!+1" },
            A2: { value: { error: "#DIV/0!" }, formula: "=1/0" },
            A3: { value: { error: "#N/A" }, formula: null },
          },
        },
      ],
    },
  },
  {
    name: "reads text that looks like a formula as text",
    seed: { sheets: [{ name: "S", cells: { A1: "=SUM(A1)", A2: "#REF!" } }] },
    expect: {
      sheets: [
        {
          name: "S",
          cells: {
            A1: { value: "=SUM(A1)", formula: null },
            A2: { value: "#REF!", formula: null },
          },
        },
      ],
    },
  },
  {
    name: "reads merged areas, hidden rows and columns, tables and notes",
    seed: {
      sheets: [
        {
          ...plan,
          merges: ["A1:E1", "A2:A3"],
          hiddenRows: [2],
          hiddenColumns: [4],
          tables: [{ name: "KeHoach", range: "A3:E4", showHeaders: true }],
          notes: { C4: "Nghị quyết HĐND", E4: "Tính tự động" },
        },
      ],
    },
    expect: {
      sheets: [
        {
          name: "KH",
          merges: ["A1:E1", "A2:A3"],
          hiddenRows: [2],
          hiddenColumns: [4],
          tables: [{ name: "KeHoach", range: "A3:E4", showHeaders: true }],
          notes: { C4: "Nghị quyết HĐND", E4: "Tính tự động" },
        },
      ],
    },
  },
  {
    name: "anchors values at the used range's first cell",
    seed: { sheets: [{ name: "S", cells: { C3: "x", D5: 2 } }] },
    expect: {
      sheets: [
        {
          name: "S",
          origin: { row: 3, column: 3 },
          cells: { C3: { value: "x" }, D5: { value: 2 } },
        },
      ],
    },
  },
  {
    name: "reads a blank sheet as no cells",
    seed: { sheets: [{ name: "Trống" }, { name: "S", cells: { A1: 1 } }] },
    expect: {
      sheets: [
        { name: "Trống", empty: true, origin: { row: 1, column: 1 }, merges: [], notes: {} },
      ],
    },
  },
  {
    name: "reads every sheet in tab order with its visibility, and the active sheet",
    seed: {
      sheets: [
        { name: "Phường 1", cells: { A1: 1 } },
        { name: "Ẩn", visibility: "hidden", cells: { A1: 2 } },
        { name: "Rất ẩn", visibility: "veryHidden", cells: { A1: 3 } },
        { name: "Tổng hợp", cells: { A1: 4 } },
      ],
      activeSheet: "Tổng hợp",
    },
    expect: {
      sheetNames: ["Phường 1", "Ẩn", "Rất ẩn", "Tổng hợp"],
      activeSheet: "Tổng hợp",
      sheets: [
        { name: "Phường 1", visibility: "visible" },
        { name: "Ẩn", visibility: "hidden" },
        { name: "Rất ẩn", visibility: "veryHidden" },
      ],
    },
  },
  {
    name: "reads only the sheets asked for, in the order asked, skipping unknown names",
    seed: {
      sheets: [
        { name: "A", cells: { A1: 1 } },
        { name: "B", cells: { A1: 2 } },
      ],
    },
    read: { sheets: ["B", "Không có", "A"] },
    expect: { sheetNames: ["B", "A"], sheets: [{ name: "B", cells: { A1: { value: 2 } } }] },
  },
  {
    name: "reads only the active sheet when asked for it",
    seed: {
      sheets: [
        { name: "A", cells: { A1: 1 } },
        { name: "B", cells: { B2: 2 } },
        { name: "C", cells: { A1: 3 } },
      ],
      activeSheet: "B",
    },
    read: { activeSheet: true },
    expect: {
      sheetNames: ["B"],
      activeSheet: "B",
      sheets: [{ name: "B", origin: { row: 2, column: 2 }, cells: { B2: { value: 2 } } }],
    },
  },
  {
    name: "reads a named sheet with its own tables and notes, whatever the name's case",
    seed: {
      sheets: [
        { name: "Khác", cells: { A1: "x", B1: "y", A2: 1 }, notes: { A2: "khác" } },
        {
          ...plan,
          merges: ["A1:E1"],
          hiddenColumns: [4],
          tables: [{ name: "KeHoach", range: "A3:E4", showHeaders: true }],
          notes: { C4: "Nghị quyết HĐND" },
        },
      ],
    },
    read: { sheets: ["kh"] },
    expect: {
      sheetNames: ["KH"],
      activeSheet: "Khác",
      sheets: [
        {
          name: "KH",
          merges: ["A1:E1"],
          hiddenColumns: [4],
          tables: [{ name: "KeHoach", range: "A3:E4", showHeaders: true }],
          notes: { C4: "Nghị quyết HĐND" },
          cells: { E4: { value: 104.16666666666667, formula: "=D4/C4*100" } },
        },
      ],
    },
  },
  {
    name: "writes values of every type at an anchor; null empties a cell",
    seed: { sheets: [{ name: "S", cells: { E2: "cũ", A1: "giữ" } }] },
    changes: [
      {
        kind: "values",
        sheet: "S",
        anchor: "B2",
        rows: [
          ["Đạt", 12.5, true, null],
          [0, false, "", -3],
        ],
      },
    ],
    expect: {
      sheets: [
        {
          name: "S",
          cells: {
            A1: { value: "giữ" },
            B2: { value: "Đạt", formula: null },
            C2: { value: 12.5 },
            D2: { value: true },
            E2: { value: null },
            B3: { value: 0 },
            C3: { value: false },
            D3: { value: null },
            E3: { value: -3 },
          },
        },
      ],
    },
  },
  {
    name: "writes text as text, never as a formula, number, date, boolean or error",
    seed: { sheets: [{ name: "S" }] },
    changes: [{ kind: "values", sheet: "S", anchor: "A1", rows: TRICKY_TEXT.map((t) => [t]) }],
    expect: {
      sheets: [
        {
          name: "S",
          cells: Object.fromEntries(
            TRICKY_TEXT.map((t, i) => [
              `A${i + 1}`,
              { value: t, formula: null, numberFormat: "General" },
            ]),
          ),
        },
      ],
    },
  },
  {
    name: "short rows leave the cells they don't reach alone",
    seed: { sheets: [{ name: "S", cells: { B2: "giữ", C2: "giữ" } }] },
    changes: [{ kind: "values", sheet: "S", anchor: "A1", rows: [["a", "b", "c"], ["d"]] }],
    expect: {
      sheets: [
        {
          name: "S",
          cells: {
            A1: { value: "a" },
            C1: { value: "c" },
            A2: { value: "d" },
            B2: { value: "giữ" },
            C2: { value: "giữ" },
          },
        },
      ],
    },
  },
  {
    name: "style sets number formats; clear empties values and formats",
    seed: {
      sheets: [{ name: "S", cells: { B2: 5, C2: { value: 0.5, numberFormat: "0%" }, D2: 7 } }],
    },
    changes: [
      { kind: "style", sheet: "S", range: "B2:B3", style: { numberFormat: "0.0%", bold: true } },
      { kind: "clear", sheet: "S", range: "C2:C3" },
    ],
    expect: {
      sheets: [
        {
          name: "S",
          cells: {
            B2: { value: 5, numberFormat: "0.0%" },
            C2: { value: null, numberFormat: "General" },
            D2: { value: 7, numberFormat: "General" },
          },
        },
      ],
    },
  },
  {
    name: "note adds, replaces and removes notes",
    seed: { sheets: [{ name: "S", cells: { A1: 1 }, notes: { B2: "cũ", C2: "xoá" } }] },
    changes: [
      { kind: "note", sheet: "S", cell: "B2", text: "mới" },
      { kind: "note", sheet: "S", cell: "C2", text: null },
      { kind: "note", sheet: "S", cell: "D2", text: "thêm" },
      { kind: "note", sheet: "S", cell: "E2", text: null },
    ],
    expect: { sheets: [{ name: "S", notes: { B2: "mới", D2: "thêm" } }] },
  },
  {
    name: "merge merges a range and keeps its first cell",
    seed: { sheets: [{ name: "S", cells: { A1: "Tiêu đề", B1: "x" } }] },
    changes: [{ kind: "merge", sheet: "S", range: "A1:D1" }],
    expect: { sheets: [{ name: "S", merges: ["A1:D1"], cells: { A1: { value: "Tiêu đề" } } }] },
  },
  {
    name: "addSheet puts a sheet after another or last; deleteOwnSheet removes one",
    seed: { sheets: [{ name: "A" }, { name: "B" }, { name: "Cũ" }] },
    changes: [
      { kind: "deleteOwnSheet", sheet: "Cũ" },
      { kind: "addSheet", sheet: "Mới", after: "A" },
      { kind: "addSheet", sheet: "Cuối" },
      { kind: "values", sheet: "Mới", anchor: "A1", rows: [["ở giữa"]] },
    ],
    expect: {
      sheetNames: ["A", "Mới", "B", "Cuối"],
      sheets: [{ name: "Mới", cells: { A1: { value: "ở giữa" } } }],
    },
  },
  {
    name: "deleteOwnSheet then addSheet of the same name writes a fresh sheet",
    seed: {
      sheets: [
        { name: "KH", cells: { A1: 1 } },
        { name: "Tổng hợp", cells: { A1: "cũ", B5: "cũ" }, merges: ["A1:C1"], notes: { A1: "cũ" } },
      ],
    },
    changes: [
      { kind: "deleteOwnSheet", sheet: "Tổng hợp" },
      { kind: "addSheet", sheet: "Tổng hợp", after: "KH" },
      { kind: "values", sheet: "Tổng hợp", anchor: "A1", rows: [["mới"]] },
      { kind: "note", sheet: "Tổng hợp", cell: "A1", text: "mới" },
    ],
    expect: {
      sheetNames: ["KH", "Tổng hợp"],
      sheets: [
        {
          name: "Tổng hợp",
          origin: { row: 1, column: 1 },
          cells: { A1: { value: "mới" }, B5: { value: null } },
          merges: [],
          notes: { A1: "mới" },
        },
      ],
    },
  },
  {
    name: "deleteOwnSheet of a sheet that is already gone does nothing",
    seed: { sheets: [{ name: "A", cells: { A1: 1 } }] },
    changes: [{ kind: "deleteOwnSheet", sheet: "Không có" }],
    expect: { sheetNames: ["A"] },
  },
  {
    name: "hideSheet hides or very-hides; activate makes a sheet active",
    seed: {
      sheets: [{ name: "A" }, { name: "B" }, { name: "C" }, { name: "D" }],
      activeSheet: "A",
    },
    changes: [
      { kind: "hideSheet", sheet: "B", veryHidden: false },
      { kind: "hideSheet", sheet: "C", veryHidden: true },
      { kind: "activate", sheet: "D", cell: "B2" },
    ],
    expect: {
      activeSheet: "D",
      sheets: [
        { name: "B", visibility: "hidden" },
        { name: "C", visibility: "veryHidden" },
        { name: "D", visibility: "visible" },
      ],
    },
  },
  {
    name: "layout changes apply and leave values alone",
    seed: { sheets: [plan] },
    changes: [
      { kind: "columnWidths", sheet: "KH", widths: { A: 6, B: 40, E: 10 } },
      { kind: "freeze", sheet: "KH", rows: 3, columns: 2 },
      { kind: "rowHeights", sheet: "KH", heights: { 3: 30, 60: 45 } },
      {
        kind: "listValidation",
        sheet: "KH",
        range: "C4:C40",
        list: ["≥", "≤", "khoảng", "hoàn thành"],
      },
      {
        kind: "print",
        sheet: "KH",
        setup: { orientation: "landscape", paper: "A4", titleRows: "3:3", fitToWidth: true },
      },
      {
        kind: "style",
        sheet: "KH",
        range: "A3:E3",
        style: {
          fill: "#C6EFCE",
          fontColor: "#006100",
          bold: true,
          horizontal: "center",
          vertical: "middle",
          wrap: true,
          border: true,
        },
      },
      {
        kind: "style",
        sheet: "KH",
        range: "A4:E4",
        style: { fill: null, italic: true, fontSize: 12 },
      },
    ],
    expect: {
      sheets: [
        {
          name: "KH",
          cells: {
            B3: { value: "Chỉ tiêu" },
            C4: { value: 0.12, numberFormat: "0.0%" },
            E4: { formula: "=D4/C4*100" },
          },
        },
      ],
    },
  },
  {
    name: "print with a print area of two ranges, fitting and margins leaves values alone",
    seed: { sheets: [plan] },
    changes: [
      {
        kind: "print",
        sheet: "KH",
        setup: {
          orientation: "portrait",
          paper: "A4",
          titleRows: "3",
          fitToWidth: true,
          fitToHeight: true,
          area: "A1:E4,G3:H5",
          margins: "narrow",
        },
      },
    ],
    expect: {
      sheets: [
        {
          name: "KH",
          cells: {
            B3: { value: "Chỉ tiêu" },
            C4: { value: 0.12, numberFormat: "0.0%" },
            E4: { formula: "=D4/C4*100" },
          },
        },
      ],
    },
  },
  {
    name: "formulas go into owned cells; rules, entry checks, properties and protection apply and leave values alone",
    seed: { sheets: [plan] },
    changes: [
      { kind: "values", sheet: "KH", anchor: "F3", rows: [["Đánh giá"]] },
      {
        kind: "formulas",
        sheet: "KH",
        anchor: "F4",
        rows: [['=IF(E4>=100,"Đạt","Chưa đạt")'], [null]],
      },
      {
        kind: "conditionalFormat",
        sheet: "KH",
        range: "E4:E40",
        rules: [
          { formula: "=E4>=100", look: "good" },
          { formula: "=E4>=92", look: "neutral" },
          { formula: "E4<92", look: "bad" },
        ],
      },
      {
        kind: "entryValidation",
        sheet: "KH",
        range: "C4:D40",
        rule: { type: "decimal", min: 0 },
        prompt: { title: "Số liệu", message: "Nhập số không âm" },
        error: { title: "Sai số liệu", message: "Phải là số từ 0 trở lên" },
      },
      { kind: "documentProperties", custom: { "Chỉ tiêu: mẫu": "kế hoạch" } },
      { kind: "protectSheet", sheet: "KH", unlocked: ["C4:D40"] },
    ],
    expect: {
      sheets: [
        {
          name: "KH",
          cells: {
            B3: { value: "Chỉ tiêu" },
            C4: { value: 0.12, numberFormat: "0.0%" },
            E4: { formula: "=D4/C4*100" },
            F3: { value: "Đánh giá" },
            F4: { formula: '=IF(E4>=100,"Đạt","Chưa đạt")' },
            F5: { value: null, formula: null },
          },
        },
      ],
    },
  },
  {
    name: "chart adds a chart over a table and leaves its cells alone",
    seed: { sheets: [plan] },
    changes: [
      { kind: "addSheet", sheet: "Biểu đồ % KH" },
      {
        kind: "values",
        sheet: "Biểu đồ % KH",
        anchor: "A4",
        rows: [
          ["Lĩnh vực", "% KH bình quân"],
          ["Kinh tế", 104.2],
          ["Xã hội", 98],
        ],
      },
      {
        kind: "chart",
        sheet: "Biểu đồ % KH",
        chartType: "columnClustered",
        title: "Biểu đồ % KH theo lĩnh vực",
        data: "A4:B6",
        position: { from: "D4", to: "K18" },
      },
      {
        kind: "chart",
        sheet: "KH",
        chartType: "barClustered",
        title: "",
        data: "B3:E4",
        position: { from: "G3", to: "G3" },
      },
    ],
    expect: {
      sheetNames: ["KH", "Biểu đồ % KH"],
      sheets: [
        {
          name: "Biểu đồ % KH",
          origin: { row: 4, column: 1 },
          cells: { A5: { value: "Kinh tế" }, B6: { value: 98 }, D4: { value: null } },
        },
        { name: "KH", cells: { E4: { value: 104.16666666666667, formula: "=D4/C4*100" } } },
      ],
    },
  },
];
