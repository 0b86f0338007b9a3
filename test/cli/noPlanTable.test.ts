import path from "node:path";
import { Workbook } from "exceljs";
import { main } from "../../src/cli/main";
import { MemoryIo } from "./memoryIo";

const VN05 = path.resolve(
  __dirname,
  "../../../shared/corpus/vn05_qlns_dutoan_congkhai_thuchi_to1.xlsx",
);

/** A sheet of notes: text and numbers, no header a plan table needs. */
async function notesWorkbook(): Promise<Uint8Array> {
  const wb = new Workbook();
  const ws = wb.addWorksheet("Ghi chép");
  ws.getRow(1).values = ["Cuộc họp giao ban tháng 3"];
  ws.getRow(3).values = ["Nội dung", "Người phụ trách", "Hạn"];
  ws.getRow(4).values = ["Rà soát hồ sơ", "Anh Nam", 15];
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

async function check(file: string, ...args: string[]): Promise<{ io: MemoryIo; code: number }> {
  const io = new MemoryIo();
  if (file === "notes.xlsx") io.files.set(file, await notesWorkbook());
  const lang = args.includes("--lang=en") ? ["--lang", "en"] : [];
  const rest = args.filter((a) => a !== "--lang=en");
  const code = await main([...lang, "check", file, ...rest], io);
  return { io, code };
}

describe("check on a file with no plan table", () => {
  test.each([VN05, "notes.xlsx"])("%s: says what it looked for, no 0/0 sentence", async (file) => {
    const { io, code } = await check(file);
    expect(code).toBe(0);
    const first = io.out.split("\n")[0];
    expect(first).toMatch(/^Không tìm thấy bảng chỉ tiêu nào trong /);
    expect(first).toContain("“Chỉ tiêu”, “Tên chỉ tiêu”");
    expect(first).toContain("“Kế hoạch”, “KH”, “Thực hiện”, “TH”, “ƯTH”");
    expect(io.out).not.toMatch(/Hoàn thành|0\/0|Toàn bộ/);
  });

  test("the notes file names the sheet it read", async () => {
    const { io } = await check("notes.xlsx");
    expect(io.out).toContain("Đã xem 1 trang: “Ghi chép”.");
  });

  test("in English with --lang en", async () => {
    const { io } = await check("notes.xlsx", "--lang=en");
    expect(io.out.split("\n")[0]).toMatch(
      /^No plan table found in notes\.xlsx: it needs a header row with an indicator name column/,
    );
    expect(io.out).toContain("Sheets read (1): “Ghi chép”.");
    expect(io.out).not.toMatch(/Completed|0\/0|Overall/);
  });

  test("--json carries the finding first and as the summary's sentence", async () => {
    const { io, code } = await check(VN05, "--json");
    expect(code).toBe(0);
    const report = JSON.parse(io.out) as {
      summary: { total: number; sentence: string };
      findings: Array<{ rule: string; severity: string; sheet: string; cell: string }>;
    };
    expect(report.findings[0]).toMatchObject({
      rule: "no_plan_table_in_file",
      severity: "warning",
      sheet: "Sheet1",
    });
    expect(report.findings[0].cell).toMatch(/^[A-Z]+\d+$/);
    expect(report.summary.total).toBe(0);
    expect(report.summary.sentence).toMatch(/^Không tìm thấy bảng chỉ tiêu/);
  });
});
