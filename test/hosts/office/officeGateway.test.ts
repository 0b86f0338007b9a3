import { OfficeGateway } from "../../../src/hosts/office/officeGateway";
import { READ_CELLS } from "../../../src/hosts/office/readShape";
import type { Change } from "../../../src/workbook/changeSet";
import { checkWorkbook } from "../../../src/workbook/check/checkWorkbook";
import {
  PLAN_COLUMNS,
  PLAN_HEADERS,
  planColumn,
} from "../../../src/workbook/templates/planColumns";
import { CONTRACT_CASES, runContractCase, snapshotCell, type SeedWorkbook } from "../contractCases";
import type { WorkbookEdit } from "../../../src/hosts/gateway";
import { inspect, StrictExcel, type SheetModel, type StrictExcelOptions } from "./strictExcel";

function setup(seed: SeedWorkbook, options: StrictExcelOptions = {}) {
  const excel = new StrictExcel(seed, options);
  const skipped: string[] = [];
  const gateway = new OfficeGateway(excel.run, {
    isSetSupported: excel.isSetSupported,
    library: excel.excelLibrary,
    runWith: excel.runWith,
    onSkipped: (s) => skipped.push(`${s.change.kind}: ${s.requirement}`),
  });
  return { excel, gateway, skipped };
}

const MB = 1024 * 1024;

describe("OfficeGateway: the shared contract cases, on the strict double", () => {
  test.each(CONTRACT_CASES.map((c) => [c.name, c] as const))("%s", async (_name, c) => {
    const { gateway } = setup(c.seed);
    expect(await runContractCase(gateway, c)).toEqual([]);
  });
});

describe("OfficeGateway reads", () => {
  const fiveSheets: SeedWorkbook = {
    sheets: ["P1", "P2", "P3", "P4", "P5"].map((name, i) => ({
      name,
      cells: { A1: name, B2: i, C3: { value: 1, formula: "=1" } },
      merges: ["A1:B1"],
      hiddenRows: [2],
      tables: [{ name: `T${i}`, range: "A1:C3", showHeaders: true }],
      notes: { B2: `ghi chú ${i}` },
    })),
  };

  /** The same five sheets without tables or notes. */
  const fivePlain: SeedWorkbook = {
    sheets: fiveSheets.sheets.map(({ tables: _t, notes: _n, ...sheet }) => sheet),
    activeSheet: "P4",
  };

  test("a read of all sheets is two requests, whatever the number of sheets", async () => {
    const { excel, gateway } = setup(fiveSheets);
    const all = await gateway.read();
    expect(all.sheets).toHaveLength(5);
    expect(excel.syncCount).toBe(2);
  });

  test("a read of named sheets, or of the active one, is one request", async () => {
    const { excel, gateway } = setup(fivePlain);
    const named = await gateway.read({ sheets: ["P5", "p2", "P1", "P3", "P4"] });
    expect(excel.syncCount).toBe(1);
    expect(named.sheets.map((s) => s.name)).toEqual(["P5", "P2", "P1", "P3", "P4"]);
    expect(named.activeSheet).toBe("P4");
    const [p5] = named.sheets;
    expect(snapshotCell(p5, "A1").value).toBe("P5");
    expect(snapshotCell(p5, "C3")).toEqual({ value: 1, formula: "=1", numberFormat: "General" });
    expect(p5.merges).toEqual(["A1:B1"]);
    expect(p5.hiddenRows).toEqual([2]);
    expect(p5.tables).toEqual([]);
    expect(p5.notes).toEqual({});

    excel.resetRequests();
    const active = await gateway.read({ activeSheet: true });
    expect(excel.syncCount).toBe(1);
    expect(active.sheets.map((s) => s.name)).toEqual(["P4"]);
    expect(active.activeSheet).toBe("P4");
    expect(snapshotCell(active.sheets[0], "B2").value).toBe(3);

    excel.resetRequests();
    expect((await gateway.read({ sheets: [] })).sheets).toEqual([]);
    expect(excel.syncCount).toBe(1);
  });

  test("named sheets with tables or notes take a second, small request for their cells", async () => {
    const { excel, gateway } = setup(fiveSheets);
    const three = await gateway.read({ sheets: ["P3", "P1", "P3"] });
    expect(excel.syncCount).toBe(2);
    expect(three.sheets.map((s) => s.name)).toEqual(["P3", "P1", "P3"]);
    expect(three.sheets.map((s) => s.tables)).toEqual([
      [{ name: "T2", range: "A1:C3", showHeaders: true }],
      [{ name: "T0", range: "A1:C3", showHeaders: true }],
      [{ name: "T2", range: "A1:C3", showHeaders: true }],
    ]);
    expect(three.sheets.map((s) => s.notes)).toEqual([
      { B2: "ghi chú 2" },
      { B2: "ghi chú 0" },
      { B2: "ghi chú 2" },
    ]);
    expect(excel.requests[1].responseBytes).toBeLessThan(200);
  });

  test("a named sheet that is not there is skipped", async () => {
    const { excel, gateway } = setup(fivePlain);
    const read = await gateway.read({ sheets: ["P2", "Không có"] });
    expect(read.sheets.map((s) => s.name)).toEqual(["P2"]);
    // The double fails any operation on a null object, as a host may: the one request is
    // refused, and the two-request read (which lists the sheets first) skips the name.
    expect(excel.syncCount).toBe(3);
  });

  test("on the manifest's oldest host (ExcelApi 1.13) a named read is one request too; comments take a second", async () => {
    const seed: SeedWorkbook = {
      sheets: [
        { name: "S", cells: { A1: 1, B4: 2 }, hiddenRows: [2, 3], hiddenColumns: [1] },
        { name: "T", cells: { A1: 3 } },
      ],
    };
    const { excel, gateway } = setup(seed, { apiVersion: 13 });
    const [plain] = (await gateway.read({ sheets: ["S"] })).sheets;
    expect(excel.syncCount).toBe(1);
    expect(plain.hiddenRows).toEqual([2, 3]);
    expect(plain.hiddenColumns).toEqual([1]);
    expect(plain.merges).toEqual([]);

    excel.sheet("S").comments.set("B4", { id: "c1", content: "bình luận" });
    excel.sheet("T").comments.set("A1", { id: "c2", content: "khác" });
    excel.resetRequests();
    const [sheet] = (await gateway.read({ activeSheet: true })).sheets;
    expect(sheet.notes).toEqual({ B4: "bình luận" });
    expect(excel.syncCount).toBe(2);
  });

  test("a named read of 120,000 cells of long text: its block, then bands, none near 5 MB", async () => {
    const { excel, gateway } = setup({ sheets: [{ name: "Lớn" }] });
    const sheet = excel.sheet("Lớn");
    const text = (r: number, c: number) => `Dòng ${r}, cột ${c}: vốn đầu tư công giải ngân đạt 97%`;
    for (let r = 1; r <= 12000; r++) {
      for (let c = 1; c <= 10; c++) sheet.cells.set(`${r},${c}`, { value: text(r, c) });
    }
    const [big] = (await gateway.read({ activeSheet: true })).sheets;
    expect(snapshotCell(big, "J12000").value).toBe(text(12000, 10));
    expect(snapshotCell(big, "A1563").value).toBe(text(1563, 1));
    // The block (1,562 rows of the sheet's 10 columns), then the 104,380 cells below it in
    // requests planned at 4 MB each, a Vietnamese letter counted as its 6-byte JSON escape
    // (about 270 bytes a cell, so some 15,000 cells a request): the old one-request read asked
    // for all 120,000 cells and was refused at 13 MB.
    expect(excel.syncCount).toBe(1 + 7);
    excel.requests.forEach((r) => expect(r.responseBytes).toBeLessThan(4 * MB));
    excel.requests.forEach((r) => expect(r.cellsAsked).toBeLessThanOrEqual(READ_CELLS));
  });

  test("listSheets is one request; select is one request and selects the cell", async () => {
    const { excel, gateway } = setup(fiveSheets);
    expect(await gateway.listSheets()).toHaveLength(5);
    expect(excel.syncCount).toBe(1);
    await gateway.select("P4", "C3");
    expect(excel.syncCount).toBe(2);
    expect(excel.model.activeSheet).toBe("P4");
    expect(excel.model.selection).toEqual({ sheet: "P4", address: "C3" });
  });

  test("over 512 merged areas: the read is made again in bands of rows", async () => {
    const merges = Array.from({ length: 600 }, (_, i) => `A${100 + 2 * i}:B${100 + 2 * i}`);
    const { excel, gateway } = setup({
      sheets: [{ name: "S", cells: { A1: "Tiêu đề", A1300: 1 }, merges: ["A1:E1", ...merges] }],
    });
    const [sheet] = (await gateway.read()).sheets;
    expect(sheet.merges).toHaveLength(601);
    expect(sheet.merges).toContain("A1298:B1298");
    expect(snapshotCell(sheet, "A1300").value).toBe(1);
    // 2 refused, then list, sizes, one band refused (600 merges) and its two halves.
    expect(excel.syncCount).toBe(7);
  });

  test("a sheet of long texts read with others: its block, then bands, each under the limit", async () => {
    const { excel, gateway } = setup({
      sheets: [{ name: "Lớn" }, { name: "Nhỏ", cells: { B2: 1 } }],
    });
    const sheet = excel.sheet("Lớn");
    const text = (r: number, c: number) => `Dòng ${r}, cột ${c}: vốn đầu tư công giải ngân đạt 97%`;
    for (let r = 1; r <= 12000; r++) {
      for (let c = 1; c <= 10; c++) sheet.cells.set(`${r},${c}`, { value: text(r, c) });
    }
    sheet.hiddenRows.add(7);
    const snapshot = await gateway.read();
    const [big, small] = snapshot.sheets;
    expect(big.values).toHaveLength(12000);
    expect(snapshotCell(big, "J12000").value).toBe(text(12000, 10));
    expect(snapshotCell(big, "A5001").value).toBe(text(5001, 1));
    expect(big.hiddenRows).toEqual([7]);
    expect(snapshotCell(small, "B2").value).toBe(1);
    excel.requests.forEach((r) => expect(r.responseBytes).toBeLessThan(4 * MB));
    excel.requests.forEach((r) => expect(r.cellsAsked).toBeLessThanOrEqual(READ_CELLS));
    console.info(
      `120,000-cell read: ${excel.syncCount} requests; responses ${excel.requests
        .map((r) => (r.responseBytes / MB).toFixed(2))
        .join(", ")} MB`,
    );
  });
});

describe("OfficeGateway writes", () => {
  const seed: SeedWorkbook = {
    sheets: [
      { name: "KH", cells: { A1: "Tiêu đề", B2: 5, C2: 6 }, notes: { D2: "cũ" } },
      { name: "Kết quả cũ", cells: { A1: "x" } },
      { name: "Phụ" },
    ],
  };

  const everyKind: Change[] = [
    { kind: "deleteOwnSheet", sheet: "Kết quả cũ" },
    { kind: "addSheet", sheet: "Kết quả", after: "KH" },
    { kind: "values", sheet: "Kết quả", anchor: "A1", rows: [["=SUM(A1)", 1.5, true, null]] },
    {
      kind: "style",
      sheet: "Kết quả",
      range: "A1:D2",
      style: {
        fill: "#FFC7CE",
        fontColor: "#9C0006",
        bold: true,
        italic: false,
        fontSize: 11,
        numberFormat: "#,##0.0",
        horizontal: "center",
        vertical: "middle",
        wrap: true,
        border: true,
      },
    },
    { kind: "style", sheet: "Kết quả", range: "A2:D2", style: { fill: null } },
    { kind: "clear", sheet: "KH", range: "C2" },
    { kind: "note", sheet: "KH", cell: "D2", text: "mới" },
    { kind: "note", sheet: "Kết quả", cell: "B1", text: "ghi chú" },
    { kind: "merge", sheet: "Kết quả", range: "A3:D3" },
    { kind: "columnWidths", sheet: "Kết quả", widths: { A: 10, B: 40 } },
    { kind: "freeze", sheet: "Kết quả", rows: 2, columns: 1 },
    { kind: "rowHeights", sheet: "Kết quả", heights: { 3: 30 } },
    { kind: "listValidation", sheet: "Kết quả", range: "C1:C9", list: ["tăng", "giảm"] },
    {
      kind: "print",
      sheet: "Kết quả",
      setup: { orientation: "landscape", paper: "A4", titleRows: "1:2", fitToWidth: true },
    },
    { kind: "hideSheet", sheet: "Phụ", veryHidden: true },
    { kind: "activate", sheet: "Kết quả", cell: "B2" },
  ];

  test("every change kind lands in the workbook", async () => {
    const { excel, gateway, skipped } = setup(seed);
    await gateway.apply({ changes: everyKind });
    expect(skipped).toEqual([]);
    expect(excel.model.sheets.map((s) => s.name)).toEqual(["KH", "Kết quả", "Phụ"]);
    const out = excel.sheet("Kết quả");
    expect(inspect(excel.model, "Kết quả", "A1")).toMatchObject({
      value: "=SUM(A1)",
      fill: "#FFC7CE",
      fontColor: "#9C0006",
      bold: true,
      italic: false,
      fontSize: 11,
      numberFormat: "#,##0.0",
      horizontal: "Center",
      vertical: "Center",
      wrap: true,
    });
    expect(inspect(excel.model, "Kết quả", "A1")?.formula).toBeUndefined();
    expect(inspect(excel.model, "Kết quả", "B1")?.borders?.InsideVertical).toEqual({
      style: "Continuous",
      weight: "Thin",
    });
    expect(inspect(excel.model, "Kết quả", "A2")?.fill).toBeUndefined();
    expect(inspect(excel.model, "KH", "C2")).toBeUndefined();
    expect(inspect(excel.model, "KH", "B2")?.value).toBe(5);
    expect(excel.sheet("KH").notes.get("D2")).toBe("mới");
    expect(out.notes.get("B1")).toBe("ghi chú");
    expect(out.merges).toEqual([{ start: { row: 3, column: 1 }, end: { row: 3, column: 4 } }]);
    expect(Object.fromEntries(out.columnWidths)).toEqual({ 1: 52.5, 2: 210 });
    expect(out.freeze).toEqual({ rows: 2, columns: 1 });
    expect(Object.fromEntries(out.rowHeights)).toEqual({ 3: 30 });
    expect(out.validations.map((v) => v.rule)).toEqual([
      { list: { inCellDropDown: true, source: "tăng,giảm" } },
    ]);
    expect(out.pageLayout).toEqual({
      orientation: "Landscape",
      paperSize: "A4",
      printTitleRows: "1:2",
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
    });
    expect(excel.sheet("Phụ").visibility).toBe("VeryHidden");
    expect(excel.model.activeSheet).toBe("Kết quả");
    expect(excel.model.selection).toEqual({ sheet: "Kết quả", address: "B2" });
  });

  test("a print area, fitting one page tall and narrow margins reach the page layout", async () => {
    const { excel, gateway } = setup(seed);
    await gateway.apply({
      changes: [
        {
          kind: "print",
          sheet: "KH",
          setup: {
            orientation: "portrait",
            paper: "A4",
            fitToWidth: true,
            fitToHeight: true,
            area: "A1:D2, $F$1:$G$3",
            margins: "narrow",
          },
        },
      ],
    });
    expect(excel.sheet("KH").pageLayout).toEqual({
      orientation: "Portrait",
      paperSize: "A4",
      printArea: "A1:D2,F1:G3",
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 1 },
      margins: { left: 18, right: 18, top: 54, bottom: 54, header: 21.6, footer: 21.6 },
    });
  });

  test("a print area that is not ranges is refused before anything is written", async () => {
    const { gateway } = setup(seed);
    await expect(
      gateway.apply({
        changes: [
          {
            kind: "print",
            sheet: "KH",
            setup: { orientation: "portrait", paper: "A4", area: "A1:D2,nowhere" },
          },
        ],
      }),
    ).rejects.toThrow(/Print area/);
  });

  test("sheet and note changes cost one probe request before the one write", async () => {
    const { excel, gateway } = setup(seed);
    await gateway.apply({ changes: everyKind });
    expect(excel.syncCount).toBe(2);
  });

  test("values and formats alone go out in a single request", async () => {
    const { excel, gateway } = setup(seed);
    await gateway.apply({
      changes: [
        { kind: "values", sheet: "KH", anchor: "E2", rows: [["=SUM(A1)"], ["Đạt"]] },
        { kind: "style", sheet: "KH", range: "A2:E2", style: { fill: "#C6EFCE" } },
      ],
    });
    expect(excel.syncCount).toBe(1);
    expect(inspect(excel.model, "KH", "E2")).toMatchObject({ value: "=SUM(A1)", fill: "#C6EFCE" });
    expect(inspect(excel.model, "KH", "E2")?.formula).toBeUndefined();
  });

  test("a bad change set fails before its first write", async () => {
    const { excel, gateway } = setup(seed);
    const before = JSON.stringify(excel.model.sheets.map((s) => [s.name, [...s.cells]]));
    await expect(
      gateway.apply({
        changes: [
          { kind: "values", sheet: "KH", anchor: "A9", rows: [["x"]] },
          { kind: "addSheet", sheet: "kh" },
        ],
      }),
    ).rejects.toThrow(/already exists/);
    await expect(
      gateway.apply({
        changes: [
          { kind: "values", sheet: "KH", anchor: "A9", rows: [["x"]] },
          { kind: "listValidation", sheet: "KH", range: "A1:A5", list: ["a,b", "c"] },
        ],
      }),
    ).rejects.toThrow(/comma/);
    await expect(
      gateway.apply({ changes: [{ kind: "style", sheet: "KH", range: "hàng 5", style: {} }] }),
    ).rejects.toThrow(/not an A1/);
    expect(JSON.stringify(excel.model.sheets.map((s) => [s.name, [...s.cells]]))).toBe(before);
    expect(excel.syncCount).toBe(1); // only the probe of the first change set
  });

  test("a values change on a missing sheet fails with Office's ItemNotFound", async () => {
    const { gateway } = setup(seed);
    await expect(
      gateway.apply({
        changes: [{ kind: "values", sheet: "Không có", anchor: "A1", rows: [[1]] }],
      }),
    ).rejects.toMatchObject({ code: "ItemNotFound" });
  });

  test("on hosts with notes, a finding on a cell holding a user's comment leaves it be, and the rest is written", async () => {
    const { excel, gateway, skipped } = setup(seed);
    const theirs = { id: "c11", content: "Số này chưa chốt", authorName: "Trần Minh" };
    excel.sheet("KH").comments.set("G2", theirs);
    await gateway.read({ sheets: ["KH"] });
    await gateway.apply({
      changes: [
        { kind: "values", sheet: "KH", anchor: "H2", rows: [["Không đạt"]] },
        { kind: "note", sheet: "KH", cell: "G2", text: "Số này chưa chốt\n— Chỉ tiêu: lỗi" },
        { kind: "note", sheet: "KH", cell: "H2", text: "Chỉ tiêu: chậm" },
      ],
    });
    expect(excel.sheet("KH").comments.get("G2")).toEqual(theirs);
    expect(excel.sheet("KH").notes.has("G2")).toBe(false);
    expect(excel.sheet("KH").notes.get("H2")).toBe("Chỉ tiêu: chậm");
    expect(inspect(excel.model, "KH", "H2")?.value).toBe("Không đạt");
    expect(skipped).toEqual(["note: a cell without a threaded comment"]);
  });
});

describe("OfficeGateway at scale", () => {
  const ROWS = 2000;
  const COLUMNS = 15;

  /** A plan sheet: title, header, 2,000 indicator rows of 15 columns (formulas in % KH). */
  function bigPlan(): StrictExcel {
    const excel = new StrictExcel({ sheets: [{ name: "KH" }] });
    const sheet = excel.sheet("KH");
    sheet.cells.set("1,1", { value: "KẾ HOẠCH NĂM 2025" });
    const headers = PLAN_COLUMNS.map((c) => PLAN_HEADERS.vi[c]);
    headers.forEach((h, c) => sheet.cells.set(`3,${c + 1}`, { value: h }));
    for (let i = 0; i < ROWS; i++) {
      const row = 4 + i;
      const cells = [
        i + 1,
        `CT${i + 1}`,
        "Kinh tế",
        `Chỉ tiêu số ${i + 1}`,
        "%",
        "≥",
        "tổng",
        "có",
        10 + (i % 7),
        12,
        "",
        6 + (i % 9),
        12 + (i % 5),
      ];
      cells.forEach((v, c) => {
        if (v !== "") sheet.cells.set(`${row},${c + 1}`, { value: v });
      });
      sheet.cells.set(`${row},14`, {
        formula: `=L${row}/J${row}*100`,
        value: ((6 + (i % 9)) / 12) * 100,
        numberFormat: "0.0",
      });
    }
    sheet.hiddenRows.add(10);
    sheet.merges.push({ start: { row: 1, column: 1 }, end: { row: 1, column: COLUMNS } });
    sheet.tables.push({
      name: "KeHoach",
      range: { start: { row: 3, column: 1 }, end: { row: 3 + ROWS, column: COLUMNS } },
      showHeaders: true,
    });
    return excel;
  }

  test("reading and writing a 2,000-row plan: 3 requests to read (2 once its size is known), 1 to write", async () => {
    const excel = bigPlan();
    const gateway = new OfficeGateway(excel.run, {
      isSetSupported: excel.isSetSupported,
      library: excel.excelLibrary,
    });

    const snapshot = await gateway.read();
    // List; the block of 1,562 rows (no request asks for more than 100,000 cells); one band.
    expect(excel.syncCount).toBe(3);
    const [sheet] = snapshot.sheets;
    expect(sheet.values).toHaveLength(3 + ROWS);
    expect(sheet.values[0]).toHaveLength(COLUMNS);
    expect(snapshotCell(sheet, "N2003")).toEqual({
      value: ((6 + (1999 % 9)) / 12) * 100,
      formula: "=L2003/J2003*100",
      numberFormat: "0.0",
    });
    expect(sheet.hiddenRows).toEqual([10]);
    expect(sheet.tables).toEqual([{ name: "KeHoach", range: "A3:O2003", showHeaders: true }]);
    const read = excel.requests.map((r) => ({ ...r }));
    excel.resetRequests();
    expect((await gateway.read()).sheets[0]).toEqual(sheet);
    expect(excel.syncCount).toBe(2);

    excel.resetRequests();
    const statuses = ["Vượt", "Đạt", "Chậm tiến độ", "Không đạt"];
    const fills = ["#C6EFCE", "#C6EFCE", "#FFEB9C", "#FFC7CE"];
    const changes: Change[] = [
      {
        kind: "values",
        sheet: "KH",
        anchor: "O4",
        rows: Array.from({ length: ROWS }, (_, i) => [statuses[i % 4]]),
      },
      ...Array.from({ length: ROWS }, (_, i): Change => ({
        kind: "style",
        sheet: "KH",
        range: `A${4 + i}:O${4 + i}`,
        style: { fill: fills[i % 4] },
      })),
    ];
    await gateway.apply({ changes });
    expect(excel.syncCount).toBe(1);
    expect(excel.requests[0].requestBytes).toBeLessThan(4 * MB);
    expect(inspect(excel.model, "KH", "O2003")).toMatchObject({
      value: "Không đạt",
      fill: "#FFC7CE",
    });
    expect(inspect(excel.model, "KH", "A4")?.fill).toBe("#C6EFCE");

    console.info(
      `2,000-row plan: read ${read.length} requests (${read.map((r) => `${r.requestBytes} B out / ${r.responseBytes} B back`).join(", ")}); ` +
        `write ${excel.syncCount} request of ${excel.requests[0].requestBytes} B (${excel.requests[0].operations} operations)`,
    );
  });

  /**
   * A plan sheet as the template lays it out (planSheet.ts): title rows, the 15 template headers
   * on row 6, a group row, then `rows` indicators with target 12 and an actual of 6 to 14.
   */
  function templatePlan(sheet: SheetModel, rows: number): { firstRow: number } {
    const put = (row: number, column: number, value: string | number) =>
      sheet.cells.set(`${row},${column}`, { value });
    put(1, 1, "ỦY BAN NHÂN DÂN QUẬN 7");
    put(2, 1, "KẾ HOẠCH PHÁT TRIỂN KINH TẾ - XÃ HỘI NĂM 2025");
    put(3, 1, "Đơn vị: Quận 7");
    put(4, 1, "Kỳ báo cáo: Cả năm");
    sheet.merges.push(
      { start: { row: 1, column: 1 }, end: { row: 1, column: 6 } },
      { start: { row: 2, column: 1 }, end: { row: 2, column: COLUMNS } },
    );
    PLAN_COLUMNS.forEach((c) => put(6, planColumn(c), PLAN_HEADERS.vi[c]));
    put(7, 1, "I");
    put(7, planColumn("name"), "KINH TẾ");
    const firstRow = 8;
    for (let i = 0; i < rows; i++) {
      const row = firstRow + i;
      put(row, planColumn("stt"), i + 1);
      put(row, planColumn("code"), `CT${i + 1}`);
      put(row, planColumn("name"), `Chỉ tiêu số ${i + 1}`);
      put(row, planColumn("unit"), "%");
      put(row, planColumn("kind"), "≥");
      put(row, planColumn("aggregation"), "tổng");
      put(row, planColumn("cumulative"), "không");
      put(row, planColumn("baseline"), 10 + (i % 7));
      put(row, planColumn("target"), 12);
      put(row, planColumn("actual"), 6 + (i % 9));
    }
    return { firstRow };
  }

  const letter = (column: number) => String.fromCharCode(64 + column);
  const STATUS = letter(planColumn("status"));
  const PERCENT = letter(planColumn("percent"));

  test("checking a 2,000-row plan, as the add-in does: 2 requests to read the first time, 1 after; 1 to write", async () => {
    const excel = new StrictExcel({ sheets: [{ name: "Ghi chú" }, { name: "KH" }] });
    excel.model.activeSheet = "KH";
    const { firstRow } = templatePlan(excel.sheet("KH"), ROWS);
    const gateway = new OfficeGateway(excel.run, {
      isSetSupported: excel.isSetSupported,
      library: excel.excelLibrary,
    });

    const snapshot = await gateway.read({ activeSheet: true });
    expect(excel.syncCount).toBe(2);
    expect(snapshot.sheets.map((s) => s.name)).toEqual(["KH"]);
    const check = checkWorkbook(snapshot);
    expect(check.sheets[0].tables[0].check.results).toHaveLength(ROWS);
    expect(check.changes.changes.some((c) => c.kind === "note" || c.kind === "addSheet")).toBe(
      false,
    );
    await gateway.apply(check.changes);

    expect(excel.syncCount).toBeLessThanOrEqual(3);
    const last = firstRow + ROWS - 1;
    // Actuals run 6, 7, … 14 against a target of 12: 6 is 50% and not achieved, 12 achieved,
    // 14 exceeded.
    expect(inspect(excel.model, "KH", `${STATUS}${firstRow}`)?.value).toBe("Không đạt");
    expect(inspect(excel.model, "KH", `${PERCENT}${firstRow}`)?.value).toBe(50);
    expect(inspect(excel.model, "KH", `${STATUS}${firstRow + 6}`)?.value).toBe("Đạt");
    expect(inspect(excel.model, "KH", `${STATUS}${firstRow + 8}`)?.value).toBe("Vượt");
    const written = Array.from({ length: ROWS }, (_, i) =>
      inspect(excel.model, "KH", `${STATUS}${firstRow + i}`),
    );
    expect(written.every((cell) => typeof cell?.value === "string" && cell.fill)).toBe(true);
    // The last indicator: 6 + (1999 % 9) = 7 of 12.
    expect(inspect(excel.model, "KH", `${STATUS}${last}`)?.value).toBe("Không đạt");
    expect(excel.sheet("Ghi chú").cells.size).toBe(0);

    console.info(
      `check of a 2,000-row plan: ${excel.syncCount} requests (${excel.requests
        .map((r) => `${r.requestBytes} B out / ${r.responseBytes} B back`)
        .join("; ")})`,
    );
    // The re-check: its size known, the sheet fits one block; nothing new, nothing written.
    excel.resetRequests();
    await gateway.apply(checkWorkbook(await gateway.read({ activeSheet: true })).changes);
    expect(excel.syncCount).toBe(1);
  });

  test("checking 3 named 2,000-row plan sheets: no read request asks for over 100,000 cells", async () => {
    const names = ["Phường 1", "Phường 2", "Phường 3"];
    const excel = new StrictExcel({
      sheets: [{ name: "Tổng hợp" }, ...names.map((name) => ({ name }))],
    });
    const rows = new Map(names.map((n) => [n, templatePlan(excel.sheet(n), ROWS).firstRow]));
    const gateway = new OfficeGateway(excel.run, {
      isSetSupported: excel.isSetSupported,
      library: excel.excelLibrary,
    });

    const snapshot = await gateway.read({ sheets: names });
    const reads = excel.requests.length;
    // A block of 520 rows each (a third of the budget), then the three sheets' rest (1,487 rows
    // each, 66,900 cells, some 2 MB) packed in one request: requests follow the bytes read, not
    // the number of sheets.
    expect(reads).toBe(1 + 1);
    excel.requests.forEach((r) => expect(r.cellsAsked).toBeLessThanOrEqual(READ_CELLS));
    expect(snapshot.sheets.map((s) => s.name)).toEqual(names);
    const check = checkWorkbook(snapshot);
    await gateway.apply(check.changes);
    // 6,000 rows of statuses and colours are about 4 MB to send: the write is split under the
    // request budget, which has nothing to do with the read.
    const writes = excel.requests.slice(reads);
    writes.forEach((r) => expect(r.requestBytes).toBeLessThanOrEqual(4 * MB));
    for (const name of names) {
      expect(inspect(excel.model, name, `${STATUS}${rows.get(name)}`)?.value).toBe("Không đạt");
    }
    console.info(
      `check of 3 named 2,000-row plan sheets: read ${reads} requests (${excel.requests
        .slice(0, reads)
        .map((r) => r.responseBytes)
        .join(", ")} B back); ` +
        `write ${writes.length} requests (${writes.map((r) => r.requestBytes).join(", ")} B)`,
    );
  });

  test("a huge write (200,000 cells of long text) goes out in several requests under 4 MB", async () => {
    const excel = new StrictExcel({ sheets: [{ name: "Lớn" }] });
    const gateway = new OfficeGateway(excel.run, {
      isSetSupported: excel.isSetSupported,
      library: excel.excelLibrary,
    });
    const text = (r: number, c: number) =>
      `Dòng ${r} cột ${c}: giải ngân vốn đầu tư công đạt ít nhất 97% kế hoạch được giao trong năm`;
    const rows = Array.from({ length: 20000 }, (_, r) =>
      Array.from({ length: 10 }, (_, c) => text(r, c)),
    );
    await gateway.apply({ changes: [{ kind: "values", sheet: "Lớn", anchor: "A1", rows }] });

    const sizes = excel.requests.map((r) => r.requestBytes);
    expect(sizes.length).toBeGreaterThan(2);
    sizes.forEach((bytes) => expect(bytes).toBeLessThanOrEqual(4 * MB));
    expect(sizes.reduce((a, b) => a + b, 0)).toBeGreaterThan(15 * MB);
    expect(inspect(excel.model, "Lớn", "A1")?.value).toBe(text(0, 0));
    expect(inspect(excel.model, "Lớn", "J20000")?.value).toBe(text(19999, 9));
    expect(excel.sheet("Lớn").cells.size).toBe(200000);
    console.info(
      `200,000-cell write: ${sizes.length} requests of ${sizes.map((b) => (b / MB).toFixed(2)).join(", ")} MB`,
    );
  });
});

describe("OfficeGateway reports the user's edits (onChange)", () => {
  const seed: SeedWorkbook = { sheets: [{ name: "Kế hoạch" }, { name: "Tổng hợp" }] };

  async function watching(options: StrictExcelOptions = {}) {
    const { excel, gateway } = setup(seed, options);
    const edits: WorkbookEdit[] = [];
    const stop = await gateway.onChange((edit) => edits.push(edit));
    return { excel, gateway, edits, stop };
  }

  test("registering is one request; a user's edit arrives with the sheet name and range", async () => {
    const { excel, edits } = await watching();
    expect(excel.syncCount).toBe(1);
    expect(excel.events.size).toBe(1);
    await excel.fireChange({ sheet: "Tổng hợp", address: "C12:D14" });
    await excel.fireChange({ sheet: "Kế hoạch", address: "B3" });
    expect(edits).toEqual([
      { sheet: "Tổng hợp", range: "C12:D14" },
      { sheet: "Kế hoạch", range: "B3" },
    ]);
    expect(excel.syncCount).toBe(1);
  });

  test("the add-in's own edits (triggerSource ThisLocalAddin) are not reported", async () => {
    const { excel, gateway, edits } = await watching();
    await gateway.apply({
      changes: [{ kind: "values", sheet: "Kế hoạch", anchor: "A1", rows: [[1]] }],
    });
    await excel.fireChange({ sheet: "Kế hoạch", address: "A1", triggerSource: "ThisLocalAddin" });
    expect(edits).toEqual([]);
  });

  test("an edit on a sheet added since registering is named after one more request", async () => {
    const { excel, gateway, edits } = await watching();
    await gateway.apply({ changes: [{ kind: "addSheet", sheet: "Mới" }] });
    excel.resetRequests();
    await Promise.all([
      excel.fireChange({ sheet: "Mới", address: "A1" }),
      excel.fireChange({ sheet: "Mới", address: "A2" }),
    ]);
    expect(edits).toEqual([
      { sheet: "Mới", range: "A1" },
      { sheet: "Mới", range: "A2" },
    ]);
    expect(excel.syncCount).toBe(1);
    await excel.fireChange({ sheet: "Mới", address: "A3" });
    expect(excel.syncCount).toBe(1);
    await excel.fireChange({ worksheetId: "{no such sheet}", address: "A1" });
    expect(edits).toHaveLength(3);
    expect(excel.syncCount).toBe(2);
  });

  test("after unsubscribing nothing arrives; the handler is removed in its own context", async () => {
    const { excel, edits, stop } = await watching();
    excel.resetRequests();
    await stop();
    expect(excel.syncCount).toBe(1);
    expect(excel.events.size).toBe(0);
    await excel.fireChange({ sheet: "Kế hoạch", address: "A1" });
    expect(edits).toEqual([]);
  });

  test("on hosts before ExcelApi 1.14 (no triggerSource) edits are all reported", async () => {
    const { excel, edits } = await watching({ apiVersion: 13 });
    await excel.fireChange({ sheet: "Kế hoạch", address: "A1", triggerSource: "ThisLocalAddin" });
    expect(edits).toEqual([{ sheet: "Kế hoạch", range: "A1" }]);
  });
});
