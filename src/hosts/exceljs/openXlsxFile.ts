import { readFile } from "node:fs/promises";
import { basename } from "node:path";
import type { ExcelJsGateway } from "./exceljsGateway";
import { refusal } from "./openErrorMessages";
import { openWorkbook } from "./openWorkbook";

/** Opens an .xlsx file from disk (Node only; everything else here works on bytes). */
export async function openXlsxFile(path: string): Promise<ExcelJsGateway> {
  const fileName = basename(path);
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (error) {
    throw refusal("unreadable", fileName, error instanceof Error ? error.message : String(error));
  }
  return openWorkbook(bytes, { fileName });
}
