/**
 * What a workbook's sheets look like on paper, by LibreOffice: each sheet printed to a PDF of
 * its own (a copy of the workbook with the other sheets hidden, as Excel prints one sheet), its
 * page count and the smallest font size on its pages. Needs Debian's libreoffice-calc (or
 * -nogui) and poppler-utils; fonts-crosextra-carlito gives Calibri's metrics.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { inflateSync } from "node:zlib";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";

export interface PrintedSheet {
  file: string;
  sheet: string;
  pages: number;
  /** The smallest font size on its pages, in points as printed (after fitting). */
  smallestFont: number;
  /** The width and height in points of every MediaBox (page tree and pages; A4 landscape: 842 × 595). */
  pageSizes: Array<[number, number]>;
  pdf: string;
}

/** LibreOffice's locale: Vietnamese, so "#,##0.0" shows 8.664,9 as on the office's PC. */
const VI_PROFILE = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Setup/L10N"><prop oor:name="ooSetupSystemLocale" oor:op="fuse"><value>vi-VN</value></prop></item>
</oor:items>
`;

function findOffice(): string {
  for (const name of ["soffice", "libreoffice"]) {
    try {
      execFileSync("which", [name], { stdio: "pipe" });
      return name;
    } catch {
      // not this name
    }
  }
  throw new Error("LibreOffice (soffice) is not installed: apt-get install libreoffice-calc-nogui");
}

/** The visible sheets' names in tab order, and each <sheet> element's place in workbook.xml. */
function sheetsOf(workbook: string): Array<{ name: string; tag: string; visible: boolean }> {
  return [...workbook.matchAll(/<sheet\b[^>]*\/>/g)].map((m) => {
    const tag = m[0];
    const name = /\bname="([^"]*)"/.exec(tag)?.[1] ?? "";
    return { name: unescapeXml(name), tag, visible: !/\bstate="(hidden|veryHidden)"/.test(tag) };
  });
}

function unescapeXml(text: string): string {
  return text
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&");
}

/**
 * The workbook with sheet `keep` alone (LibreOffice prints hidden sheets too): the others are
 * dropped from the sheet list, and the defined names of the one kept (its print area and titles)
 * renumbered to it.
 */
function onlySheet(files: Record<string, Uint8Array>, keep: number): Record<string, Uint8Array> {
  let workbook = strFromU8(files["xl/workbook.xml"]);
  sheetsOf(workbook).forEach((sheet, i) => {
    if (i !== keep) workbook = workbook.replace(sheet.tag, "");
  });
  workbook = workbook.replace(/<definedName\b[^>]*>[^<]*<\/definedName>/g, (name) => {
    const local = /\blocalSheetId="(\d+)"/.exec(name);
    if (!local) return name;
    return Number(local[1]) === keep ? name.replace(local[0], 'localSheetId="0"') : "";
  });
  workbook = workbook.replace(/<workbookView\b[^>]*?(\/?)>/, (view, close: string) => {
    const bare = view.replace(/\s(activeTab|firstSheet)="[^"]*"/g, "").replace(/\/?>$/, "");
    return `${bare}${close}>`;
  });
  return { ...files, "xl/workbook.xml": strToU8(workbook) };
}

/** Pages of a PDF and the smallest size any text is set in (LibreOffice scales Tf itself). */
export function pdfFacts(pdf: Uint8Array): {
  pages: number;
  smallestFont: number;
  pageSizes: Array<[number, number]>;
} {
  const text = Buffer.from(pdf).toString("latin1");
  const pages = (text.match(/\/Type\s*\/Page(?![s\w])/g) ?? []).length;
  const pageSizes = [
    ...text.matchAll(/\/MediaBox\s*\[\s*([\d.]+)\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)\s*\]/g),
  ].map((m): [number, number] => [
    Math.round(Number(m[3]) - Number(m[1])),
    Math.round(Number(m[4]) - Number(m[2])),
  ]);
  let smallest = Infinity;
  for (const m of text.matchAll(/stream\r?\n/g)) {
    const start = (m.index ?? 0) + m[0].length;
    const end = text.indexOf("endstream", start);
    if (end < 0) continue;
    let content: string;
    try {
      content = inflateSync(Buffer.from(pdf.subarray(start, end))).toString("latin1");
    } catch {
      continue;
    }
    for (const tf of content.matchAll(/(\d+(?:\.\d+)?)\s+Tf\b/g)) {
      const size = Number(tf[1]);
      if (size > 0) smallest = Math.min(smallest, size);
    }
  }
  return { pages, smallestFont: Number.isFinite(smallest) ? smallest : 0, pageSizes };
}

/**
 * Prints every visible sheet of each workbook to a PDF of its own in `outDir` (one LibreOffice
 * run for all of them) and measures it.
 */
export function printSheets(files: readonly string[], outDir: string): PrintedSheet[] {
  const office = findOffice();
  mkdirSync(outDir, { recursive: true });
  const work = mkdtempSync(path.join(tmpdir(), "chitieu-print-"));
  try {
    mkdirSync(path.join(work, "profile", "user"), { recursive: true });
    writeFileSync(path.join(work, "profile", "user", "registrymodifications.xcu"), VI_PROFILE);
    const copies: Array<{ file: string; sheet: string; base: string }> = [];
    for (const file of files) {
      const parts = unzipSync(new Uint8Array(readFileSync(file)));
      const sheets = sheetsOf(strFromU8(parts["xl/workbook.xml"]));
      sheets.forEach((sheet, i) => {
        if (!sheet.visible) return;
        const base = `${path.basename(file, ".xlsx")}--${i + 1}`;
        writeFileSync(path.join(work, `${base}.xlsx`), zipSync(onlySheet(parts, i)));
        copies.push({ file, sheet: sheet.name, base });
      });
    }
    execFileSync(
      office,
      [
        `-env:UserInstallation=file://${path.join(work, "profile")}`,
        "--headless",
        "--convert-to",
        "pdf",
        "--outdir",
        outDir,
        ...copies.map((c) => path.join(work, `${c.base}.xlsx`)),
      ],
      { stdio: "pipe", timeout: 600_000 },
    );
    return copies.map(({ file, sheet, base }) => {
      const pdf = path.join(outDir, `${base}.pdf`);
      return { file, sheet, pdf, ...pdfFacts(new Uint8Array(readFileSync(pdf))) };
    });
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** Page `page` of a PDF as a PNG at `dpi` (poppler's pdftoppm). */
export function pagePng(pdf: string, page: number, png: string, dpi = 80): void {
  const stem = png.replace(/\.png$/, "");
  execFileSync(
    "pdftoppm",
    ["-png", "-r", String(dpi), "-f", String(page), "-l", String(page)].concat([
      "-singlefile",
      pdf,
      stem,
    ]),
    { stdio: "pipe" },
  );
}
