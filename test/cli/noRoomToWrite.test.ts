import { createWorkbook, openWorkbook } from "../../src/hosts/xlsx";
import type { Change } from "../../src/workbook/changeSet";
import { columnNumber } from "../../src/workbook/a1";
import { main } from "../../src/cli/main";
import { MemoryIo } from "./memoryIo";

/**
 * A sheet whose table has a value (or a merged area) reaching column XFD, Excel's last, leaves
 * no room for the owned columns: `check --out` and `budget --out` still run and write the file,
 * without the owned columns, and a finding says they were not written (issue 11's mutants:
 * "XFF6 is not a cell").
 */
const PLAN = "KH 2020";
const BUDGET = "Ngân sách";

async function workbook(sheet: string, rows: (string | number)[][], far: Change[]) {
  const book = createWorkbook();
  await book.apply({
    changes: [{ kind: "addSheet", sheet }, { kind: "values", sheet, anchor: "A1", rows }, ...far],
  });
  return book.toBuffer();
}

const planRows = [
  ["BÁO CÁO THỰC HIỆN CHỈ TIÊU NĂM 2020"],
  [],
  ["STT", "Chỉ tiêu", "ĐVT", "KH 2020", "TH 2020"],
  [1, "Tổng vốn đầu tư", "tỷ đồng", 100, 120],
  [2, "Thu ngân sách", "tỷ đồng", 50, 40],
];

const budgetRows = [
  ["ƯỚC THỰC HIỆN CHI NGÂN SÁCH NĂM 2022"],
  [],
  ["Nội dung", "Dự toán", "Ước thực hiện"],
  ["Tổng chi ngân sách", 1000, 960],
  ["    Chi đầu tư phát triển", 600, 580],
  ["    Chi thường xuyên", 400, 380],
];

async function run(command: string, input: Uint8Array) {
  const io = new MemoryIo();
  io.files.set("in.xlsx", input);
  const code = await main([command, "in.xlsx", "--json", "--out", "out.xlsx"], io);
  return { io, code, out: io.files.get("out.xlsx") };
}

interface Report {
  findings: { rule: string; sheet: string | null; cell: string | null; message: string }[];
}

/** The last column any written sheet holds a cell in. */
async function lastColumnWritten(bytes: Uint8Array, sheet: string): Promise<number> {
  const snapshot = await (await openWorkbook(bytes)).read({ sheets: [sheet] });
  const s = snapshot.sheets[0];
  return s.origin.column + Math.max(0, ...s.values.map((r) => r.length)) - 1;
}

describe("no room to write before XFD", () => {
  test("check --out with a merged area across a data row out to XFD: written without the owned columns or summary, and a finding for each", async () => {
    const far: Change[] = [{ kind: "merge", sheet: PLAN, range: "F4:XFD4" }];
    const input = await workbook(PLAN, planRows, far);
    const { io, code, out } = await run("check", input);
    expect(io.err).toBe("");
    expect(code).toBe(0);
    if (!out) throw new Error("nothing written");
    const noRoom = (JSON.parse(io.out) as Report).findings.filter(
      (f) => f.rule === "no_room_to_write",
    );
    expect(noRoom.map((f) => [f.sheet, f.cell])).toEqual([
      [PLAN, "E3"],
      [PLAN, "E3"],
    ]);
    expect(noRoom[0].message).toContain("“% KH” và “Đánh giá”");
    expect(noRoom[1].message).toContain("khối tổng hợp kết quả");
    // Nothing was written right of the table.
    expect(await lastColumnWritten(out, PLAN)).toBe(5);
    const written = await (await openWorkbook(out)).read({ sheets: [PLAN] });
    expect(written.sheets[0].values[3]).toEqual(planRows[3]);
    expect(written.sheets[0].merges).toEqual(["F4:XFD4"]);
  });

  test("check --out with a number in XFD on a table row: the owned columns go right of the table, the summary block has no room", async () => {
    const far: Change[] = [{ kind: "values", sheet: PLAN, anchor: "XFD4", rows: [[7]] }];
    const { io, code, out } = await run("check", await workbook(PLAN, planRows, far));
    expect(io.err).toBe("");
    expect(code).toBe(0);
    if (!out) throw new Error("nothing written");
    const noRoom = (JSON.parse(io.out) as Report).findings.filter(
      (f) => f.rule === "no_room_to_write",
    );
    expect(noRoom.map((f) => [f.cell, /khối tổng hợp/.test(f.message)])).toEqual([["E3", true]]);
    const sheet = (await (await openWorkbook(out)).read({ sheets: [PLAN] })).sheets[0];
    expect(sheet.values[2].slice(5, 7)).toEqual(["% KH", "Đánh giá"]);
    expect(sheet.values[3].slice(5, 7)).toEqual([120, "Vượt"]);
    expect(await lastColumnWritten(out, PLAN)).toBe(columnNumber("XFD"));
  });

  test("check --out with room left writes the columns right of the table, and no such finding", async () => {
    const { io, code, out } = await run("check", await workbook(PLAN, planRows, []));
    expect(code).toBe(0);
    expect((JSON.parse(io.out) as Report).findings.map((f) => f.rule)).not.toContain(
      "no_room_to_write",
    );
    if (!out) throw new Error("nothing written");
    const sheet = (await (await openWorkbook(out)).read({ sheets: [PLAN] })).sheets[0];
    expect(sheet.values[2][5]).toBe("% KH");
  });

  test("budget --out with a merged area across a data row out to XFD: written without its columns, and a finding", async () => {
    const far: Change[] = [{ kind: "merge", sheet: BUDGET, range: "D5:XFD5" }];
    const input = await workbook(BUDGET, budgetRows, far);
    const { io, code, out } = await run("budget", input);
    expect(io.err).toBe("");
    expect(code).toBe(0);
    if (!out) throw new Error("nothing written");
    const noRoom = (JSON.parse(io.out) as Report).findings.filter(
      (f) => f.rule === "no_room_to_write",
    );
    expect(noRoom.map((f) => [f.sheet, f.cell])).toEqual([[BUDGET, "C3"]]);
    expect(noRoom[0].message).toContain("“% dự toán (tính)” và “Đánh giá”");
    expect(await lastColumnWritten(out, BUDGET)).toBe(3);
  });
});
