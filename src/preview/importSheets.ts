import type { Language } from "../engine/model/status";
import type { SheetListing } from "../hosts/gateway";
import { isWorkbookOpenError, openWorkbook } from "../hosts/xlsx";
import type { Change } from "../workbook/changeSet";
import { copySheetChanges } from "../workbook/copySheet";
import type { SheetSnapshot } from "../workbook/snapshot";
import { uniqueSheetName } from "../workbook/templates/sheetName";
import type { XlsxGateway } from "./previewGateway";

/** A file that could not be imported: the reader's reason, in the pane's language. */
export class ImportFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ImportFileError";
  }
}

/** Every worksheet of a file, or an ImportFileError saying why the file can't be read. */
async function fileSheets(bytes: Uint8Array, name: string, lang: Language) {
  try {
    const workbook = await openWorkbook(bytes, { fileName: name });
    return (await workbook.read()).sheets;
  } catch (error) {
    if (isWorkbookOpenError(error)) {
      throw new ImportFileError(lang === "vi" ? error.messageVi : error.messageEn);
    }
    throw error;
  }
}

/** What an import did: the names each file's sheets got, and the workbook's sheets after it. */
export interface ListedImport {
  given: string[][];
  /** The sheets listed before and those inserted, in order: no need to read the workbook again. */
  listing: SheetListing[];
}

/**
 * What Excel's insertWorksheetsFromBase64 does, over the .xlsx gateway: every worksheet of each
 * file (or those `sheets` names for it) goes to the end of `target`, renamed as Excel renames a sheet whose name is taken
 * ("KH 2023 - Phường 1 (2)"), with its values (a formula's last value), number formats, merged
 * areas, notes and visibility. Every file is read before anything is written, and all of them
 * go in one change set: a file that can't be read stops the import with nothing written.
 * Returns, file by file, the names the sheets got.
 */
export async function importSheetsInto(
  target: XlsxGateway,
  files: readonly Uint8Array[],
  options: ImportOptions,
): Promise<string[][]> {
  const present = await target.listSheets();
  return (await importSheetsListed(target, files, { ...options, present })).given;
}

export interface ImportOptions {
  names?: readonly string[];
  lang: Language;
  /** File by file, the only sheets to insert (Excel's sheetNamesToInsert). */
  sheets?: ReadonlyArray<readonly string[] | undefined>;
}

/**
 * importSheetsInto for a caller that knows the target's sheets (`present`, as listSheets gives
 * them): the target is not listed again, which on the .xlsx gateway after a write means parsing
 * every sheet again (168 files collected one after another would parse 168 × 168 / 2 sheets).
 */
export async function importSheetsListed(
  target: XlsxGateway,
  files: readonly Uint8Array[],
  options: ImportOptions & { present: readonly SheetListing[] },
): Promise<ListedImport> {
  const read: SheetSnapshot[][] = [];
  for (const [i, bytes] of files.entries()) {
    const name = options.names?.[i] ?? (options.lang === "vi" ? `tệp ${i + 1}` : `file ${i + 1}`);
    const only = options.sheets?.[i];
    const sheets = await fileSheets(bytes, name, options.lang);
    read.push(only ? sheets.filter((s) => only.includes(s.name)) : sheets);
  }
  const taken = [
    ...options.present.map((s) => s.name),
    ...(target.info?.skippedSheets.map((s) => s.name) ?? []),
  ];
  const changes: Change[] = [];
  const listing: SheetListing[] = [...options.present];
  const given = read.map((sheets) =>
    sheets.map((sheet) => {
      const name = uniqueSheetName(sheet.name, taken);
      taken.push(name);
      listing.push({ name, visibility: sheet.visibility });
      changes.push(...copySheetChanges(sheet, name));
      return name;
    }),
  );
  await target.apply({ changes });
  return { given, listing };
}
