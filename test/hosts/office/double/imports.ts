import { unzipSync } from "fflate";
import type { SeedWorkbook } from "../../contractCases";
import { OfficeError, type StrictContext } from "./context";
import { findSheet, type SheetModel, type WorkbookModel } from "./model";

/**
 * What Workbook.insertWorksheetsFromBase64 would find in a file: the double can't parse .xlsx,
 * so a test registers the workbook a file's bytes stand for (read with the ExcelJS gateway) and
 * the double checks that the base64 it is given decodes to exactly those bytes.
 */
export class ImportRegistry {
  private readonly files = new Map<string, SeedWorkbook>();

  register(bytes: Uint8Array, seed: SeedWorkbook): void {
    this.files.set(Buffer.from(bytes).toString("base64"), seed);
  }

  lookup(base64: string): SeedWorkbook {
    const seed = this.files.get(base64);
    if (!seed) throw new OfficeError("InvalidArgument", "The base64 string is not a workbook");
    return seed;
  }
}

/** Excel's name for an inserted sheet whose name is taken: "Name (2)", "Name (3)"… */
function freeName(model: WorkbookModel, name: string): string {
  if (!findSheet(model, name)) return name;
  for (let n = 2; ; n += 1) {
    const candidate = `${name} (${n})`;
    if (!findSheet(model, candidate)) return candidate;
  }
}

/** Folders and names of package parts Excel on the web refuses to insert, by what they hold. */
const WEB_REFUSED: [RegExp, string][] = [
  [/^xl\/(charts|chartsheets)\//i, "Chart"],
  [/^xl\/(comments\d*\.xml|threadedcomments\/)/i, "Comment"],
  [/^xl\/(pivottables|pivotcache)\//i, "PivotTable"],
  [/^xl\/(slicers|slicercaches)\//i, "Slicer"],
];

/**
 * What Excel on the web finds in a file that it won't insert, by the zip's entry names (read
 * with fflate's directory walk, nothing inflated: not the add-in's package reader, whose check
 * this double is there to test).
 */
function webRefusedFeatures(base64: string): string[] {
  const names: string[] = [];
  unzipSync(Buffer.from(base64, "base64"), {
    filter: (file) => {
      names.push(file.name);
      return false;
    },
  });
  return WEB_REFUSED.filter(([pattern]) => names.some((n) => pattern.test(n))).map(([, f]) => f);
}

/** Queues the insert: the new sheets go at the end and their ids come back after the sync. */
export function insertSheets(
  context: StrictContext,
  model: () => WorkbookModel,
  build: (seed: SeedWorkbook) => SheetModel[],
  base64: string,
  options: { sheetNamesToInsert?: string[] } = {},
): { value: string[] } {
  let ids: string[] | undefined;
  context.enqueue(
    { path: "workbook", method: "insertWorksheetsFromBase64", args: [base64, options] },
    () => {
      context.requires(13, "Workbook.insertWorksheetsFromBase64");
      // The method's remarks: "only supported for Office on Windows, Mac, and the web".
      if (context.host.platform === "iOS") {
        throw new OfficeError(
          "NotImplemented",
          "This operation is not implemented on this platform",
        );
      }
      if (context.host.platform === "OfficeOnline") {
        const refused = webRefusedFeatures(base64);
        if (refused.length > 0) {
          throw new OfficeError(
            "UnsupportedFeature",
            "The operation failed because the source contains one or more unsupported features. " +
              `Features currently unsupported on this platform are ${refused.join(", ")}.`,
          );
        }
      }
      const target = model();
      const all = build(context.host.imports.lookup(base64));
      // Sheets named to insert that the file lacks: Excel fails the call (ItemNotFound).
      const only = options.sheetNamesToInsert;
      const missing = only?.find((name) => !all.some((s) => s.name === name));
      if (missing !== undefined) {
        throw new OfficeError("ItemNotFound", `The worksheet "${missing}" is not in the source`);
      }
      const sheets = only ? all.filter((s) => only.includes(s.name)) : all;
      for (const sheet of sheets) {
        sheet.name = freeName(target, sheet.name);
        target.sheets.push(sheet);
      }
      ids = sheets.map((s) => s.id);
      context.respond(ids);
    },
  );
  return {
    get value(): string[] {
      if (!ids) throw new OfficeError("PropertyNotLoaded", "ClientResult.value before its sync");
      return ids;
    },
  };
}
