import { mkdtemp, readFile, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import type { IndicatorResult } from "../../../src/engine/check/checkPlan";
import { STATUS_LABELS } from "../../../src/engine/model/status";
import {
  displayName,
  fieldSentences,
  reportSentence,
} from "../../../src/engine/report/reportSentence";
import { foldText } from "../../../src/engine/text/normalize";
import { openWorkbook } from "../../../src/hosts/xlsx";
import { checkWorkbook, type WorkbookCheck } from "../../../src/workbook/check/checkWorkbook";
import { DiskIo } from "../../cli/memoryIo";
import { all, readDocx, textOf, type ReadDocx } from "./readDocx";

/**
 * The Word report of the demo's Quận 7 (with its ten wards) and of one ward, written by
 * `chitieu report`, read back from the saved file: page, fonts, the state's formulas, a section
 * per field, the appendix rows and every figure against the engine's own check of the same files.
 */
let folder: string;
let io: DiskIo;
const file = (name: string) => path.join(folder, name);

async function check(name: string): Promise<WorkbookCheck> {
  const workbook = await openWorkbook(new Uint8Array(await readFile(file(name))));
  return checkWorkbook(await workbook.read(), { highlight: false });
}

let parent: { docx: ReadDocx; check: WorkbookCheck; wards: Map<string, WorkbookCheck> };
let ward: { docx: ReadDocx; check: WorkbookCheck };

beforeAll(async () => {
  folder = await mkdtemp(path.join(tmpdir(), "chitieu-report-"));
  io = new DiskIo();
  expect((await io.run("demo", "--out", folder)).code).toBe(0);
  const wardFiles = (await readdir(folder)).filter((f) => /^phuong-.*-2023\.xlsx$/.test(f)).sort();
  expect(wardFiles).toHaveLength(10);
  const made = await io.run(
    "report",
    file("quan-7-ke-hoach-2023.xlsx"),
    "--units",
    ...wardFiles.map(file),
    "--out",
    file("bao-cao.docx"),
  );
  expect(made).toMatchObject({ code: 0, err: "" });
  const wards = new Map<string, WorkbookCheck>();
  for (const f of wardFiles) {
    const c = await check(f);
    wards.set(c.sheets[0].tables[0].table.unit ?? f, c);
  }
  parent = {
    docx: readDocx(new Uint8Array(await readFile(file("bao-cao.docx")))),
    check: await check("quan-7-ke-hoach-2023.xlsx"),
    wards,
  };
  expect(
    (await io.run("report", file("phuong-tan-hung-2023.xlsx"), "--out", file("w.docx"))).code,
  ).toBe(0);
  ward = {
    docx: readDocx(new Uint8Array(await readFile(file("w.docx")))),
    check: await check("phuong-tan-hung-2023.xlsx"),
  };
}, 240_000);
afterAll(() => rm(folder, { recursive: true, force: true }));

const mm = (twips: number) => (twips * 25.4) / 1440;

/** Numbers written vi-VN style in a text: "8.664,9" → 8664.9, "12,5%" → 12.5. */
function viNumbers(text: string): number[] {
  return (text.match(/-?(?:\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?)/g) ?? []).map((n) =>
    Number(n.replace(/\./g, "").replace(",", ".")),
  );
}

/** The figures the engine holds for an indicator: judged figure, % KH, target bounds. */
function engineFigures(r: IndicatorResult): number[] {
  const out: number[] = [];
  for (const v of [r.indicator.actual, r.indicator.forecast])
    if (v?.kind === "number") out.push(v.value);
  if (r.percent !== undefined) out.push(r.percent);
  if (r.indicator.target?.value !== undefined) out.push(r.indicator.target.value);
  if (r.indicator.target?.max !== undefined) out.push(r.indicator.target.max);
  return out;
}

const matches = (written: number, engine: readonly number[]) =>
  engine.some((v) => Math.abs(v - written) <= 0.05 + 1e-9);

describe.each([
  ["the demo parent", () => parent],
  ["a ward", () => ward],
])("%s", (_name, get) => {
  test("A4 portrait with the decree's margins in every section", () => {
    const { sections } = get().docx;
    expect(sections.length).toBeGreaterThanOrEqual(1);
    for (const s of sections) {
      expect([s.width, s.height]).toEqual([11906, 16838]);
      expect(mm(s.margins.top)).toBeGreaterThanOrEqual(19.9);
      expect(mm(s.margins.top)).toBeLessThanOrEqual(25.1);
      expect(mm(s.margins.bottom)).toBeGreaterThanOrEqual(19.9);
      expect(mm(s.margins.bottom)).toBeLessThanOrEqual(25.1);
      expect(mm(s.margins.left)).toBeGreaterThanOrEqual(29.9);
      expect(mm(s.margins.left)).toBeLessThanOrEqual(35.1);
      expect(mm(s.margins.right)).toBeGreaterThanOrEqual(14.9);
      expect(mm(s.margins.right)).toBeLessThanOrEqual(20.1);
    }
  });

  test("Times New Roman 14 pt by default; no run outside 11–14 pt", () => {
    const { styles, document } = get().docx;
    const defaults = all(styles, "w:docDefaults")[0];
    expect(all(defaults, "w:rFonts")[0].getAttribute("w:ascii")).toBe("Times New Roman");
    expect(all(defaults, "w:rFonts")[0].getAttribute("w:hAnsi")).toBe("Times New Roman");
    expect(all(defaults, "w:sz")[0].getAttribute("w:val")).toBe("28");
    const sizes = new Set(all(document, "w:sz").map((s) => Number(s.getAttribute("w:val"))));
    for (const size of sizes) expect([22, 24, 26, 28]).toContain(size);
    const fonts = all(document, "w:rFonts").map((f) => f.getAttribute("w:ascii"));
    expect(fonts.filter((f) => f !== "Times New Roman")).toEqual([]);
  });

  test("the issuing body, number, national title, motto, place and date, signature", () => {
    const { document, tables } = get().docx;
    const head = tables[0][0];
    const unit = get().check.sheets[0].tables[0].table.unit ?? "";
    expect(head[0]).toBe(`ỦY BAN NHÂN DÂN${unit.toLocaleUpperCase("vi")}Số: ……/BC-UBND`);
    expect(head[1]).toBe(
      `CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAMĐộc lập - Tự do - Hạnh phúc${unit}, ngày …… tháng …… năm 2023`,
    );
    const paragraph = (text: string) => all(document, "w:p").find((p) => textOf(p) === text);
    const runProps = (text: string) => all(paragraph(text)!, "w:rPr")[0];
    expect(all(runProps("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"), "w:b")).toHaveLength(1);
    expect(all(runProps("Độc lập - Tự do - Hạnh phúc"), "w:b")).toHaveLength(1);
    expect(all(runProps("Độc lập - Tự do - Hạnh phúc"), "w:u")).toHaveLength(1);
    expect(all(runProps(`${unit}, ngày …… tháng …… năm 2023`), "w:i")).toHaveLength(1);
    expect(all(runProps("BÁO CÁO"), "w:b")).toHaveLength(1);
    const foot = tables.find((t) => t[0][0]?.startsWith("Nơi nhận:"));
    expect(foot?.[0][1]).toBe("TM. ỦY BAN NHÂN DÂNCHỦ TỊCH……………………………");
  });

  test("the overall sentence and a section per field, with the engine's field sentences", () => {
    const { docx, check: c } = get();
    const own = c.results;
    expect(docx.paragraphs).toContain(`Kết quả chung: ${reportSentence(c.summary, own)}`);
    const fields = [...new Set(own.map((r) => r.indicator.field ?? ""))];
    const headings = docx.paragraphs.filter((p) => /^[IVX]+\. /.test(p));
    fields.forEach((field, i) => {
      const heading = headings[i];
      expect(foldText(heading.replace(/^[IVX]+\. /, ""))).toBe(foldText(field));
      const sentence = fieldSentences(c.summary).find((s) => s.startsWith(`${field}: `));
      if (sentence) {
        const next = docx.paragraphs[docx.paragraphs.indexOf(heading) + 1];
        expect(foldText(next)).toBe(foldText(sentence.slice(field.length + 2)));
      }
    });
  });

  test("the appendix rows are the checked indicators, with the engine's figures and statuses", () => {
    const { docx, check: c } = get();
    const appendix = docx.tables.find(
      (t) => t[0].join("|") === "STT|Chỉ tiêu|ĐVT|KH|TH/ƯTH|% KH|Đánh giá",
    );
    expect(appendix).toBeDefined();
    const rows = appendix!.slice(1).filter((r) => r.length === 7);
    expect(rows).toHaveLength(c.results.length);
    rows.forEach((row, i) => {
      const r = c.results[i];
      expect(row[0]).toBe(String(i + 1));
      expect(row[1]).toBe(displayName(r.indicator));
      expect(row[6]).toBe(STATUS_LABELS.vi[r.status]);
      if (r.percent === undefined) expect(row[5]).toBe("");
      else expect(Math.abs(viNumbers(row[5])[0] - r.percent)).toBeLessThanOrEqual(0.05);
      const judged = r.indicator.actual ?? r.indicator.forecast;
      if (judged?.kind === "number" && row[4] !== "")
        expect(Math.abs(viNumbers(row[4])[0] - judged.value)).toBeLessThanOrEqual(0.0005);
    });
  });

  test("every figure quoted in the body is the engine's", () => {
    const { docx, check: c } = get();
    let quoted = 0;
    const seen = new Map<string, number>();
    for (const r of c.results) {
      if (r.status === "invalid" || r.status === "no_target" || r.status === "not_reported")
        continue;
      const name = displayName(r.indicator);
      const k = seen.get(name) ?? 0;
      seen.set(name, k + 1);
      const lines = docx.paragraphs.filter((p) =>
        [" đạt ", " ước đạt ", ": "].some((next) => p.startsWith(`+ ${name}${next}`)),
      );
      const line = lines[k];
      expect(line).toBeDefined();
      const numbers = viNumbers(line.slice(2 + name.length));
      for (const n of numbers) expect([n, matches(n, engineFigures(r))]).toEqual([n, true]);
      quoted += numbers.length;
    }
    expect(quoted).toBeGreaterThan(c.results.length);
  });
});

test("the parent's report gives each sub-unit's counts from its own check", () => {
  const { docx, wards } = parent;
  const table = docx.tables.find((t) => t[0][1] === "Đơn vị");
  expect(table).toBeDefined();
  const rows = table!.slice(1);
  expect(rows.map((r) => r[1]).sort()).toEqual([...wards.keys()].sort());
  for (const row of rows) {
    const c = wards.get(row[1])!;
    const met = c.summary.counts.exceeded + c.summary.counts.achieved;
    expect(row.slice(2, 4)).toEqual([String(c.summary.total), String(met)]);
  }
  expect(docx.paragraphs.some((p) => p.startsWith("10/10 đơn vị đã báo cáo số liệu"))).toBe(true);
});

test("the chart is embedded as SVG with a PNG fallback", () => {
  const media = parent.docx.parts.filter((p) => p.startsWith("word/media/"));
  expect(media.some((p) => p.endsWith(".png"))).toBe(true);
  expect(media.some((p) => p.endsWith(".svg"))).toBe(true);
});

test("--out never replaces a file, and a workbook without plan table writes nothing", async () => {
  const again = await io.run("report", file("phuong-tan-hung-2023.xlsx"), "--out", file("w.docx"));
  expect(again.code).toBe(2);
  expect(again.err).toContain("không ghi đè");
  const neither = await io.run("report", "--out", file("x.docx"));
  expect(neither.code).toBe(2);
  expect(neither.err).toContain("Cần đúng một sổ tính");
});
