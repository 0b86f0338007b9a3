import { main } from "../../src/cli/main";
import type { CheckReportJson } from "../../src/workbook/check/checkReportJson";
import { openWorkbook } from "../../src/hosts/xlsx";
import type { SheetSnapshot } from "../../src/workbook/snapshot";
import { cellMap } from "../support/cellMap";
import { MemoryIo } from "./memoryIo";
import { messyWorkbook } from "./messyWorkbook";

async function checked(): Promise<{
  io: MemoryIo;
  before: SheetSnapshot;
  after: SheetSnapshot;
  report: CheckReportJson;
}> {
  const io = new MemoryIo();
  io.files.set("in.xlsx", await messyWorkbook());
  const code = await main(["check", "in.xlsx", "--out", "out.xlsx", "--json"], io);
  expect(code).toBe(0);
  const before = (await (await openWorkbook(io.files.get("in.xlsx") as Uint8Array)).read())
    .sheets[0];
  const after = (await (await openWorkbook(io.files.get("out.xlsx") as Uint8Array)).read())
    .sheets[0];
  return { io, before, after, report: JSON.parse(io.out) as CheckReportJson };
}

describe("a messy hand-typed sheet, checked from the command line", () => {
  test("every oddity is read right or is a finding at its cell", async () => {
    const { report } = await checked();
    const [table] = report.sheets[0].tables;
    expect(table.period).toBe("6m");
    const byName = new Map(table.indicators.map((i) => [i.name, i]));
    const status = (name: string) => byName.get(name)?.status;
    const rules = (name: string) => byName.get(name)?.findings.map((f) => `${f.rule}@${f.cell}`);
    expect(status("Tốc độ tăng trưởng khu vực dịch vụ")).toBe("on_track");
    // "vượt 6-8%" on 1.200,5 is 1.272,53 for the year; 650,2 by mid-year is on pace.
    expect(status("Dự toán thu ngân sách nhà nước")).toBe("on_track");
    expect(rules("Tổng mức đầu tư xây dựng cơ bản")).toEqual(["excel_error@F9"]);
    // Mid-year 1.820 poor households against 1.550 planned: more than 10% off, so lagging.
    expect(status("Giảm số hộ nghèo")).toBe("lagging");
    expect(byName.get("Tỷ lệ điều tra, phá án hình sự")?.percent).toBeCloseTo((72 / 70) * 100, 2);
    expect(rules("Tỷ lệ tổ dân phố tự quản về an ninh trật tự")).toEqual(["rate_out_of_range@F14"]);
    expect(rules("Số vụ phạm pháp hình sự")).toEqual(["not_a_number@F15"]);
    // "49,368" alone is ambiguous, but "10,4" and "1.200,5" on the sheet settle the style.
    expect(byName.get("Số người được tạo việc làm")?.percent).toBeCloseTo((49.368 / 4500) * 100, 2);
    expect(table.indicators).toHaveLength(8);
    expect(report.findings).toHaveLength(3);
    expect(byName.get("Giảm số hộ nghèo")?.field).toBe("XÃ HỘI");
  });

  test("only the owned columns, the summary block and notes differ from the input", async () => {
    const { before, after } = await checked();
    const a = cellMap(before);
    const b = cellMap(after);
    for (const [key, value] of a) expect([key, b.get(key)]).toEqual([key, value]);
    const added = [...b.keys()].filter((k) => !a.has(k)).map((k) => Number(k.split(",")[1]));
    expect(Math.min(...added)).toBeGreaterThan(8);
    expect(after.values.flat()).toContain("Đánh giá");
    expect(after.values.flat()).toContain("KẾT QUẢ KIỂM TRA CHỈ TIÊU");
  });

  test("text that begins with '=' stays text, and the user's note is kept word for word", async () => {
    const { after } = await checked();
    const h12 = after.values[12 - after.origin.row][8 - after.origin.column];
    expect(h12).toBe("=theo chuẩn mới");
    expect(after.formulas[12 - after.origin.row][8 - after.origin.column]).toBeNull();
    expect(after.notes.B8).toBe("Số liệu của Chi cục Thuế");
    expect(after.notes.F9).toMatch(/^Chỉ tiêu: Ô có giá trị lỗi #REF!/);
  });

  test("a second run replaces only what the first wrote", async () => {
    const first = await checked();
    const io = new MemoryIo();
    io.files.set("once.xlsx", first.io.files.get("out.xlsx") as Uint8Array);
    expect(await main(["check", "once.xlsx", "--out", "twice.xlsx"], io)).toBe(0);
    const twice = (await (await openWorkbook(io.files.get("twice.xlsx") as Uint8Array)).read())
      .sheets[0];
    expect(cellMap(twice)).toEqual(cellMap(first.after));
    expect(twice.notes).toEqual(first.after.notes);
  });
});
