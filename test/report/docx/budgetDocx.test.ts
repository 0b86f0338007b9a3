import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { BUDGET_STATUS_LABELS } from "../../../src/engine/budget/budgetStatus";
import { createWorkbook, openWorkbook } from "../../../src/hosts/xlsx";
import {
  checkBudgetWorkbook,
  type BudgetWorkbookCheck,
} from "../../../src/workbook/budget/check/checkBudgetWorkbook";
import { DiskIo } from "../../cli/memoryIo";
import {
  OVER_SPENT,
  REVENUE_BEHIND,
  typeBudgetWorkbook,
} from "../../taskpane/support/budgetWorkbook";
import { readDocx, type ReadDocx } from "./readDocx";

/**
 * The budget report of the budget template with six months typed (seed 003's Nam Từ Liêm, one
 * spending line over its estimate, one revenue line behind), written by `chitieu report
 * --budget` and read back against the engine's own budget check of the same file.
 */
let folder: string;
let io: DiskIo;
let docx: ReadDocx;
let check: BudgetWorkbookCheck;

beforeAll(async () => {
  folder = await mkdtemp(path.join(tmpdir(), "chitieu-budget-report-"));
  const gateway = createWorkbook();
  await typeBudgetWorkbook(gateway);
  const input = path.join(folder, "ngan-sach.xlsx");
  await writeFile(input, await gateway.toBuffer());
  io = new DiskIo();
  const out = path.join(folder, "bao-cao.docx");
  const made = await io.run("report", "--budget", input, "--period", "6m", "--out", out);
  expect(made).toMatchObject({ code: 0, err: "" });
  docx = readDocx(new Uint8Array(await readFile(out)));
  const workbook = await openWorkbook(new Uint8Array(await readFile(input)));
  check = checkBudgetWorkbook(await workbook.read(), {
    period: "6m",
    highlight: false,
    chart: false,
  });
}, 120_000);
afterAll(() => rm(folder, { recursive: true, force: true }));

const viNumbers = (text: string) =>
  (text.match(/-?(?:\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?)/g) ?? []).map((n) =>
    Number(n.replace(/\./g, "").replace(",", ".")),
  );

test("the title, the engine's sentence, revenue and spending sections and the checks", () => {
  const [table] = check.sheets.flatMap((s) => s.tables);
  expect(docx.paragraphs).toContain(
    "Tình hình thực hiện dự toán ngân sách nhà nước 6 tháng đầu năm 2023",
  );
  expect(docx.paragraphs).toContain(`Kết quả chung: ${table.check.sentence}`);
  const headings = docx.paragraphs.filter((p) => /^[IVX]+\. /.test(p));
  expect(headings).toEqual([
    "I. Thu ngân sách",
    "II. Chi ngân sách",
    "III. Kết quả kiểm tra số liệu",
  ]);
  for (const total of table.check.totals) {
    const line = docx.paragraphs.find((p) => p.startsWith(`${total.name}: `));
    expect(line).toBeDefined();
    const numbers = viNumbers(line!.slice(total.name.length));
    expect(numbers).toEqual([
      total.estimate,
      total.actual,
      Math.round(total.percentOfEstimate! * 10) / 10,
    ]);
  }
});

test("the line over its estimate and the line behind are named with the engine's figures", () => {
  const lines = check.sheets.flatMap((s) => s.tables).flatMap((t) => t.check.lines);
  for (const typed of [OVER_SPENT, REVENUE_BEHIND]) {
    const line = lines.find((l) => l.name === typed.name)!;
    expect(["over_estimate", "behind"]).toContain(line.status);
    const said = docx.paragraphs.find(
      (p) => p.includes(` ${typed.name} thực hiện `) && p.startsWith("+ "),
    );
    expect(said).toBeDefined();
    const numbers = viNumbers(said!.slice(said!.indexOf(" thực hiện ")));
    expect(numbers).toEqual([
      line.amounts.actual,
      Math.round(line.percentOfEstimate! * 10) / 10,
      line.amounts.estimate,
    ]);
  }
});

test("the appendix rows are the table's lines, with their figures and statuses", () => {
  const appendix = docx.tables.find(
    (t) => t[0].join("|") === "Mã|Nội dung|Dự toán|Thực hiện|% dự toán|Đánh giá",
  );
  expect(appendix).toBeDefined();
  const lines = check.sheets.flatMap((s) => s.tables).flatMap((t) => t.check.lines);
  const rows = appendix!.slice(1);
  expect(rows).toHaveLength(lines.length);
  rows.forEach((row, i) => {
    const line = lines[i];
    expect(row[1]).toBe(line.name);
    expect(row[5]).toBe(BUDGET_STATUS_LABELS.vi[line.status]);
    if (line.amounts.estimate !== undefined)
      expect(viNumbers(row[2])).toEqual([line.amounts.estimate]);
    if (line.amounts.actual !== undefined) expect(viNumbers(row[3])).toEqual([line.amounts.actual]);
  });
});

test("every finding of the check is listed with its cell", () => {
  const serious = check.findings.filter((f) => f.severity !== "info");
  expect(serious.length).toBeGreaterThan(0);
  for (const f of serious) {
    expect(docx.paragraphs.some((p) => p.startsWith(`- ${f.sheet}!${f.cell}: `))).toBe(true);
  }
});

test("a workbook without a budget table writes no report and says so", async () => {
  const empty = createWorkbook();
  await empty.apply({ changes: [{ kind: "addSheet", sheet: "Ghi chú" }] });
  const input = path.join(folder, "trong.xlsx");
  await writeFile(input, await empty.toBuffer());
  const out = path.join(folder, "trong.docx");
  const run = await io.run("--lang", "en", "report", "--budget", input, "--out", out);
  expect(run.code).toBe(2);
  expect(run.err).toContain("No budget table found");
  await expect(readFile(out)).rejects.toThrow();
});
