import type { Language } from "../engine/model/status";
import { sameSheetName } from "../workbook/templates/sheetName";
import type { CliIo } from "./io";

/**
 * True (and says so on stderr, in one line) when a sheet the template would add has the name of
 * a sheet the workbook already has: `--into` adds sheets, it never replaces or renames one.
 */
export function sheetClash(
  io: CliIo,
  file: string,
  existing: readonly string[],
  added: readonly string[],
  lang: Language,
): boolean {
  const clash = added.find((name) => existing.some((have) => sameSheetName(have, name)));
  if (clash === undefined) return false;
  io.stderr(
    lang === "vi"
      ? `Sổ tính ${file} đã có trang “${clash}”; không ghi đè trang có sẵn: hãy đổi tên trang đó, hoặc ghi mẫu ra một tệp khác.\n`
      : `The workbook ${file} already has a sheet “${clash}”; existing sheets are never replaced: rename that sheet, or write the template to another file.\n`,
  );
  return true;
}
