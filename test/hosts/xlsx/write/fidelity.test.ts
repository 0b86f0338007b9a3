import { execFileSync } from "child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import {
  applyChangeSetToPackage,
  unzipPackage,
  zipPackage,
} from "../../../../src/hosts/xlsx/write";
import {
  parseRelationships,
  relsPathOf,
  resolveTarget,
} from "../../../../src/hosts/xlsx/write/relationships";
import { WorkbookDoc } from "../../../../src/hosts/xlsx/write/workbookDoc";
import type { Change } from "../../../../src/workbook/changeSet";
import { CORPUS, corpusFiles, corpusSnapshot, REFUSED } from "../../../support/corpus";
import { fidelityChanges } from "./support/fidelityChanges";
import { diffStyles, diffWorksheet, partText, type PackageParts } from "./support/packageDiff";

/**
 * Issue 11's fidelity proof for the package writer: every corpus file that opens gets a
 * realistic change set (what `check --out` writes, plus owned columns with formulas, conditional
 * formats and an entry rule, the sheet protected, custom properties, a note and a new sheet
 * with a chart); the output keeps every part the change set does not name byte for byte, every
 * element of a changed sheet other than the written cells, and every style the user had; and
 * openpyxl and LibreOffice open the outputs.
 */
const FILES = corpusFiles().filter((f) => !REFUSED.has(f));
const out = mkdtempSync(path.join(tmpdir(), "xwrite-fidelity-"));
const written: string[] = [];
const openpyxlBlind: string[] = [];
const totals = {
  files: 0,
  partsLost: 0,
  partsChangedUnnamed: 0,
  cellsStyleChanged: 0,
  stylesChanged: 0,
};

/** Parts the change set may rewrite: the sheets it names, their relationships and notes/drawings, and the workbook-level parts. */
function namedParts(parts: PackageParts, changes: Change[]): Set<string> {
  const text = (p: string) => partText(parts.get(p));
  const rootRels = parseRelationships(text("_rels/.rels"));
  const office = rootRels.find((r) => r.type.endsWith("/officeDocument"));
  const wbPath = office ? resolveTarget("", office.target) : "xl/workbook.xml";
  const wb = new WorkbookDoc(wbPath, text(wbPath), text(relsPathOf(wbPath)));
  const named = new Set([wbPath, relsPathOf(wbPath), "[Content_Types].xml", "docProps/app.xml"]);
  for (const rel of parseRelationships(text(relsPathOf(wbPath)))) {
    if (/\/(styles|calcChain)$/.test(rel.type)) named.add(resolveTarget(wbPath, rel.target));
  }
  // Custom properties: their part and, where the package had none, the relationship to it.
  if (changes.some((c) => c.kind === "documentProperties")) {
    named.add("_rels/.rels");
    for (const rel of parseRelationships(text("_rels/.rels"))) {
      if (rel.type.endsWith("/custom-properties")) named.add(resolveTarget("", rel.target));
    }
  }
  const sheetNames = new Set(changes.flatMap((c) => ("sheet" in c ? [c.sheet.toLowerCase()] : [])));
  for (const sheet of wb.sheets) {
    if (!sheet.path || !sheetNames.has(sheet.name.toLowerCase())) continue;
    named.add(sheet.path);
    named.add(relsPathOf(sheet.path));
    for (const rel of parseRelationships(text(relsPathOf(sheet.path)))) {
      if (/\/(comments|vmlDrawing|drawing)$/.test(rel.type))
        named.add(resolveTarget(sheet.path, rel.target));
    }
  }
  // A sheet that was the selected tab may lose tabSelected when another sheet becomes active.
  for (const sheet of wb.sheets)
    if (sheet.path && /tabSelected="(1|true)"/.test(text(sheet.path))) named.add(sheet.path);
  return named;
}

/** What of the new kinds is missing from the output: each must be there, where it was put. */
function newKindProblems(result: PackageParts, wb: WorkbookDoc, changes: Change[]): string[] {
  const problems: string[] = [];
  const protect = changes.find((c) => c.kind === "protectSheet");
  if (protect && protect.kind === "protectSheet") {
    const path = wb.find(protect.sheet)?.path;
    const xml = path ? partText(result.get(path)) : "";
    // A sheet protected already keeps its own attributes (a password) in their order.
    const tag = /<(?:\w+:)?sheetProtection\b[^>]*>/.exec(xml)?.[0] ?? "";
    if (!["sheet", "objects", "scenarios"].every((a) => tag.includes(` ${a}="1"`)))
      problems.push(`${protect.sheet}: not protected`);
    const range = protect.unlocked[0];
    if (!xml.includes(`<conditionalFormatting sqref="${range}">`))
      problems.push(`${protect.sheet}: no conditional format on ${range}`);
    if (!new RegExp(`<dataValidation [^>]*promptTitle="% KH"[^>]*sqref="${range}"`).test(xml))
      problems.push(`${protect.sheet}: no entry rule on ${range}`);
    if ((xml.match(/<(\w+:)?f>[^<]*<\/(\w+:)?f><\/(\w+:)?c>/g) ?? []).length < 2)
      problems.push(`${protect.sheet}: formulas without cached values missing`);
  }
  const custom = partText(result.get("docProps/custom.xml"));
  const pids = [...custom.matchAll(/\spid="(\d+)"/g)].map((m) => m[1]);
  if (!custom.includes(`name="Chỉ tiêu: kiểm tra"><vt:lpwstr>2025</vt:lpwstr>`))
    problems.push("custom property missing");
  if (new Set(pids).size !== pids.length || pids.some((p) => Number(p) < 2))
    problems.push(`custom property pids ${pids.join(",")}`);
  return problems;
}

describe("package writer: fidelity on the corpus", () => {
  test.each(FILES)(
    "%s keeps every part and element the change set does not name",
    async (file) => {
      const snapshot = await corpusSnapshot(file);
      if (!snapshot) throw new Error(`${file} did not open`);
      const changes = fidelityChanges(snapshot);
      const bytes = new Uint8Array(readFileSync(path.join(CORPUS, file)));
      const { parts, methods } = unzipPackage(bytes);
      const input = new Map(parts);
      const result = applyChangeSetToPackage(parts, changes);
      const named = namedParts(input, changes);
      const problems: string[] = [];
      for (const [name, before] of input) {
        const after = result.get(name);
        if (after === undefined) {
          totals.partsLost += 1;
          problems.push(`lost part ${name}`);
        } else if (
          !named.has(name) &&
          Buffer.compare(Buffer.from(before), Buffer.from(after)) !== 0
        ) {
          totals.partsChangedUnnamed += 1;
          problems.push(`part ${name} changed but no change names it`);
        }
      }
      const wbText = (p: PackageParts, name: string) => partText(p.get(name));
      const office = parseRelationships(wbText(input, "_rels/.rels")).find((r) =>
        r.type.endsWith("/officeDocument"),
      );
      const wbPath = office ? resolveTarget("", office.target) : "xl/workbook.xml";
      const wb = new WorkbookDoc(wbPath, wbText(input, wbPath), wbText(input, relsPathOf(wbPath)));
      for (const sheet of wb.sheets) {
        if (!sheet.path || !sheet.isWorksheet) continue;
        const before = wbText(input, sheet.path);
        const after = wbText(result, sheet.path);
        if (before === after) continue;
        const diff = diffWorksheet(before, after, changes, sheet.name);
        totals.cellsStyleChanged += diff.changedCells;
        problems.push(...diff.problems.map((p) => `${sheet.name}: ${p}`));
      }
      problems.push(...newKindProblems(result, wb, changes));
      for (const rel of parseRelationships(wbText(input, relsPathOf(wbPath)))) {
        if (!rel.type.endsWith("/styles")) continue;
        const stylesPath = resolveTarget(wbPath, rel.target);
        const styleProblems = diffStyles(wbText(input, stylesPath), wbText(result, stylesPath));
        totals.stylesChanged += styleProblems.length;
        problems.push(...styleProblems);
      }
      const target = path.join(
        out,
        file.replace(/\.xls[xm]$/, (ext) => `.out${ext}`),
      );
      writeFileSync(target, zipPackage(result, methods));
      written.push(target);
      totals.files += 1;
      expect(problems).toEqual([]);
    },
    120_000,
  );

  test("openpyxl opens every output (except where it reads no sheet of the input: Strict OOXML)", () => {
    // Each argument is "output|input". An output openpyxl refuses counts as a failure unless
    // openpyxl finds no worksheet at all in the input (it cannot read Strict OOXML's sheets).
    const script = [
      "import sys, warnings, openpyxl",
      "warnings.simplefilter('ignore')",
      "bad = []",
      "for arg in sys.argv[1:]:",
      "    out, src = arg.split('|')",
      "    try:",
      "        openpyxl.load_workbook(out)",
      "    except Exception as e:",
      "        try:",
      "            blind = len(openpyxl.load_workbook(src).worksheets) == 0",
      "        except Exception:",
      "            blind = False",
      "        bad.append(('UNREADABLE-INPUT ' if blind else 'FAIL ') + out + ': ' + repr(e))",
      "print('\\n'.join(bad))",
    ].join("\n");
    const args = written.map(
      (w) => `${w}|${path.join(CORPUS, path.basename(w).replace(".out.", "."))}`,
    );
    const report = execFileSync("/usr/bin/python3", ["-c", script, ...args], {
      encoding: "utf8",
      timeout: 300_000,
    });
    const lines = report.split("\n").filter(Boolean);
    openpyxlBlind.push(...lines.filter((l) => l.startsWith("UNREADABLE-INPUT")));
    expect(lines.filter((l) => l.startsWith("FAIL"))).toEqual([]);
    expect(written.length).toBe(FILES.length);
  }, 300_000);

  test("LibreOffice converts a few outputs to csv and pdf", () => {
    const profile = `file://${path.join(out, "lo-profile")}`;
    const some = written.filter((f) => /(vn01|vn05|g02|g11|g16)_/.test(path.basename(f)));
    for (const [format, files] of [
      ["csv", some],
      ["pdf", some.slice(0, 2)],
    ] as const) {
      execFileSync(
        "soffice",
        [
          `-env:UserInstallation=${profile}`,
          "--headless",
          "--convert-to",
          format,
          "--outdir",
          path.join(out, format),
          ...files,
        ],
        { timeout: 240_000, stdio: "pipe" },
      );
      for (const f of files) {
        const converted = path.join(
          out,
          format,
          path.basename(f).replace(/\.xls[xm]$/, `.${format}`),
        );
        expect(readFileSync(converted).length).toBeGreaterThan(0);
      }
    }
    console.log(
      `Fidelity: ${JSON.stringify(totals)}; openpyxl cannot read the input either: ` +
        `${JSON.stringify(openpyxlBlind)}; outputs in ${out}`,
    );
  }, 600_000);
});
