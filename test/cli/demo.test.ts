import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { getTemplate } from "../../src/engine/templates/catalogue";
import { parseTargetText } from "../../src/engine/targets/parseTarget";
import { findTemplateIndicator } from "../../src/engine/templates/planIndicators";
import { openWorkbook } from "../../src/hosts/xlsx";
import { QUAN_7_WARDS } from "../../src/workbook/demo/demoRoster";
import { readPlanSheet } from "../../src/workbook/read/readPlanSheet";
import { DiskIo } from "./memoryIo";

/** `npm run demo` once, on disk: Quận 7 and its ten wards, then their consolidation. */
let folder: string;
let io: DiskIo;
let printed: string;
const file = (name: string) => path.join(folder, name);

beforeAll(async () => {
  folder = await mkdtemp(path.join(tmpdir(), "chitieu-demo-"));
  io = new DiskIo();
  const result = await io.run("demo", "--out", folder);
  expect(result.code).toBe(0);
  printed = result.out;
}, 120_000);
afterAll(() => rm(folder, { recursive: true, force: true }));

/** Each plan row of a demo file: code → its target, actual and forecast as read. */
async function rows(name: string) {
  const workbook = await openWorkbook(new Uint8Array(await readFile(file(name))));
  const [sheet] = (await workbook.read()).sheets;
  const [table] = readPlanSheet(sheet).tables;
  return new Map(
    table.rows.map((r) => [
      String(r.cells.code?.value ?? ""),
      {
        target: r.cells.target?.value,
        actual: r.cells.actual?.value,
        forecast: r.cells.forecast?.value,
      },
    ]),
  );
}

const wardFile = (ward: string) =>
  `${ward
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/gi, "d")
    .toLowerCase()
    .replace(/\s+/g, "-")}-2023.xlsx`;

test("writes Quận 7's plan and its ten wards', their checked copies, and a sentence each", async () => {
  expect(printed.match(/Hoàn thành \d+\/\d+ chỉ tiêu/g)).toHaveLength(11);
  const checked = await openWorkbook(
    new Uint8Array(await readFile(file("quan-7-ke-hoach-2023-checked.xlsx"))),
  );
  const texts = (await checked.read()).sheets[0].values
    .flat()
    .filter((v): v is string => typeof v === "string");
  expect(texts).toContain("Đánh giá");
  expect(texts.some((t) => t === "Vượt" || t === "Đạt")).toBe(true);
  expect(texts).toContain("Số liệu lỗi");
  expect(printed).toContain(`chitieu consolidate ${file("phuong-tan-phong-2023.xlsx")}`);
});

test("consolidating the wards against the district's plan finds no allocation error", async () => {
  const wards = QUAN_7_WARDS.map((w) => file(wardFile(w.name)));
  const result = await io.run(
    ...["consolidate", ...wards, "--plan", file("quan-7-ke-hoach-2023.xlsx")],
    ...["--out", file("tong-hop.xlsx"), "--json"],
  );
  expect(result.code).toBe(0);
  const report = JSON.parse(result.out) as { findings: Array<{ rule: string }> };
  const rules = report.findings.map((f) => f.rule);
  expect(rules.filter((r) => r.startsWith("allocat"))).toEqual([]);
}, 60_000);

describe("the wards' targets differ and add up to the district's", () => {
  test.each(["KT09", "KT14", "XH01", "XH05", "XH07", "XH17", "XD01"])("%s", async (code) => {
    const district = findTemplateIndicator(getTemplate("district-plan"), code);
    const targets: number[] = [];
    for (const ward of QUAN_7_WARDS) {
      const target = (await rows(wardFile(ward.name))).get(code)?.target;
      const parsed = typeof target === "string" ? parseTargetText(target, "vi") : undefined;
      const value = parsed?.ok ? parsed.target.value : target;
      targets.push(typeof value === "number" ? value : 0);
    }
    const sum = targets.reduce((a, b) => a + b, 0);
    expect(sum).toBeCloseTo(district?.target.value ?? NaN, 6);
    expect(new Set(targets).size).toBeGreaterThan(1);
  });
});

describe("counts are whole numbers in every ward", () => {
  const COUNTS = ["KT14", "KT15", "XH01", "XH05", "XH06", "XH10", "XH17", "DT02", "XD01", "XD02"];
  test.each(QUAN_7_WARDS.map((w) => [w.name]))("%s", async (ward) => {
    const figures = await rows(wardFile(ward));
    for (const code of COUNTS) {
      for (const value of Object.values(figures.get(code) ?? {})) {
        if (typeof value === "number") expect(Number.isInteger(value)).toBe(true);
      }
    }
  });
});

test("the story: Tân Phong exceeds most, Bình Thuận, Tân Phú and Phú Mỹ lag", () => {
  const achieved = (ward: string) => {
    const line = printed.split("\n").find((l) => l.startsWith(`${ward}:`)) ?? "";
    const [, done, total] = /Hoàn thành (\d+)\/(\d+)/.exec(line) ?? [];
    return Number(done) / Number(total);
  };
  const shares = QUAN_7_WARDS.map((w) => [w.name, achieved(w.name)] as const);
  const best = shares.reduce((a, b) => (b[1] > a[1] ? b : a));
  expect(best[0]).toBe("Phường Tân Phong");
  const lagging = shares.filter(([, share]) => share < 0.5).map(([name]) => name);
  expect(lagging.sort()).toEqual(["Phường Bình Thuận", "Phường Phú Mỹ", "Phường Tân Phú"].sort());
});
