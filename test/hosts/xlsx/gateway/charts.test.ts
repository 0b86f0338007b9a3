import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Document, Element } from "@xmldom/xmldom";
import { Workbook } from "exceljs";
import JSZip from "jszip";
import { ChangeSetError } from "../../../../src/hosts/xlsx";
import { createWorkbook } from "../../../../src/hosts/xlsx";
import type { XlsxGateway } from "../../../../src/hosts/xlsx";
import { openWorkbook } from "../../../../src/hosts/xlsx";
import type { Change, ChartChange, WriteValue } from "../../../../src/workbook/changeSet";
import { snapshotCell } from "../../contractCases";
import { zipEntryNames, zipEntryText } from "../support/zipEntries";
import { elements, NS, parseXml, relationships, texts, val, xmlParts } from "../support/xmlParts";

const SHEET = "Biểu đồ % KH";

/**
 * Quận 7's 2023 fields (seed 000_24b2c0b745255965): growth of 12.5% against "12% or more" is
 * 104.2 % KH, disbursement of 95.1% against "at least 97%" is 98.0; the rest as a check shows.
 */
const TABLE: WriteValue[][] = [
  ["Lĩnh vực", "% KH bình quân", "Tỷ lệ đạt (%)"],
  ["Kinh tế", 104.2, 75],
  ["Xã hội", 98, 50],
  ["Đô thị - môi trường", null, 100],
  ["An ninh quốc phòng", 100, 100],
  ["Cải cách hành chính", 101.5, 66.7],
];

function chart(overrides: Partial<ChartChange> = {}): ChartChange {
  return {
    kind: "chart",
    sheet: SHEET,
    chartType: "columnClustered",
    title: "Biểu đồ % KH theo lĩnh vực",
    data: "A4:C9",
    position: { from: "G4", to: "O21" },
    ...overrides,
  };
}

function tableOn(sheet: string): Change[] {
  return [
    { kind: "addSheet", sheet },
    { kind: "values", sheet, anchor: "A4", rows: TABLE },
  ];
}

async function withChart(changes: Change[]): Promise<XlsxGateway> {
  const gateway = createWorkbook();
  await gateway.apply({ changes });
  return gateway;
}

/** A part by path; fails the test when it is missing. */
function part(parts: Map<string, Document>, name: string): Document {
  const doc = parts.get(name);
  if (!doc) throw new Error(`no part ${name}; parts: ${[...parts.keys()].join(", ")}`);
  return doc;
}

/** "xl/worksheets/_rels/sheet1.xml.rels" for "xl/worksheets/sheet1.xml". */
function relsOf(name: string): string {
  const slash = name.lastIndexOf("/");
  return `${name.slice(0, slash)}/_rels/${name.slice(slash + 1)}.rels`;
}

/** A target resolved against the folder of the part that names it. */
function resolve(from: string, target: string): string {
  return path.posix.normalize(path.posix.join(path.posix.dirname(from), target));
}

/** The part a relationship of `from` leads to, checking its type. */
function follow(parts: Map<string, Document>, from: string, id: string, type: string): string {
  const rel = relationships(parts.get(relsOf(from))).get(id);
  expect(rel?.getAttribute("Type")).toBe(`${NS.r}/${type}`);
  const target = resolve(from, rel?.getAttribute("Target") ?? "");
  part(parts, target);
  return target;
}

function sheetPart(parts: Map<string, Document>, sheet: string): string {
  const entry = elements(part(parts, "xl/workbook.xml"), NS.main, "sheet").find(
    (e) => e.getAttribute("name") === sheet,
  );
  return follow(parts, "xl/workbook.xml", entry?.getAttributeNS(NS.r, "id") ?? "", "worksheet");
}

/** The drawing part of a sheet, through its <drawing r:id>; undefined when it has none. */
function drawingOf(parts: Map<string, Document>, sheet: string): string | undefined {
  const sheetPath = sheetPart(parts, sheet);
  const drawing = elements(part(parts, sheetPath), NS.main, "drawing");
  if (drawing.length === 0) return undefined;
  expect(drawing).toHaveLength(1);
  return follow(parts, sheetPath, drawing[0].getAttributeNS(NS.r, "id") ?? "", "drawing");
}

/** The chart parts a drawing's graphic frames lead to, in anchor order. */
function chartsOf(parts: Map<string, Document>, drawing: string): string[] {
  return elements(part(parts, drawing), NS.c, "chart").map((c) =>
    follow(parts, drawing, c.getAttributeNS(NS.r, "id") ?? "", "chart"),
  );
}

function corner(anchor: Element, tag: "from" | "to"): { col: number; row: number } {
  const at = elements(anchor, NS.xdr, tag)[0];
  return {
    col: Number(texts(at, NS.xdr, "col")[0]),
    row: Number(texts(at, NS.xdr, "row")[0]),
  };
}

function overrides(parts: Map<string, Document>): Map<string, string> {
  return new Map(
    elements(part(parts, "[Content_Types].xml"), NS.types, "Override").map((e) => [
      e.getAttribute("PartName") ?? "",
      e.getAttribute("ContentType") ?? "",
    ]),
  );
}

describe("charts in a saved .xlsx", () => {
  test("a column chart: well-formed parts, the sheet's ranges, cached values, its cells", async () => {
    const gateway = await withChart([...tableOn(SHEET), chart()]);
    const parts = await xmlParts(await gateway.toBuffer());

    const drawing = drawingOf(parts, SHEET);
    expect(drawing).toBe("xl/drawings/drawing1.xml");
    const anchors = elements(part(parts, drawing!), NS.xdr, "twoCellAnchor");
    expect(anchors).toHaveLength(1);
    // G4 is column 6, row 3 counted from 0; O21 is covered, so the anchor ends where P22 starts.
    expect(corner(anchors[0], "from")).toEqual({ col: 6, row: 3 });
    expect(corner(anchors[0], "to")).toEqual({ col: 15, row: 21 });

    const [chartPath] = chartsOf(parts, drawing!);
    expect(chartPath).toBe("xl/charts/chart1.xml");
    const types = overrides(parts);
    expect(types.get("/xl/charts/chart1.xml")).toBe(
      "application/vnd.openxmlformats-officedocument.drawingml.chart+xml",
    );
    expect(types.get("/xl/drawings/drawing1.xml")).toBe(
      "application/vnd.openxmlformats-officedocument.drawing+xml",
    );

    const doc = part(parts, chartPath);
    expect(val(doc, NS.c, "barDir")).toBe("col");
    expect(val(doc, NS.c, "grouping")).toBe("clustered");
    expect(texts(elements(doc, NS.c, "title")[0], NS.a, "t")).toEqual([
      "Biểu đồ % KH theo lĩnh vực",
    ]);
    const series = elements(doc, NS.c, "ser");
    expect(series).toHaveLength(2);
    const f = (ser: Element, tag: string) => texts(elements(ser, NS.c, tag)[0], NS.c, "f")[0];
    const cached = (ser: Element, tag: string) =>
      elements(elements(ser, NS.c, tag)[0], NS.c, "pt").map((pt) => [
        Number(pt.getAttribute("idx")),
        texts(pt, NS.c, "v")[0],
      ]);
    expect(series.map((s) => f(s, "tx"))).toEqual(["'Biểu đồ % KH'!$B$4", "'Biểu đồ % KH'!$C$4"]);
    expect(series.map((s) => cached(s, "tx"))).toEqual([
      [[0, "% KH bình quân"]],
      [[0, "Tỷ lệ đạt (%)"]],
    ]);
    expect(series.map((s) => f(s, "cat"))).toEqual([
      "'Biểu đồ % KH'!$A$5:$A$9",
      "'Biểu đồ % KH'!$A$5:$A$9",
    ]);
    expect(cached(series[0], "cat").map(([, v]) => v)).toEqual(TABLE.slice(1).map((r) => r[0]));
    expect(series.map((s) => f(s, "val"))).toEqual([
      "'Biểu đồ % KH'!$B$5:$B$9",
      "'Biểu đồ % KH'!$C$5:$C$9",
    ]);
    // The empty cell (no % KH for Đô thị - môi trường) has no point; the count still holds it.
    expect(cached(series[0], "val")).toEqual([
      [0, "104.2"],
      [1, "98"],
      [3, "100"],
      [4, "101.5"],
    ]);
    expect(val(elements(series[0], NS.c, "val")[0], NS.c, "ptCount")).toBe("5");
    expect(cached(series[1], "val").map(([, v]) => Number(v))).toEqual([75, 50, 100, 100, 66.7]);
  });

  test("a bar chart lies its bars down: categories on the left, values along the bottom", async () => {
    const gateway = await withChart([...tableOn(SHEET), chart({ chartType: "barClustered" })]);
    const parts = await xmlParts(await gateway.toBuffer());
    const doc = part(parts, "xl/charts/chart1.xml");
    expect(val(doc, NS.c, "barDir")).toBe("bar");
    expect(val(elements(doc, NS.c, "catAx")[0], NS.c, "axPos")).toBe("l");
    expect(val(elements(doc, NS.c, "valAx")[0], NS.c, "axPos")).toBe("b");
  });

  test("names and titles with quotes, ampersands and angle brackets stay well formed", async () => {
    const sheet = "Q&A's <1>";
    const gateway = await withChart([
      { kind: "addSheet", sheet },
      {
        kind: "values",
        sheet,
        anchor: "A1",
        rows: [
          ["", 'a & "b"'],
          ["<x>", 1],
        ],
      },
      chart({ sheet, title: 'A & B <c> "d"', data: "A1:B2" }),
    ]);
    const parts = await xmlParts(await gateway.toBuffer());
    const doc = part(parts, chartsOf(parts, drawingOf(parts, sheet)!)[0]);
    expect(texts(doc, NS.c, "f")).toEqual([
      "'Q&A''s <1>'!$B$1",
      "'Q&A''s <1>'!$A$2",
      "'Q&A''s <1>'!$B$2",
    ]);
    expect(texts(doc, NS.c, "v")).toEqual(['a & "b"', "<x>", "1"]);
    expect(texts(elements(doc, NS.c, "title")[0], NS.a, "t")).toEqual(['A & B <c> "d"']);
  });

  test("the cached values are the cells' values when the chart is written; later writes leave it", async () => {
    // The chart's parts are written with the change set that adds it; Excel and LibreOffice
    // draw a chart from its cells when the file opens, the cache only stands in until then.
    const gateway = await withChart([...tableOn(SHEET), chart()]);
    await gateway.apply({
      changes: [{ kind: "values", sheet: SHEET, anchor: "B7", rows: [[97]] }],
    });
    const parts = await xmlParts(await gateway.toBuffer());
    const values = texts(elements(part(parts, "xl/charts/chart1.xml"), NS.c, "val")[0], NS.c, "v");
    expect(values).toEqual(["104.2", "98", "100", "101.5"]);
    const sheet = (await (await openWorkbook(await gateway.toBuffer())).read()).sheets[0];
    expect(snapshotCell(sheet, "B7").value).toBe(97);
  });

  test("a sheet with notes gets <drawing> before its <legacyDrawing>, and keeps its notes", async () => {
    const gateway = await withChart([
      ...tableOn(SHEET),
      { kind: "note", sheet: SHEET, cell: "A5", text: "Tăng trưởng từ 12% trở lên" },
      chart(),
    ]);
    const bytes = await gateway.toBuffer();
    const parts = await xmlParts(bytes);
    const root = part(parts, sheetPart(parts, SHEET)).documentElement!;
    const children = Array.from(root.childNodes)
      .filter((n) => n.nodeType === 1)
      .map((n) => (n as Element).localName);
    expect(children.indexOf("drawing")).toBeGreaterThan(children.indexOf("pageSetup"));
    expect(children.indexOf("drawing")).toBe(children.indexOf("legacyDrawing") - 1);
    const reopened = await openWorkbook(bytes);
    expect((await reopened.read()).sheets[0].notes).toEqual({ A5: "Tăng trưởng từ 12% trở lên" });
  });

  test("charts join the drawing ExcelJS writes for a sheet's images", async () => {
    const source = new Workbook();
    const sheet = source.addWorksheet(SHEET);
    TABLE.forEach((row, i) => row.forEach((v, j) => (sheet.getCell(4 + i, 1 + j).value = v)));
    const png = Buffer.from(
      "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==",
      "base64",
    );
    // ExcelJS's typings want its own Buffer type; a Node Buffer is what it reads.
    const image = source.addImage({ buffer: png as never, extension: "png" });
    sheet.addImage(image, "A12:B16");
    const gateway = await openWorkbook(new Uint8Array(await source.xlsx.writeBuffer()));
    await gateway.apply({ changes: [chart(), chart({ position: { from: "G24", to: "O40" } })] });
    const bytes = await gateway.toBuffer();
    const parts = await xmlParts(bytes);

    const drawing = drawingOf(parts, SHEET)!;
    expect([...parts.keys()].filter((n) => /^xl\/drawings\/drawing\d+\.xml$/.test(n))).toEqual([
      drawing,
    ]);
    const doc = part(parts, drawing);
    expect(elements(doc, NS.xdr, "pic")).toHaveLength(1);
    expect(elements(doc, NS.xdr, "graphicFrame")).toHaveLength(2);
    const ids = elements(doc, NS.xdr, "cNvPr").map((e) => e.getAttribute("id"));
    expect(new Set(ids).size).toBe(3);
    const rels = [...relationships(parts.get(relsOf(drawing))).values()];
    expect(rels.map((r) => r.getAttribute("Type")?.replace(`${NS.r}/`, "")).sort()).toEqual([
      "chart",
      "chart",
      "image",
    ]);
    expect(new Set(rels.map((r) => r.getAttribute("Id"))).size).toBe(3);
    expect(chartsOf(parts, drawing)).toEqual(["xl/charts/chart1.xml", "xl/charts/chart2.xml"]);
    const zip = await JSZip.loadAsync(bytes);
    expect(zip.file("xl/media/image1.png")).not.toBeNull();
  });

  test("charts on two sheets get a drawing each, and parts of their own", async () => {
    const gateway = await withChart([
      ...tableOn(SHEET),
      ...tableOn("Phường 1"),
      chart(),
      chart({ sheet: "Phường 1", chartType: "barClustered" }),
      chart({ sheet: "Phường 1", data: "A4:B9", position: { from: "G24", to: "O40" } }),
    ]);
    const parts = await xmlParts(await gateway.toBuffer());
    const first = drawingOf(parts, SHEET)!;
    const second = drawingOf(parts, "Phường 1")!;
    expect(first).not.toBe(second);
    expect(chartsOf(parts, first)).toEqual(["xl/charts/chart1.xml"]);
    expect(chartsOf(parts, second)).toEqual(["xl/charts/chart2.xml", "xl/charts/chart3.xml"]);
    const third = part(parts, "xl/charts/chart3.xml");
    expect(texts(third, NS.c, "f")).toEqual([
      "'Phường 1'!$B$4",
      "'Phường 1'!$A$5:$A$9",
      "'Phường 1'!$B$5:$B$9",
    ]);
  });

  test("a chart goes with its sheet: a re-run writes only the new sheet's chart", async () => {
    const gateway = await withChart([...tableOn(SHEET), chart({ title: "cũ" })]);
    await gateway.apply({
      changes: [{ kind: "deleteOwnSheet", sheet: SHEET }, ...tableOn(SHEET), chart()],
    });
    const parts = await xmlParts(await gateway.toBuffer());
    expect([...parts.keys()].filter((n) => n.startsWith("xl/charts/"))).toEqual([
      "xl/charts/chart1.xml",
    ]);
    const title = texts(part(parts, "xl/charts/chart1.xml"), NS.a, "t");
    expect(title).toEqual(["Biểu đồ % KH theo lĩnh vực"]);

    await gateway.apply({
      changes: [
        { kind: "addSheet", sheet: "Khác" },
        { kind: "deleteOwnSheet", sheet: SHEET },
      ],
    });
    const without = await xmlParts(await gateway.toBuffer());
    expect([...without.keys()].filter((n) => /chart|drawing/.test(n))).toEqual([]);
  });

  test("the file reopens; saving it again keeps the chart part for part", async () => {
    const gateway = await withChart([...tableOn(SHEET), chart()]);
    const first = await gateway.toBuffer();
    const reopened = await openWorkbook(first);
    const sheet = (await reopened.read()).sheets[0];
    expect(snapshotCell(sheet, "A5").value).toBe("Kinh tế");
    expect(snapshotCell(sheet, "B9").value).toBe(101.5);

    await reopened.apply({
      changes: [{ kind: "values", sheet: SHEET, anchor: "A40", rows: [["x"]] }],
    });
    const after = await reopened.toBuffer();
    const charts = zipEntryNames(first).filter((n) => /chart|drawing/.test(n));
    expect(charts.length).toBeGreaterThan(0);
    for (const name of charts) {
      expect([name, zipEntryText(after, name)]).toEqual([name, zipEntryText(first, name)]);
    }
  });
});

describe("chart changes that are refused", () => {
  const cases: [string, Partial<ChartChange>, ChangeSetError["code"]][] = [
    ["a sheet not in the workbook", { sheet: "Không có" }, "unknown_sheet"],
    ["data that is not a range", { data: "A4:C" }, "bad_address"],
    ["data on another sheet", { data: "'Khác'!A4:C9" }, "bad_address"],
    ["data without a category column", { data: "B4:B9" }, "bad_value"],
    ["data without a header row", { data: "A4:C4" }, "bad_value"],
    ["a start that is not a cell", { position: { from: "G4:H5", to: "O21" } }, "bad_address"],
    ["an end above the start", { position: { from: "G4", to: "O3" } }, "bad_address"],
    ["an end left of the start", { position: { from: "G4", to: "F21" } }, "bad_address"],
    ["a chart type the add-in does not make", { chartType: "pie" as never }, "bad_value"],
    ["a title over 255 characters", { title: "x".repeat(256) }, "bad_value"],
    ["more than 255 series", { data: "A4:IW9" }, "too_large"],
  ];

  test.each(cases)("%s", async (_name, override, code) => {
    const gateway = await withChart(tableOn(SHEET));
    const before = JSON.stringify(await gateway.read());
    const error = await gateway
      .apply({
        changes: [{ kind: "values", sheet: SHEET, anchor: "A1", rows: [["x"]] }, chart(override)],
      })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ChangeSetError);
    expect((error as ChangeSetError).code).toBe(code);
    expect((error as ChangeSetError).changeIndex).toBe(1);
    expect(JSON.stringify(await gateway.read())).toBe(before);
    const parts = await xmlParts(await gateway.toBuffer());
    expect([...parts.keys()].filter((n) => n.startsWith("xl/charts/"))).toEqual([]);
  });
});

/**
 * LibreOffice: the one independent reader of the chart parts on these machines (there is no
 * Excel). .ci/run installs it (libreoffice-calc-nogui); without it the test fails, never skips.
 */
function findOffice(): string {
  for (const name of ["soffice", "libreoffice"]) {
    try {
      execFileSync("which", [name], { stdio: "pipe" });
      return name;
    } catch {
      // not this name
    }
  }
  throw new Error("LibreOffice (soffice) is not installed: apt-get install libreoffice-calc-nogui");
}

describe("the chart as LibreOffice reads it", () => {
  const office = findOffice();
  test("converts to PDF, and LibreOffice's own .xlsx keeps the chart and its data", async () => {
    const gateway = await withChart([...tableOn(SHEET), chart()]);
    const dir = mkdtempSync(path.join(tmpdir(), "chitieu-chart-"));
    try {
      const input = path.join(dir, "chart.xlsx");
      writeFileSync(input, await gateway.toBuffer());
      const run = (filter: string, out: string) =>
        execFileSync(
          office,
          [
            `-env:UserInstallation=file://${path.join(dir, "profile")}`,
            "--headless",
            "--convert-to",
            filter,
            "--outdir",
            path.join(dir, out),
            input,
          ],
          { stdio: "pipe", timeout: 120_000 },
        );
      run("pdf", "pdf");
      const pdf = path.join(dir, "pdf", "chart.pdf");
      expect(existsSync(pdf)).toBe(true);
      expect(readFileSync(pdf).subarray(0, 5).toString()).toBe("%PDF-");

      run("xlsx:Calc MS Excel 2007 XML", "xlsx");
      const parts = await xmlParts(readFileSync(path.join(dir, "xlsx", "chart.xlsx")));
      const drawing = drawingOf(parts, SHEET)!;
      const [chartPath] = chartsOf(parts, drawing);
      const doc = part(parts, chartPath);
      expect(val(doc, NS.c, "barDir")).toBe("col");
      expect(texts(elements(doc, NS.c, "title")[0], NS.a, "t").join("")).toBe(
        "Biểu đồ % KH theo lĩnh vực",
      );
      expect(texts(doc, NS.c, "f")).toContain("'Biểu đồ % KH'!$B$5:$B$9");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 180_000);
});

test("parseXml refuses a part that is not well formed", () => {
  expect(() => parseXml("<a><b></a>")).toThrow();
  expect(() => parseXml("<a>&nbsp;</a>")).toThrow();
});
