import type { Finding } from "../engine/findings/finding";
import type { Language } from "../engine/model/status";

/** A finding's severity as a word a clerk reads before its place: "Lỗi", "Cảnh báo", "Ghi chú". */
export const SEVERITY_WORDS: Record<Language, Record<Finding["severity"], string>> = {
  vi: { error: "Lỗi", warning: "Cảnh báo", info: "Ghi chú" },
  en: { error: "Error", warning: "Warning", info: "Note" },
};
