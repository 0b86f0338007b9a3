import { REQUEST_BUDGET } from "./applyChanges";
import { packChunks } from "./chunks";

/** Bytes to base64 in slices: String.fromCharCode over a whole file overflows the call stack. */
export function toBase64(bytes: Uint8Array): string {
  const SLICE = 0x8000;
  let binary = "";
  for (let i = 0; i < bytes.length; i += SLICE) {
    binary += String.fromCharCode(...bytes.subarray(i, i + SLICE));
  }
  return btoa(binary);
}

/**
 * Inserts every sheet of each .xlsx file at the end of the workbook (ExcelApi 1.13) and returns
 * the names they got, file by file: Excel renames a sheet whose name is taken, so the names come
 * from the ids it returns. The files go out in as few requests as Excel on the web's 5 MB limit
 * allows (one for a usual handful of ward files; a file over the budget goes alone), then one
 * request reads the new sheets' names.
 */
export async function importSheets(
  context: Excel.RequestContext,
  files: readonly Uint8Array[],
  budget: number = REQUEST_BUDGET,
): Promise<string[][]> {
  const encoded = files.map((file) => {
    const base64 = toBase64(file);
    return { base64, bytes: base64.length };
  });
  // Size-bounded batches chained with reduce, not a loop of syncs (see applyChanges.ts).
  const inserted = await packChunks(encoded, budget).reduce<
    Promise<OfficeExtension.ClientResult<string[]>[]>
  >(
    (previous, chunk) =>
      previous.then(async (done) => {
        const results = chunk.map((file) =>
          context.workbook.insertWorksheetsFromBase64(file.base64, { positionType: "End" }),
        );
        await context.sync();
        return [...done, ...results];
      }),
    Promise.resolve([]),
  );
  const sheets = inserted.map((ids) =>
    ids.value.map((id) => {
      const sheet = context.workbook.worksheets.getItem(id);
      sheet.load("name");
      return sheet;
    }),
  );
  await context.sync();
  return sheets.map((file) => file.map((s) => s.name));
}
