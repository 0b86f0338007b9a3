import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { createWorkbook, openWorkbook } from "../../src/hosts/xlsx";
import { changeSet } from "../../src/workbook/changeSet";
import { templateChanges } from "../../src/workbook/templates/templateChanges";
import { demoParentBook } from "../workbook/distribute/demoParent";
import { MemoryIo } from "./memoryIo";

/** The demo district with its allocation sheet, and a plan that names no sub-units, on disk. */
const dir = mkdtempSync(path.join(tmpdir(), "chitieu-distribute-cli-"));
const parentFile = path.join(dir, "quan-7.xlsx");
const bareFile = path.join(dir, "khong-don-vi.xlsx");

beforeAll(async () => {
  const book = await demoParentBook();
  writeFileSync(parentFile, await book.toBuffer());
  const bare = createWorkbook();
  await bare.apply(
    changeSet(templateChanges({ template: "district-plan", unit: "Quận 7", year: 2023 }).changes),
  );
  writeFileSync(bareFile, await bare.toBuffer());
}, 60_000);

async function run(...args: string[]) {
  const io = new MemoryIo();
  const { main } = await import("../../src/cli/main");
  const code = await main(args, io);
  return { code, io };
}

test("one file per ward, named by ward and period, each saying what it holds", async () => {
  const { code, io } = await run("distribute", parentFile, "--out", "giao/", "--period", "6m");
  expect(code).toBe(0);
  expect([...io.files.keys()]).toEqual([
    "giao/phuong-tan-phong-6-thang-2023.xlsx",
    "giao/phuong-tan-hung-6-thang-2023.xlsx",
    "giao/phuong-binh-thuan-6-thang-2023.xlsx",
    "giao/phuong-tan-thuan-dong-6-thang-2023.xlsx",
    "giao/phuong-tan-thuan-tay-6-thang-2023.xlsx",
    "giao/phuong-tan-kieng-6-thang-2023.xlsx",
    "giao/phuong-tan-quy-6-thang-2023.xlsx",
    "giao/phuong-phu-thuan-6-thang-2023.xlsx",
    "giao/phuong-tan-phu-6-thang-2023.xlsx",
    "giao/phuong-phu-my-6-thang-2023.xlsx",
  ]);
  expect(io.out).toContain(
    "Phường Tân Phong: 45 chỉ tiêu → giao/phuong-tan-phong-6-thang-2023.xlsx",
  );
  expect(io.out).toContain("Đã giao chỉ tiêu 6 tháng năm 2023 của Quận 7 cho 10 đơn vị.");
  expect(io.out).toContain("Cảnh báo: KH 2023 - Quận 7: Quận 7 chưa phân bổ");
  const file = io.files.get("giao/phuong-tan-phong-6-thang-2023.xlsx");
  const snapshot = await (await openWorkbook(file ?? new Uint8Array())).read();
  expect(snapshot.properties?.["ChiTieu.DonViNhan"]).toBe("Phường Tân Phong");
  expect(snapshot.properties?.["ChiTieu.KyBaoCao"]).toBe("6m");
  expect(snapshot.sheets[0].protected).toBe(true);
}, 60_000);

test("--units, --json and --lang en", async () => {
  const { code, io } = await run(
    "--lang",
    "en",
    "distribute",
    parentFile,
    "--out",
    "out",
    "--units",
    "Phường Tân Quy, Phường Phú Mỹ",
    "--json",
  );
  expect(code).toBe(0);
  const doc = JSON.parse(io.out) as {
    parent: string;
    period: string;
    files: Array<{ unit: string; file: string; indicators: number }>;
    findings: Array<{ rule: string; message: string }>;
  };
  expect(doc.parent).toBe("Quận 7");
  expect(doc.period).toBe("year");
  expect(doc.files.map((f) => f.file)).toEqual([
    "out/phuong-tan-quy-ca-nam-2023.xlsx",
    "out/phuong-phu-my-ca-nam-2023.xlsx",
  ]);
  expect(doc.findings[0].message).toContain("did not split the totals");
  const file = io.files.get("out/phuong-tan-quy-ca-nam-2023.xlsx");
  const snapshot = await (await openWorkbook(file ?? new Uint8Array())).read();
  expect(snapshot.sheets.map((s) => s.name)).toEqual([
    "Phường Tân Quy",
    "Instructions",
    "ChiTieu_GiaoChiTieu",
  ]);
  expect(snapshot.sheets[0].values.flat()).toContain("% of plan");
}, 60_000);

test("a plan that names no sub-units: the finding, no file, exit 1", async () => {
  const { code, io } = await run("distribute", bareFile, "--out", "giao");
  expect(code).toBe(1);
  expect(io.files.size).toBe(0);
  expect(io.out).toContain(
    "Lỗi: KH 2023 - Quận 7!A6: Tệp của Quận 7 không nêu đơn vị nào nhận chỉ tiêu",
  );
});

test("an unreadable parent: one line, exit 2", async () => {
  const { code, io } = await run("distribute", path.join(dir, "khong-co.xlsx"), "--out", "giao");
  expect(code).toBe(2);
  expect(io.err).toContain("khong-co.xlsx");
  expect(io.files.size).toBe(0);
});

test("the help names the command and its options", async () => {
  const { io } = await run("distribute", "--help");
  expect(io.out).toContain("giao chỉ tiêu: mỗi đơn vị cấp dưới một tệp .xlsx tự kiểm tra");
  expect(io.out).toContain("--deadline <date>");
});

test("a ward's workbook is read by check as it came: its 'Đơn vị giao chỉ tiêu' line does not make it an allocation", async () => {
  const given = await run("distribute", parentFile, "--out", "giao/", "--period", "6m");
  const io = new MemoryIo();
  for (const [name, data] of given.io.files) io.files.set(name, data);
  const { main } = await import("../../src/cli/main");
  const code = await main(["check", "giao/phuong-tan-phong-6-thang-2023.xlsx", "--json"], io);
  expect(code).toBe(0);
  const report = JSON.parse(io.out) as {
    sheets: Array<{ sheet: string; tables: unknown[] }>;
    summary: { counts: { not_reported: number } };
  };
  expect(report.sheets.find((s) => s.sheet === "Phường Tân Phong")?.tables).toHaveLength(1);
  // Nothing typed yet: every one of its 45 indicators is "not reported", none is missing.
  expect(report.summary.counts.not_reported).toBe(45);
}, 60_000);
