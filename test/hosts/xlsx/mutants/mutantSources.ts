import { mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { CORPUS, corpusFiles } from "../../../support/corpus";
import { unitFile } from "../../../../bench/consolidate.bench";
import type { MutantSource } from "./mutant";
import { runCli } from "./runCli";

/**
 * Corpus files mutants start from: a real Vietnamese plan (vn01), an openpyxl file (vn08), LibreOffice
 * and POI files with tables (g16) and odd part names (e03), Strict OOXML (e01).
 */
const CORPUS_PREFIXES = ["vn01", "vn08", "g16", "e03", "e01"];

/**
 * The project's own output: a ward plan template, one demo ward file with figures, and a bench
 * ward file of 200 indicators (consolidate's), so "0/0" shows wherever a mutant loses them.
 */
async function projectSources(): Promise<MutantSource[]> {
  const dir = mkdtempSync(path.join(tmpdir(), "chitieu-mutant-src-"));
  try {
    const template = path.join(dir, "ward-plan.xlsx");
    const made = runCli(
      ["template", "ward-plan", "--unit", "Phường Tân Thuận", "--out", template],
      60_000,
    );
    if (made.exit !== 0) throw new Error(`chitieu template failed: ${made.stderr}`);
    const demo = path.join(dir, "demo");
    const shown = runCli(["demo", "--out", demo], 120_000);
    if (shown.exit !== 0) throw new Error(`chitieu demo failed: ${shown.stderr}`);
    const ward = readdirSync(demo).find((f) => /^phuong-.*-2023\.xlsx$/.test(f));
    if (!ward) throw new Error("chitieu demo wrote no ward file");
    return [
      { name: "template ward-plan", bytes: new Uint8Array(readFileSync(template)) },
      { name: "bench ward file", bytes: await unitFile(0) },
      { name: `demo ${ward}`, bytes: new Uint8Array(readFileSync(path.join(demo, ward))) },
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function mutantSources(): Promise<MutantSource[]> {
  const files = corpusFiles();
  const corpus = CORPUS_PREFIXES.map((prefix) => {
    const file = files.find((f) => f.startsWith(prefix));
    if (!file) throw new Error(`${prefix} is not in the corpus`);
    return { name: file, bytes: new Uint8Array(readFileSync(path.join(CORPUS, file))) };
  });
  return [...corpus, ...(await projectSources())];
}
