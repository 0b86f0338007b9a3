import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { colourCounts } from "../support/colourCounts";
import { printSheets, type PrintedSheet } from "./printedPages";
import { sampleFiles } from "./sampleFiles";

/**
 * Issue 13, printing, on paper: the demo's sheets printed by LibreOffice (a renderer we did not
 * write) land on A4 landscape pages, at a size a clerk reads, each chart on one page. Before
 * this, the checked plan printed at 6.8 pt and Tổng hợp's figures sat on pages of their own.
 */
let work: string;
let printed: PrintedSheet[];

beforeAll(async () => {
  work = mkdtempSync(path.join(tmpdir(), "chitieu-printed-"));
  const files = await sampleFiles(path.join(work, "files"));
  printed = printSheets(files, path.join(work, "pdf"));
}, 300_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

const A4_LANDSCAPE: [number, number] = [842, 595];

test.each<[string, string, number, number]>([
  // file, sheet, at most this many pages, no text under this size (pt)
  ["quan-7-ke-hoach-2023.xlsx", "KH 2023 - Quận 7", 6, 8.5],
  ["quan-7-ke-hoach-2023-checked.xlsx", "KH 2023 - Quận 7", 8, 8.5],
  ["tong-hop-2023.xlsx", "Tổng hợp Quận 7", 3, 9.5],
  ["tong-hop-2023.xlsx", "Nguồn", 60, 9.5],
  ["tong-hop-2023.xlsx", "Ma trận đánh giá", 3, 8.5],
  ["quan-7-ngan-sach-2023.xlsx", "Ngân sách 2023 - Quận 7", 2, 9.5],
  ["quan-7-ngan-sach-2023-checked.xlsx", "Ngân sách 2023 - Quận 7", 2, 9.5],
  ["quan-7-ngan-sach-2023-checked.xlsx", "Biểu đồ ngân sách", 1, 8],
  ["bieu-do-2023.xlsx", "Biểu đồ % KH", 1, 8],
])("%s “%s”: A4 landscape, at most %i pages, nothing under %d pt", (file, sheet, pages, font) => {
  const found = printed.find((p) => path.basename(p.file) === file && p.sheet === sheet);
  expect(found).toBeDefined();
  if (!found) return;
  expect(found.pages).toBeGreaterThanOrEqual(1);
  expect(found.pages).toBeLessThanOrEqual(pages);
  expect(found.smallestFont).toBeGreaterThanOrEqual(font);
  // Every MediaBox (the page tree's and each page's) is A4 turned landscape.
  expect(found.pageSizes.length).toBeGreaterThanOrEqual(found.pages);
  for (const size of found.pageSizes) expect(size).toEqual(A4_LANDSCAPE);
});

test.each([
  ["quan-7-ngan-sach-2023-checked.xlsx", "Biểu đồ ngân sách"],
  ["bieu-do-2023.xlsx", "Biểu đồ % KH"],
])("%s “%s”: the chart's bars are drawn (LibreOffice draws a series with no fill as nothing)", (file, sheet) => {
  const found = printed.find((p) => path.basename(p.file) === file && p.sheet === sheet);
  if (!found) throw new Error(`${file} ${sheet} was not printed`);
  const page = path.join(work, `${path.basename(file, ".xlsx")}-chart`);
  execFileSync("pdftoppm", ["-r", "60", "-f", "1", "-l", "1", "-singlefile", found.pdf, page]);
  const counts = colourCounts(readFileSync(`${page}.ppm`), ["#4472C4"]);
  expect(counts["#4472C4"]).toBeGreaterThan(500);
});
