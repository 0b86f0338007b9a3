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

/** Queues the insert: the new sheets go at the end and their ids come back after the sync. */
export function insertSheets(
  context: StrictContext,
  model: () => WorkbookModel,
  build: (seed: SeedWorkbook) => SheetModel[],
  base64: string,
): { value: string[] } {
  let ids: string[] | undefined;
  context.enqueue(
    { path: "workbook", method: "insertWorksheetsFromBase64", args: [base64] },
    () => {
      context.requires(13, "Workbook.insertWorksheetsFromBase64");
      const target = model();
      const sheets = build(context.host.imports.lookup(base64));
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
