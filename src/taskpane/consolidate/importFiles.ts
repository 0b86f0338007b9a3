import { ImportUnsupportedError, type WorkbookGateway } from "../../hosts/gateway";
import { ImportRefusedError, type ImportRefusal } from "../../hosts/importRefusal";
import { asPaneError, type PaneError } from "../gateway/paneError";

export interface PickedFile {
  name: string;
  bytes: Uint8Array;
}

/** What became of one file. */
export type FileImport =
  | { file: string; kind: "inserted"; sheets: string[] }
  /** Not an .xlsx workbook (an .xls, a .csv): not sent. */
  | { file: string; kind: "notXlsx" }
  /** The host would refuse it (Excel on the web: charts, comments…; too large): not sent. */
  | { file: string; kind: "refused"; refusal: ImportRefusal }
  /** Excel failed it: its error, in the pane's words (the files before it are in). */
  | { file: string; kind: "failed"; error: PaneError };

export type ImportOutcome =
  /** This host can't insert sheets from files: Excel for iPad, or a gateway without the method. */
  | { kind: "unsupported"; platform?: string }
  /** A result per file, in the order picked. */
  | { kind: "files"; files: FileImport[] };

/** An .xlsx file is a zip: it starts with "PK\x03\x04". An .xls or .csv does not. */
export function looksLikeXlsx(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

/**
 * Inserts the sheets of the sub-units' files into the open workbook, one file at a time (one
 * request each on Office), so that each file gets its own result: inserted with its sheets'
 * names, or refused and why. A file refused or failed does not stop the others.
 */
export async function importFiles(
  gateway: WorkbookGateway,
  files: readonly PickedFile[],
): Promise<ImportOutcome> {
  const insert = gateway.importSheets?.bind(gateway);
  if (!insert) return { kind: "unsupported" };
  const results: FileImport[] = [];
  // One file after another: each waits for the one before (Excel.run batches queue anyway).
  for (const file of files) {
    if (!looksLikeXlsx(file.bytes)) {
      results.push({ file: file.name, kind: "notXlsx" });
      continue;
    }
    try {
      const [sheets = []] = await insert([file.bytes], [file.name]);
      results.push({ file: file.name, kind: "inserted", sheets });
    } catch (error) {
      if (error instanceof ImportUnsupportedError) {
        return { kind: "unsupported", platform: error.platform };
      }
      if (error instanceof ImportRefusedError) {
        results.push({ file: file.name, kind: "refused", refusal: error.refusal });
      } else {
        results.push({ file: file.name, kind: "failed", error: asPaneError(error, "write") });
      }
    }
  }
  return { kind: "files", files: results };
}

/** The names of every sheet the import inserted, in order. */
export function insertedSheets(outcome: ImportOutcome): string[] {
  if (outcome.kind !== "files") return [];
  return outcome.files.flatMap((f) => (f.kind === "inserted" ? f.sheets : []));
}
