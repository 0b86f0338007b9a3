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
 * from the ids it returns. Two requests whatever the number of files: the inserts, then the new
 * sheets' names.
 */
export async function importSheets(
  context: Excel.RequestContext,
  files: readonly Uint8Array[],
): Promise<string[][]> {
  const inserted = files.map((file) =>
    context.workbook.insertWorksheetsFromBase64(toBase64(file), { positionType: "End" }),
  );
  await context.sync();
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
