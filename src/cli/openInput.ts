import type { Language } from "../engine/model/status";
import { openWorkbook } from "../hosts/xlsx";
import { isWorkbookOpenError } from "../hosts/xlsx";
import type { CliIo } from "./io";
import { readFailure } from "./readFailure";

export type OpenedWorkbook = Awaited<ReturnType<typeof openWorkbook>>;

/** Opens an .xlsx named on the command line, or says in one line why it cannot. */
export async function openInput(
  io: CliIo,
  path: string,
  lang: Language,
): Promise<OpenedWorkbook | undefined> {
  let data: Uint8Array;
  try {
    data = await io.readFile(path);
  } catch (error) {
    io.stderr(`${readFailure(error, path, lang)}\n`);
    return undefined;
  }
  try {
    // A command reads its input once: the parsed cells are not held beside the snapshot.
    return await openWorkbook(data, {
      fileName: path.split(/[\\/]/).pop() ?? path,
      readOnce: true,
    });
  } catch (error) {
    if (isWorkbookOpenError(error)) {
      io.stderr(`${path}: ${lang === "vi" ? error.messageVi : error.messageEn}\n`);
    } else {
      const detail = error instanceof Error ? error.message : String(error);
      io.stderr(
        `${path}: ${lang === "vi" ? "tệp hỏng hoặc không phải .xlsx" : "damaged or not an .xlsx file"} (${detail}).\n`,
      );
    }
    return undefined;
  }
}
