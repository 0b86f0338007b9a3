import { ImportUnsupportedError, type WorkbookGateway } from "../../hosts/gateway";

export interface PickedFile {
  name: string;
  bytes: Uint8Array;
}

export type ImportOutcome =
  | { kind: "imported"; sheets: string[] }
  /** The host can't insert sheets (no ExcelApi 1.13, or a gateway without the method). */
  | { kind: "unsupported"; requirement?: string }
  /** Files that are not .xlsx workbooks (an .xls, a .csv): named, nothing imported. */
  | { kind: "not_xlsx"; files: string[] };

/** An .xlsx file is a zip: it starts with "PK\x03\x04". An .xls or .csv does not. */
function looksLikeXlsx(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

/** Inserts the sheets of the sub-units' files into the open workbook, all in one go. */
export async function importFiles(
  gateway: WorkbookGateway,
  files: readonly PickedFile[],
): Promise<ImportOutcome> {
  if (!gateway.importSheets) return { kind: "unsupported" };
  const refused = files.filter((f) => !looksLikeXlsx(f.bytes)).map((f) => f.name);
  if (refused.length > 0) return { kind: "not_xlsx", files: refused };
  try {
    const names = await gateway.importSheets(
      files.map((f) => f.bytes),
      files.map((f) => f.name),
    );
    return { kind: "imported", sheets: names.flat() };
  } catch (error) {
    if (error instanceof ImportUnsupportedError) {
      return { kind: "unsupported", requirement: error.requirement };
    }
    throw error;
  }
}
