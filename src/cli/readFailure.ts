import type { Language } from "../engine/model/status";
import { errorCode } from "./errorCode";

/**
 * Why a file named on the command line could not be read, in one sentence: not there, a folder,
 * not allowed, or (anything else) unreadable.
 */
export function readFailure(error: unknown, path: string, lang: Language): string {
  const vi = lang === "vi";
  switch (errorCode(error)) {
    case "ENOENT":
      return vi ? `Không tìm thấy tệp ${path}.` : `File not found: ${path}.`;
    case "EISDIR":
      return vi
        ? `${path} là thư mục, không phải tệp .xlsx.`
        : `${path} is a folder, not an .xlsx file.`;
    case "EACCES":
    case "EPERM":
      return vi ? `Không có quyền đọc tệp ${path}.` : `No permission to read the file ${path}.`;
    default:
      return vi ? `Không đọc được tệp ${path}.` : `Cannot read the file ${path}.`;
  }
}
