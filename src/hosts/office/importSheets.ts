import { ImportRefusedError, type ImportRefusal } from "../importRefusal";

/** Why the host would refuse a file, from its bytes and its base64's length (importCheck.ts). */
export type ImportCheck = (bytes: Uint8Array, base64Length: number) => ImportRefusal | undefined;

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
 * Inserts every sheet of each .xlsx file (or the ones `only` names) at the end of the workbook (ExcelApi 1.13) and returns
 * the names they got, file by file: Excel renames a sheet whose name is taken, so the names come
 * from the ids it returns. Each file goes in a request of its own, which also reads the sheets'
 * names (loaded after the insert in the same request): a file Excel fails leaves the ones before
 * it inserted whole, and no request carries two files. Before anything is sent, a file the host
 * would refuse (importCheck.ts) throws an ImportRefusedError naming it.
 */
export async function importSheets(
  context: Excel.RequestContext,
  files: readonly Uint8Array[],
  refuse: ImportCheck = () => undefined,
  /** File by file, the only sheets to insert (sheetNamesToInsert); all where absent. */
  only: ReadonlyArray<readonly string[] | undefined> = [],
): Promise<string[][]> {
  const encoded = files.map((file, index) => {
    const base64 = toBase64(file);
    const refusal = refuse(file, base64.length);
    if (refusal) throw new ImportRefusedError(index, refusal);
    return base64;
  });
  // One request a file, chained with reduce, not a loop of syncs (see applyChanges.ts).
  return encoded.reduce<Promise<string[][]>>(
    (previous, base64, index) =>
      previous.then(async (done) => {
        const sheets = only[index];
        const ids = context.workbook.insertWorksheetsFromBase64(base64, {
          positionType: "End",
          ...(sheets ? { sheetNamesToInsert: [...sheets] } : {}),
        });
        const all = context.workbook.worksheets;
        all.load("items/id, items/name");
        await context.sync();
        const names = new Map(all.items.map((s) => [s.id, s.name]));
        return [...done, ids.value.map((id) => names.get(id) ?? id)];
      }),
    Promise.resolve([]),
  );
}
