import type { Language } from "../engine/model/status";
import { SAVE_LOSS_TEXT, type SaveLoss } from "../hosts/exceljs/saveLosses";
import type { CliIo } from "./io";

/**
 * Tells the user, on stderr, what the copy written to `out` lacks that the original has (ExcelJS
 * drops charts, pivot tables, macros…). The original is never overwritten; nothing goes quietly.
 */
export function noteSaveLosses(
  io: CliIo,
  losses: readonly SaveLoss[],
  out: string,
  lang: Language,
): void {
  if (losses.length === 0) return;
  const parts = losses.map((loss) => SAVE_LOSS_TEXT[loss][lang]).join(", ");
  io.stderr(
    lang === "vi"
      ? `Lưu ý: ${out} không giữ được ${parts} của tệp gốc; tệp gốc không bị sửa.\n`
      : `Note: ${out} does not keep the original's ${parts}; the original is not changed.\n`,
  );
}
