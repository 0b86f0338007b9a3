import { Workbook, type Worksheet } from "exceljs";
import { main } from "../../src/cli/main";
import { MemoryIo } from "./memoryIo";

/**
 * Real forms have merged cells right beside the table: a note merged over the header rows, a
 * remark merged down the body, a group row merged across the table and past it. The owned
 * columns go to the first free pair of columns; nothing is written into a merged area.
 */

type Grid = Map<string, unknown>;

const PLAN = "KH 2020";
const OWN_COLUMNS = "Có cột đánh giá";
const BUDGET = "Ngân sách";

async function plannedWorkbook(): Promise<Uint8Array> {
  const wb = new Workbook();
  const ws = wb.addWorksheet(PLAN);
  ws.getCell("A1").value = "BÁO CÁO THỰC HIỆN CHỈ TIÊU NĂM 2020";
  ws.getRow(3).values = ["STT", "Chỉ tiêu", "ĐVT", "KH 2020", "TH 2020"];
  ws.getRow(4).values = ["I", "KINH TẾ"];
  ws.getRow(5).values = [1, "Tổng vốn đầu tư", "tỷ đồng", 100, 120];
  ws.getRow(6).values = [2, "Thu ngân sách", "tỷ đồng", 50, 40];
  ws.getRow(7).values = [3, "Số hộ nghèo giảm", "hộ", 30, 30];
  ws.mergeCells("F2:G3"); // empty, over the header
  ws.getCell("F5").value = "Số liệu sơ bộ";
  ws.mergeCells("F5:F7"); // a remark merged down the body
  ws.mergeCells("H4:I4"); // empty, in a body row
  ws.mergeCells("M8:P10"); // empty, where the summary block would go

  // The table owns its columns already; its group row is merged across them and beyond.
  const own = wb.addWorksheet(OWN_COLUMNS);
  own.getRow(1).values = ["STT", "Chỉ tiêu", "ĐVT", "Kế hoạch", "Thực hiện", "% KH", "Đánh giá"];
  own.getRow(2).values = ["I", "KINH TẾ - XÃ HỘI"];
  own.mergeCells("B2:H2");
  own.getRow(3).values = [1, "Tổng vốn đầu tư", "tỷ đồng", 100, 120];
  own.getRow(4).values = [2, "Thu ngân sách", "tỷ đồng", 50, 40];
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

async function budgetWorkbook(): Promise<Uint8Array> {
  const wb = new Workbook();
  const ws = wb.addWorksheet(BUDGET);
  ws.getCell("A1").value = "ƯỚC THỰC HIỆN CHI NGÂN SÁCH NĂM 2022";
  ws.getRow(3).values = ["Nội dung", "Dự toán", "Ước thực hiện"];
  ws.getRow(4).values = ["Tổng chi ngân sách", 1000, 960];
  ws.getRow(5).values = ["    Chi đầu tư phát triển", 600, 580];
  ws.getRow(6).values = ["    Chi thường xuyên", 400, 380];
  ws.mergeCells("D2:E3");
  ws.getCell("D4").value = "Theo báo cáo của Kho bạc";
  ws.mergeCells("D4:D6");
  ws.mergeCells("F5:G5");
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

async function load(bytes: Uint8Array): Promise<Workbook> {
  const wb = new Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  return wb;
}

function sheet(wb: Workbook, name: string): Worksheet {
  const ws = wb.getWorksheet(name);
  if (!ws) throw new Error(`no sheet ${name}`);
  return ws;
}

/** Every cell that holds a value, by address (covered cells of a merge are not listed). */
function values(ws: Worksheet): Grid {
  const grid: Grid = new Map();
  ws.eachRow({ includeEmpty: false }, (row) =>
    row.eachCell({ includeEmpty: false }, (cell) => {
      if (cell.type !== 0 && cell.master === cell) grid.set(cell.address, cell.value);
    }),
  );
  return grid;
}

function merges(ws: Worksheet): string[] {
  return [...ws.model.merges].sort();
}

/** Cells of merged areas other than their first: none may hold anything. */
function coveredCellsWithValues(ws: Worksheet): string[] {
  const out: string[] = [];
  ws.eachRow({ includeEmpty: false }, (row) =>
    row.eachCell({ includeEmpty: false }, (cell) => {
      if (cell.isMerged && cell.master !== cell && cell.value !== null && cell.type !== 1)
        out.push(cell.address);
    }),
  );
  return out;
}

async function run(args: string[], input: Uint8Array): Promise<{ io: MemoryIo; code: number }> {
  const io = new MemoryIo();
  io.files.set("in.xlsx", input);
  const code = await main(args, io);
  return { io, code };
}

describe("check --out beside merged cells", () => {
  let before: Workbook;
  let after: Workbook;
  let io: MemoryIo;
  let code: number;

  beforeAll(async () => {
    const input = await plannedWorkbook();
    before = await load(input);
    ({ io, code } = await run(["check", "in.xlsx", "--out", "out.xlsx"], input));
    const out = io.files.get("out.xlsx");
    if (!out) throw new Error(`nothing written: ${io.err}`);
    after = await load(out);
  });

  test("runs and writes the file", () => {
    expect(io.err).toBe("");
    expect(code).toBe(0);
  });

  test.each([PLAN, OWN_COLUMNS])("the user's cells and merges of “%s” are unchanged", (name) => {
    const user = values(sheet(before, name));
    const written = values(sheet(after, name));
    for (const [cell, value] of user) expect([cell, written.get(cell)]).toEqual([cell, value]);
    // Every merge of the user's is kept; the only new ones are the summary block's sentence,
    // its label and its text merged over four rows each, so that it prints whole.
    const kept = merges(sheet(before, name));
    const now = merges(sheet(after, name));
    expect(now.filter((m) => kept.includes(m))).toEqual(kept);
    const label = [...written].find(([, v]) => v === "Nhận xét")?.[0] ?? "";
    const [, column, row] = /^([A-Z]+)(\d+)$/.exec(label) ?? [];
    const next = String.fromCharCode(column.charCodeAt(0) + 1);
    const bottom = Number(row) + 3;
    expect(now.filter((m) => !kept.includes(m)).sort()).toEqual([
      `${column}${row}:${column}${bottom}`,
      `${next}${row}:${next}${bottom}`,
    ]);
  });

  test.each([PLAN, OWN_COLUMNS])("nothing is written into a merged area of “%s”", (name) => {
    expect(coveredCellsWithValues(sheet(after, name))).toEqual([]);
  });

  test("the owned columns go to the first pair free over the header and data rows: J and K", () => {
    const ws = sheet(after, PLAN);
    expect([ws.getCell("J3").value, ws.getCell("K3").value]).toEqual(["% KH", "Đánh giá"]);
    expect([5, 6, 7].map((r) => [ws.getCell(`J${r}`).value, ws.getCell(`K${r}`).value])).toEqual([
      [120, "Vượt"],
      [80, "Không đạt"],
      [100, "Đạt"],
    ]);
    for (const column of ["G", "H", "I"])
      for (const row of [3, 4, 5, 6, 7]) expect(ws.getCell(`${column}${row}`).value).toBeNull();
  });

  test("the summary block goes right of the merged area in its way", () => {
    const ws = sheet(after, PLAN);
    const marker = [...values(ws)].find(([, v]) => v === "KẾT QUẢ KIỂM TRA CHỈ TIÊU");
    expect(marker?.[0]).toMatch(/^Q\d+$/);
  });

  test("a table's own owned columns are written, its merged group row left merged", () => {
    const ws = sheet(after, OWN_COLUMNS);
    expect([3, 4].map((r) => [ws.getCell(`F${r}`).value, ws.getCell(`G${r}`).value])).toEqual([
      [120, "Vượt"],
      [80, "Không đạt"],
    ]);
    expect(ws.getCell("B2").value).toBe("KINH TẾ - XÃ HỘI");
  });
});

describe("budget --out beside merged cells", () => {
  let before: Workbook;
  let after: Workbook;
  let code: number;
  let io: MemoryIo;

  beforeAll(async () => {
    const input = await budgetWorkbook();
    before = await load(input);
    ({ io, code } = await run(["budget", "in.xlsx", "--out", "out.xlsx"], input));
    const out = io.files.get("out.xlsx");
    if (!out) throw new Error(`nothing written: ${io.err}`);
    after = await load(out);
  });

  test("runs, keeps the user's cells and merges, writes nothing into a merged area", () => {
    expect(io.err).toBe("");
    expect(code).toBe(0);
    const user = values(sheet(before, BUDGET));
    const written = values(sheet(after, BUDGET));
    for (const [cell, value] of user) expect([cell, written.get(cell)]).toEqual([cell, value]);
    expect(merges(sheet(after, BUDGET))).toEqual(
      expect.arrayContaining(merges(sheet(before, BUDGET))),
    );
    expect(coveredCellsWithValues(sheet(after, BUDGET))).toEqual([]);
  });

  test("the owned columns go to H and I, the first pair free from header to last row", () => {
    const ws = sheet(after, BUDGET);
    expect([ws.getCell("H3").value, ws.getCell("I3").value]).toEqual([
      "% dự toán (tính)",
      "Đánh giá",
    ]);
    expect([4, 5, 6].map((r) => ws.getCell(`H${r}`).value)).toEqual([96, 96.7, 95]);
  });
});
