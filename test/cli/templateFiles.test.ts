import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { openWorkbook } from "../../src/hosts/xlsx";
import { planYear } from "../../src/engine/templates/planYear";
import { DiskIo } from "./memoryIo";

/** `chitieu template` on real files in a temporary folder: what it writes, and what it refuses. */
let folder: string;
let io: DiskIo;
const file = (name: string) => path.join(folder, name);

async function sheetNames(name: string): Promise<string[]> {
  const workbook = await openWorkbook(new Uint8Array(await readFile(file(name))));
  return (await workbook.listSheets()).map((s) => s.name);
}

beforeEach(async () => {
  folder = await mkdtemp(path.join(tmpdir(), "chitieu-template-"));
  io = new DiskIo();
});
afterEach(() => rm(folder, { recursive: true, force: true }));

describe("chitieu template writes the unit's own sheet, then one per sub-unit", () => {
  test.each([
    [
      "ward-plan",
      "Phường Tân Thuận",
      "Khu phố 1,Khu phố 2",
      ["KH 2026 - Phường Tân Thuận", "KH 2026 - Khu phố 1", "KH 2026 - Khu phố 2"],
    ],
    [
      "province-plan",
      "Thành phố Hồ Chí Minh",
      "Phường Sài Gòn,Đặc khu Côn Đảo",
      ["KH 2026 - Thành phố Hồ Chí Minh", "KH 2026 - Phường Sài Gòn", "KH 2026 - Đặc khu Côn Đảo"],
    ],
    ["ward-plan", "Xã Thuận Hạnh", "", ["KH 2026 - Xã Thuận Hạnh"]],
    [
      "district-plan",
      "Quận 7",
      "Phường Tân Phong",
      ["KH 2026 - Quận 7", "KH 2026 - Phường Tân Phong"],
    ],
  ])("%s --unit %j --wards %j", async (id, unit, wards, sheets) => {
    const args = ["template", id, "--unit", unit, "--year", "2026", "--out", file("t.xlsx")];
    const result = await io.run(...args, ...(wards ? ["--wards", wards] : []));
    expect(result).toMatchObject({ code: 0, err: "" });
    expect(await sheetNames("t.xlsx")).toEqual(sheets);
  });

  test("without --year, the plan year is this year's", async () => {
    const result = await io.run(
      "template",
      "ward-plan",
      "--unit",
      "Phường 1",
      "--out",
      file("t.xlsx"),
    );
    expect(result.code).toBe(0);
    expect(await sheetNames("t.xlsx")).toEqual([`KH ${planYear(new Date())} - Phường 1`]);
  });
});

describe("--out over an existing file", () => {
  test.each([["vi" as const], ["en" as const]])(
    "is refused with one line and exit 2, the file left as it was (%s)",
    async (lang) => {
      await io.run("template", "ward-plan", "--unit", "Phường 1", "--out", file("p.xlsx"));
      const before = await readFile(file("p.xlsx"));
      const result = await io.run(
        ...["--lang", lang, "template", "budget", "--unit", "Phường 1", "--out", file("p.xlsx")],
      );
      expect(result.code).toBe(2);
      expect(result.err.trim().split("\n")).toHaveLength(1);
      expect(result.err).toMatch(lang === "vi" ? /đã có.*--into/ : /already exists.*--into/);
      expect(await readFile(file("p.xlsx"))).toEqual(before);
    },
  );

  test("--into adds the template's sheets after the workbook's own", async () => {
    await io.run("template", "ward-plan", "--unit", "Phường 1", "--out", file("p.xlsx"));
    const result = await io.run(
      ...["template", "budget", "--unit", "Phường 1", "--out", file("p.xlsx"), "--into"],
    );
    expect(result).toMatchObject({ code: 0, err: "" });
    expect(result.out).toMatch(/^Đã thêm vào .*p\.xlsx: Ngân sách 2026 - Phường 1\n$/);
    expect(await sheetNames("p.xlsx")).toEqual(["KH 2026 - Phường 1", "Ngân sách 2026 - Phường 1"]);
  });

  test("--into refuses a sheet name the workbook has, in one line, the file left as it was", async () => {
    await io.run("template", "ward-plan", "--unit", "Phường 1", "--out", file("p.xlsx"));
    const before = await readFile(file("p.xlsx"));
    const result = await io.run(
      ...["template", "ward-plan", "--unit", "Phường 1", "--out", file("p.xlsx"), "--into"],
    );
    expect(result.code).toBe(2);
    expect(result.err).toMatch(/^Sổ tính .*p\.xlsx đã có trang “KH 2026 - Phường 1”/);
    expect(result.err.trim().split("\n")).toHaveLength(1);
    expect(await readFile(file("p.xlsx"))).toEqual(before);
  });

  test("--into a file that is not there yet writes a new workbook", async () => {
    const result = await io.run(
      ...["template", "ward-plan", "--unit", "Phường 1", "--out", file("n.xlsx"), "--into"],
    );
    expect(result.code).toBe(0);
    expect(await sheetNames("n.xlsx")).toEqual(["KH 2026 - Phường 1"]);
  });
});

describe("the budget template takes no sub-units", () => {
  test.each([
    ["vi", /^Mẫu ngân sách là bảng thu, chi của một đơn vị/],
    ["en", /^The budget template is one unit's/],
  ])("--wards with budget is refused in plain words (%s), nothing written", async (lang, said) => {
    const result = await io.run(
      ...["--lang", lang, "template", "budget", "--unit", "Phường 1", "--wards", "Khu phố 1"],
      ...["--out", file("b.xlsx")],
    );
    expect(result.code).toBe(2);
    expect(result.err).toMatch(said);
    expect(result.err.trim().split("\n")).toHaveLength(1);
    await expect(readFile(file("b.xlsx"))).rejects.toThrow();
  });
});
