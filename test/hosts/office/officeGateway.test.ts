import { OfficeGateway } from "../../../src/hosts/office/officeGateway";
import type { Change } from "../../../src/workbook/changeSet";
import { CONTRACT_CASES, runContractCase, snapshotCell, type SeedWorkbook } from "../contractCases";
import { inspect, StrictExcel, type StrictExcelOptions } from "./strictExcel";

function setup(seed: SeedWorkbook, options: StrictExcelOptions = {}) {
  const excel = new StrictExcel(seed, options);
  const skipped: string[] = [];
  const gateway = new OfficeGateway(excel.run, {
    isSetSupported: excel.isSetSupported,
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

  test("a read is two requests, whatever the number of sheets", async () => {
    const { excel, gateway } = setup(fiveSheets);
    const all = await gateway.read();
    expect(all.sheets).toHaveLength(5);
    expect(excel.syncCount).toBe(2);
    excel.resetRequests();
    const one = await gateway.read({ sheets: ["P3"] });
    expect(one.sheets.map((s) => s.tables[0].name)).toEqual(["T2"]);
    expect(excel.syncCount).toBe(2);
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

  test("on ExcelApi 1.10 hosts: comments for notes, the visible view for hidden rows", async () => {
    const { excel, gateway } = setup(
      { sheets: [{ name: "S", cells: { A1: 1, B4: 2 }, hiddenRows: [2, 3], hiddenColumns: [1] }] },
      { apiVersion: 10 },
    );
    excel.sheet("S").comments.set("B4", { id: "c1", content: "bình luận" });
    const [sheet] = (await gateway.read()).sheets;
    expect(sheet.hiddenRows).toEqual([2, 3]);
    expect(sheet.hiddenColumns).toEqual([1]);
    expect(sheet.notes).toEqual({ B4: "bình luận" });
    expect(sheet.merges).toEqual([]);
    expect(excel.syncCount).toBe(2);
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

  test("a response over 5 MB: the read is made again in bands, each under the limit", async () => {
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
    expect(excel.requests[1].responseBytes).toBeGreaterThan(5 * MB);
    excel.requests.slice(2).forEach((r) => expect(r.responseBytes).toBeLessThanOrEqual(5 * MB));
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

  test("on ExcelApi 1.10 hosts notes are threaded comments, replaced in place", async () => {
    const { excel, gateway } = setup(seed, { apiVersion: 10 });
    excel.sheet("KH").notes.clear();
    excel.sheet("KH").comments.set("D2", { id: "c9", content: "cũ" });
    excel.sheet("KH").comments.set("E2", { id: "c10", content: "xoá" });
    await gateway.apply({
      changes: [
        { kind: "note", sheet: "KH", cell: "D2", text: "mới" },
        { kind: "note", sheet: "KH", cell: "E2", text: null },
        { kind: "note", sheet: "KH", cell: "F2", text: "thêm" },
        { kind: "note", sheet: "KH", cell: "F2", text: "sửa" },
      ],
    });
    const comments = excel.sheet("KH").comments;
    expect([...comments].map(([cell, c]) => [cell, c.content])).toEqual([
      ["D2", "mới"],
      ["F2", "sửa"],
    ]);
    expect(excel.syncCount).toBe(3); // probe: comments, then their cells; then the write
  });

  test("on ExcelApi 1.8 hosts print setup and notes are skipped and reported", async () => {
    const { excel, gateway, skipped } = setup(seed, { apiVersion: 8 });
    await gateway.apply({
      changes: [
        { kind: "values", sheet: "KH", anchor: "A5", rows: [["x"]] },
        { kind: "print", sheet: "KH", setup: { orientation: "portrait", paper: "A4" } },
        { kind: "note", sheet: "KH", cell: "A5", text: "y" },
        { kind: "freeze", sheet: "KH", rows: 1, columns: 0 },
      ],
    });
    expect(skipped).toEqual(["print: ExcelApi 1.9", "note: ExcelApi 1.10"]);
    expect(inspect(excel.model, "KH", "A5")?.value).toBe("x");
    expect(excel.sheet("KH").freeze).toEqual({ rows: 1, columns: 0 });
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
    const headers = [
      "STT",
      "Mã",
      "Lĩnh vực",
      "Chỉ tiêu",
      "Đơn vị tính",
      "Loại chỉ tiêu",
      "Cách tổng hợp",
      "Lũy kế",
      "Thực hiện năm trước",
      "Kế hoạch",
      "Kế hoạch tối đa",
      "Thực hiện",
      "Ước cả năm",
      "% KH",
      "Đánh giá",
    ];
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

  test("reading and writing a 2,000-row plan: 2 requests to read, 1 to write", async () => {
    const excel = bigPlan();
    const gateway = new OfficeGateway(excel.run, { isSetSupported: excel.isSetSupported });

    const snapshot = await gateway.read();
    expect(excel.syncCount).toBe(2);
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

  test("a huge write (200,000 cells of long text) goes out in several requests under 4 MB", async () => {
    const excel = new StrictExcel({ sheets: [{ name: "Lớn" }] });
    const gateway = new OfficeGateway(excel.run, { isSetSupported: excel.isSetSupported });
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
