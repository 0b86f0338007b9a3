import { existsSync, readdirSync, readFileSync } from "fs";
import * as path from "path";
import { isWorkbookOpenError, openWorkbook } from "../../src/hosts/xlsx";
import type { WorkbookSnapshot } from "../../src/workbook/snapshot";

/** The real spreadsheets of ../shared/corpus (its README says what each tests). */
export const CORPUS = path.resolve(__dirname, "../../../shared/corpus");

/**
 * The corpus's spreadsheet files, sorted. CI has ../shared beside the clone: a missing corpus
 * fails the tests that need it rather than skipping them.
 */
export function corpusFiles(): string[] {
  if (!existsSync(CORPUS)) throw new Error(`The corpus is missing: ${CORPUS}`);
  return readdirSync(CORPUS)
    .filter((f) => /\.(xlsx|xlsm|xls)$/i.test(f))
    .sort();
}

/**
 * The files the .xlsx gateway refuses, each with one clear message (test/hosts/xlsx/gateway tests
 * the messages): encrypted, nonstandard part names, broken XML, and the old .xls format.
 */
export const REFUSED = new Set([
  "e02_poi_58616_encrypted.xlsx",
  "e04_ejs_invalid-xml.xlsx",
  "vn09_bki_bieu_01_02_quyet_toan.xls",
  "vn10_bki_A350_bao_cao_giai_ngan_2014.xls",
]);

/** A corpus file read through the .xlsx gateway; undefined when the gateway refuses it. */
export async function corpusSnapshot(file: string): Promise<WorkbookSnapshot | undefined> {
  try {
    const gateway = await openWorkbook(new Uint8Array(readFileSync(path.join(CORPUS, file))), {
      fileName: file,
    });
    return await gateway.read();
  } catch (error) {
    if (isWorkbookOpenError(error)) return undefined; // refused cleanly by the gateway
    throw error;
  }
}

/** The corpus file whose name starts with `prefix` ("vn01"), opened; throws when it can't be. */
export async function openCorpusFile(prefix: string): Promise<WorkbookSnapshot> {
  const file = corpusFiles().find((f) => f.startsWith(prefix));
  if (!file) throw new Error(`${prefix} is not in the corpus`);
  const snapshot = await corpusSnapshot(file);
  if (!snapshot) throw new Error(`${file} could not be opened`);
  return snapshot;
}

/** A corpus file the gateway must open (it is not in REFUSED), read; undefined if refused as expected. */
export async function expectedSnapshot(file: string): Promise<WorkbookSnapshot | undefined> {
  const snapshot = await corpusSnapshot(file);
  if (REFUSED.has(file) !== (snapshot === undefined)) {
    throw new Error(
      snapshot === undefined ? `${file} was refused` : `${file} opened, but should be refused`,
    );
  }
  return snapshot;
}
