import { WorkbookOpenError } from "./workbookOpenError";

/** Why a file is refused, finer than the error code: each reason has its own sentence. */
export type RefusalReason =
  | "xls"
  | "web_page"
  | "encrypted"
  | "strict_ooxml"
  | "empty"
  | "not_zip"
  | "damaged_zip"
  | "malformed_xml"
  | "no_workbook_part"
  | "missing_sheet_parts"
  | "reader_limit"
  | "unreadable";

const CODES = {
  xls: "not_xlsx",
  web_page: "not_xlsx",
  encrypted: "encrypted",
  strict_ooxml: "strict_ooxml",
  empty: "corrupt",
  not_zip: "corrupt",
  damaged_zip: "corrupt",
  malformed_xml: "corrupt",
  no_workbook_part: "unsupported",
  missing_sheet_parts: "unsupported",
  reader_limit: "unsupported",
  unreadable: "unreadable",
} as const;

const SAVE_AS_VI = "hãy mở bằng Excel và lưu lại dưới dạng .xlsx";
const SAVE_AS_EN = "open it in Excel and save it as .xlsx";

function sentences(reason: RefusalReason, vi: string, en: string): { vi: string; en: string } {
  switch (reason) {
    case "xls":
      return {
        vi: `${vi} là định dạng Excel cũ (.xls); ${SAVE_AS_VI}.`,
        en: `${en} is in the old Excel format (.xls); ${SAVE_AS_EN}.`,
      };
    case "web_page":
      return {
        vi: `${vi} không phải sổ làm việc .xlsx mà là trang web hoặc tệp XML mang đuôi Excel; ${SAVE_AS_VI}.`,
        en: `${en} is not an .xlsx workbook but a web page or XML file with an Excel name; ${SAVE_AS_EN}.`,
      };
    case "encrypted":
      return {
        vi: `${vi} được bảo vệ bằng mật khẩu; hãy mở bằng Excel, gỡ mật khẩu (Tệp › Thông tin › Bảo vệ sổ làm việc › Mã hóa bằng mật khẩu) rồi lưu lại.`,
        en: `${en} is password-protected; open it in Excel, remove the password (File › Info › Protect Workbook › Encrypt with Password) and save it again.`,
      };
    case "strict_ooxml":
      return {
        vi: `${vi} được lưu ở định dạng "Strict Open XML" mà trình đọc không đọc được; hãy mở bằng Excel và lưu lại dưới dạng "Sổ làm việc Excel (.xlsx)".`,
        en: `${en} is saved as "Strict Open XML", which the reader cannot read; open it in Excel and save it as "Excel Workbook (.xlsx)".`,
      };
    case "empty":
      return {
        vi: `${vi} rỗng (0 byte), không có dữ liệu để đọc.`,
        en: `${en} is empty (0 bytes); there is nothing to read.`,
      };
    case "not_zip":
      return {
        vi: `${vi} không phải tệp .xlsx (không có cấu trúc nén của .xlsx); hãy kiểm tra lại tệp hoặc ${SAVE_AS_VI}.`,
        en: `${en} is not an .xlsx file (it is not a zip archive); check the file or ${SAVE_AS_EN}.`,
      };
    case "damaged_zip":
      return {
        vi: `${vi} bị hỏng (phần nén không đọc được); hãy xin lại tệp gốc hoặc thử mở bằng Excel và lưu lại.`,
        en: `${en} is damaged (its zip archive cannot be read); ask for the original file or try opening and re-saving it in Excel.`,
      };
    case "malformed_xml":
      return {
        vi: `${vi} bị hỏng (nội dung XML bên trong sai cấu trúc); hãy thử mở bằng Excel (Excel có thể sửa) và lưu lại.`,
        en: `${en} is damaged (the XML inside it is malformed); try opening it in Excel, which may repair it, and save it again.`,
      };
    case "no_workbook_part":
    case "missing_sheet_parts":
      return {
        vi: `${vi} có cấu trúc bên trong không chuẩn (tên các phần trong tệp) mà trình đọc không xử lý được; ${SAVE_AS_VI}.`,
        en: `${en} has a non-standard inner layout (the names of its parts) that the reader cannot handle; ${SAVE_AS_EN}.`,
      };
    case "reader_limit":
      return {
        vi: `${vi} dùng tính năng mà trình đọc .xlsx chưa hỗ trợ; ${SAVE_AS_VI} rồi thử lại, hoặc dùng phần bổ trợ trong Excel.`,
        en: `${en} uses a feature the .xlsx reader does not support; ${SAVE_AS_EN} and try again, or use the add-in inside Excel.`,
      };
    case "unreadable":
      return {
        vi: `Không đọc được ${vi.charAt(0).toLowerCase()}${vi.slice(1)} (không tồn tại, là thư mục hoặc không có quyền đọc).`,
        en: `${en} cannot be read (it does not exist, is a folder, or may not be read).`,
      };
  }
}

/** The refusal for `reason`, naming the file when its name is known. */
export function refusal(
  reason: RefusalReason,
  fileName?: string,
  detail?: string,
): WorkbookOpenError {
  const vi = fileName ? `Tệp "${fileName}"` : "Tệp này";
  const en = fileName ? `The file "${fileName}"` : "This file";
  const text = sentences(reason, vi, en);
  return new WorkbookOpenError(CODES[reason], text.vi, text.en, detail);
}
