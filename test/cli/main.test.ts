import { readFileSync } from "node:fs";
import { unzipSync } from "fflate";
import path from "node:path";
import { main } from "../../src/cli/main";
import { openWorkbook } from "../../src/hosts/xlsx";
import { readPlanSheet } from "../../src/workbook/read/readPlanSheet";
import { MemoryIo } from "./memoryIo";

const CORPUS = path.resolve(__dirname, "../../../shared/corpus");

async function run(...args: string[]): Promise<{ code: number; io: MemoryIo }> {
  const io = new MemoryIo();
  const code = await main(args, io);
  return { code, io };
}

describe("chitieu templates", () => {
  test("--json lists the five templates, today's structure first", async () => {
    const { code, io } = await run("templates", "--json");
    expect(code).toBe(0);
    const doc = JSON.parse(io.out) as { templates: Array<{ id: string }> };
    expect(doc.templates.map((t) => t.id)).toEqual([
      "province-plan",
      "ward-plan",
      "district-plan",
      "target-allocation",
      "budget",
    ]);
  });

  test.each([
    [
      [],
      [
        /^province-plan +Kế hoạch .*\(tỉnh, thành phố và các xã, phường, đặc khu\) \(54 chỉ tiêu\)$/,
        /^ward-plan +Kế hoạch .*\(cấp xã, phường, đặc khu\) \(39 chỉ tiêu\)$/,
        /^district-plan +Kế hoạch .*\(cấp quận, huyện – trước 1\/7\/2025\) \(53 chỉ tiêu\)$/,
        /^target-allocation +Giao chỉ tiêu .*\(2 chỉ tiêu giao\)$/,
        /^budget +Dự toán .*\(\d+ dòng thu, chi\)$/,
      ],
    ],
    [
      ["--lang", "en"],
      [
        /^province-plan +Annual .*\(province or city, with its communes and wards\) \(54 indicators\)$/,
        /^ward-plan +Annual .*\(ward, commune or special zone\) \(39 indicators\)$/,
        /^district-plan +Annual .*\(district – before 1 July 2025\) \(53 indicators\)$/,
        /^target-allocation +Target allocation .*\(2 allocated targets\)$/,
        /^budget +Budget .*\(\d+ budget lines\)$/,
      ],
    ],
  ])("the plain list %j names each template, in order", async (lang, lines) => {
    const { io } = await run("templates", ...lang);
    const printed = io.out.trimEnd().split("\n");
    expect(printed).toHaveLength(lines.length);
    printed.forEach((line, i) => expect(line).toMatch(lines[i]));
  });
});

describe("chitieu template", () => {
  test("writes a district plan that reads back as one plan table with its indicators", async () => {
    const { code, io } = await run(
      "template",
      "district-plan",
      "--unit",
      "Quận 7",
      "--year",
      "2023",
      "--out",
      "q7.xlsx",
    );
    expect(code).toBe(0);
    const workbook = await openWorkbook(io.files.get("q7.xlsx") as Uint8Array);
    const snapshot = await workbook.read();
    expect(snapshot.sheets.map((s) => s.name)).toEqual(["KH 2023 - Quận 7"]);
    const reading = readPlanSheet(snapshot.sheets[0]);
    expect(reading.tables).toHaveLength(1);
    const [table] = reading.tables;
    expect(table.unit).toBe("Quận 7");
    expect(table.rows.filter((r) => r.cells.code?.value)).toHaveLength(53);
    expect(new Set(table.rows.map((r) => r.field))).toEqual(
      new Set([
        "KINH TẾ",
        "XÃ HỘI",
        "ĐÔ THỊ – MÔI TRƯỜNG",
        "QUỐC PHÒNG – AN NINH",
        "CẢI CÁCH HÀNH CHÍNH",
        "XÂY DỰNG ĐẢNG",
      ]),
    );
  });

  test("--wards adds one ward sheet each", async () => {
    const { code, io } = await run(
      "template",
      "district-plan",
      "--unit",
      "Quận 7",
      "--year",
      "2023",
      "--wards",
      "Phường Tân Phong, Phường Tân Hưng",
      "--out",
      "q7.xlsx",
    );
    expect(code).toBe(0);
    const snapshot = await (await openWorkbook(io.files.get("q7.xlsx") as Uint8Array)).read();
    expect(snapshot.sheets.map((s) => s.name)).toEqual([
      "KH 2023 - Quận 7",
      "KH 2023 - Phường Tân Phong",
      "KH 2023 - Phường Tân Hưng",
    ]);
  });

  test("an unknown template is exit 2 with the list of ids", async () => {
    const { code, io } = await run(
      "template",
      "nope",
      "--unit",
      "X",
      "--year",
      "2023",
      "--out",
      "x.xlsx",
    );
    expect(code).toBe(2);
    expect(io.err).toContain("district-plan");
  });

  test("a wrong year is exit 2", async () => {
    const { code } = await run(
      "template",
      "ward-plan",
      "--unit",
      "X",
      "--year",
      "hai nghìn",
      "--out",
      "x.xlsx",
    );
    expect(code).toBe(2);
  });
});

describe("chitieu check: unreadable inputs are exit 2 with one line", () => {
  test.each([
    ["vn09_bki_bieu_01_02_quyet_toan.xls", /\.xls/],
    ["e02_poi_58616_encrypted.xlsx", /mật khẩu|password/i],
    ["e04_ejs_invalid-xml.xlsx", /./],
    ["does-not-exist.xlsx", /^Không tìm thấy tệp .*does-not-exist\.xlsx\.$/m],
  ])("%s", async (file, pattern) => {
    const { code, io } = await run("check", path.join(CORPUS, file));
    expect(code).toBe(2);
    expect(io.err.trim().split("\n")).toHaveLength(1);
    expect(io.err).toMatch(pattern);
    expect(io.out).toBe("");
  });
});

describe("chitieu check --out keeps what the file had", () => {
  test("a workbook with macros and chart sheets: the copy keeps them, nothing on stderr", async () => {
    const input = path.join(CORPUS, "g11_poi_57181_callcenter_report.xlsm");
    const { code, io } = await run("check", input, "--out", "checked.xlsx");
    expect(code).toBe(0);
    expect(io.err).toBe("");
    const before = unzipSync(new Uint8Array(readFileSync(input)));
    const after = unzipSync(io.files.get("checked.xlsx") as Uint8Array);
    const kept = Object.keys(before).filter((n) => /vbaProject|chartsheets\/|charts\//.test(n));
    expect(kept.length).toBeGreaterThan(2);
    for (const name of kept) expect([name, after[name]]).toEqual([name, before[name]]);
  });
});

describe("--out never names an input", () => {
  test.each([
    ["check", "p.xlsx", "--out", "./p.xlsx"],
    ["budget", "p.xlsx", "--out", "p.xlsx"],
    ["consolidate", "a.xlsx", "p.xlsx", "--out", "p.xlsx"],
    ["consolidate", "a.xlsx", "--plan", "p.xlsx", "--out", "p.xlsx"],
  ])("%s … is exit 2 with one line, the input left as it was", async (...args) => {
    const io = new MemoryIo();
    expect(
      await main(
        ["template", "ward-plan", "--unit", "P1", "--year", "2023", "--out", "p.xlsx"],
        io,
      ),
    ).toBe(0);
    io.files.set("a.xlsx", io.files.get("p.xlsx") as Uint8Array);
    const before = io.files.get("p.xlsx");
    io.err = "";
    expect(await main(args, io)).toBe(2);
    expect(io.err).toMatch(/^--out .*p\.xlsx là tệp đầu vào/);
    expect(io.err.trim().split("\n")).toHaveLength(1);
    expect(io.files.get("p.xlsx")).toBe(before);
  });
});
