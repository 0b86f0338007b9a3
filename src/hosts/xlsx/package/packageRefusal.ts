import { refusal, type RefusalReason } from "./openErrorMessages";
import { WorkbookOpenError } from "./workbookOpenError";

/**
 * Refusals of the .xlsx package layer: the existing one-line refusals (openErrorMessages.ts),
 * plus the ones only this reader can give: a package that would unpack to too much, and a
 * part the workbook needs that is missing. Both messages are one line in Vietnamese and in
 * English, like the others.
 */
export type PackageRefusalReason = RefusalReason | "too_large" | "missing_part";

export function packageRefusal(
  reason: PackageRefusalReason,
  fileName: string | undefined,
  detail?: string,
): WorkbookOpenError {
  if (reason !== "too_large" && reason !== "missing_part") {
    return refusal(reason, fileName, detail);
  }
  const vi = fileName ? `Tệp "${fileName}"` : "Tệp này";
  const en = fileName ? `The file "${fileName}"` : "This file";
  if (reason === "too_large") {
    return new WorkbookOpenError(
      "unsupported",
      `${vi} giải nén ra quá lớn (hơn giới hạn an toàn của trình đọc) nên không được mở; hãy kiểm tra nguồn của tệp.`,
      `${en} would unpack to more than the reader's safety limit, so it is not opened; check where the file came from.`,
      detail,
    );
  }
  return new WorkbookOpenError(
    "corrupt",
    `${vi} bị hỏng (thiếu một phần bên trong mà sổ làm việc cần); hãy xin lại tệp gốc hoặc thử mở bằng Excel và lưu lại.`,
    `${en} is damaged (a part the workbook needs is missing); ask for the original file or try opening and re-saving it in Excel.`,
    detail,
  );
}
