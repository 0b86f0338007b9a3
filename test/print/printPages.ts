/**
 * `npm run print:pages`: the sheets the add-in writes, as they print. It runs the demo, the
 * consolidation of its wards, the budget check of its sample and the report's chart sheet,
 * prints each sheet to PDF with LibreOffice (Vietnamese locale), writes page 1 of each kind to
 * docs/print/ (the README shows them) and lists every sheet's pages and smallest font size.
 * `npm run print:pages -- a.xlsx b.xlsx` measures those files instead and writes no picture.
 * Needs libreoffice-calc (or -nogui) and poppler-utils; fonts-crosextra-carlito for Calibri's
 * metrics.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { pagePng, printSheets, type PrintedSheet } from "./printedPages";
import { sampleFiles } from "./sampleFiles";

const DOCS = path.join(__dirname, "..", "..", "docs", "print");

/** The picture of each kind: which file and sheet, and which page. */
const PICTURES: Array<{ png: string; file: string; sheet: string; page?: number }> = [
  { png: "checked-plan.png", file: "quan-7-ke-hoach-2023-checked.xlsx", sheet: "KH 2023 - Quận 7" },
  { png: "tong-hop.png", file: "tong-hop-2023.xlsx", sheet: "Tổng hợp Quận 7" },
  { png: "nguon.png", file: "tong-hop-2023.xlsx", sheet: "Nguồn" },
  { png: "ma-tran.png", file: "tong-hop-2023.xlsx", sheet: "Ma trận đánh giá" },
  {
    png: "budget.png",
    file: "quan-7-ngan-sach-2023-checked.xlsx",
    sheet: "Ngân sách 2023 - Quận 7",
  },
  {
    png: "budget-chart.png",
    file: "quan-7-ngan-sach-2023-checked.xlsx",
    sheet: "Biểu đồ ngân sách",
  },
  { png: "report-chart.png", file: "bieu-do-2023.xlsx", sheet: "Biểu đồ % KH" },
];

function report(printed: readonly PrintedSheet[]): void {
  console.log("file\tsheet\tpages\tsmallest font (pt)");
  for (const p of printed)
    console.log(`${path.basename(p.file)}\t${p.sheet}\t${p.pages}\t${p.smallestFont.toFixed(1)}`);
}

async function printPages(): Promise<void> {
  const asked = process.argv.slice(2);
  const work = mkdtempSync(path.join(tmpdir(), "chitieu-pages-"));
  try {
    if (asked.length > 0) {
      report(printSheets(asked, path.join(work, "pdf")));
      return;
    }
    const files = await sampleFiles(work);
    const printed = printSheets(files, path.join(work, "pdf"));
    report(printed);
    for (const picture of PICTURES) {
      const sheet = printed.find(
        (p) => path.basename(p.file) === picture.file && p.sheet === picture.sheet,
      );
      if (!sheet) throw new Error(`${picture.file} has no sheet “${picture.sheet}”`);
      pagePng(sheet.pdf, picture.page ?? 1, path.join(DOCS, picture.png), 72);
    }
    console.log(`Wrote ${PICTURES.length} pictures to ${DOCS}`);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

printPages().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
