import type { Language } from "../engine/model/status";
import type { CliIo } from "./io";

/** True when `path` can be read: a file is already there. */
export async function fileExists(io: CliIo, path: string): Promise<boolean> {
  try {
    await io.readFile(path);
    return true;
  } catch {
    return false;
  }
}

/**
 * True (and says so on stderr, in one line) when `--out` names a file that is already there:
 * a template never replaces a workbook the user has. `--into` is the way to add to it.
 */
export async function outExists(io: CliIo, out: string, lang: Language): Promise<boolean> {
  if (!(await fileExists(io, out))) return false;
  io.stderr(
    lang === "vi"
      ? `--out ${out} đã có; mẫu không ghi đè tệp có sẵn: hãy chọn tên tệp khác, hoặc thêm --into để ghi thêm các trang mẫu vào sổ tính này.\n`
      : `--out ${out} already exists; a template never replaces a file: choose another name, or add --into to add the template's sheets to that workbook.\n`,
  );
  return true;
}
