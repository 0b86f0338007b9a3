import { foldText } from "../../engine/text/normalize";

/** "Ủy Ban Nhân Dân Xã Đạ Ròn" → "Xã Đạ Ròn"; "UBND huyện X" → "huyện X". */
export function unitName(text: string): string {
  const trimmed = text.replace(/\s+/g, " ").trim();
  const m = /^(ủy ban nhân dân|uỷ ban nhân dân|ubnd|people'?s committee( of)?)\s*[:.]?\s+/iu.exec(
    trimmed,
  );
  if (!m) return trimmed;
  const rest = trimmed.slice(m[0].length).trim();
  return rest === "" ? trimmed : rest;
}

/**
 * The starting words of a cell naming the people's committee whose report it is (in English too:
 * the add-in's English forms head with "PEOPLE'S COMMITTEE").
 */
export function isCommitteeText(text: string): boolean {
  return /^(uy ban nhan dan|ubnd|people'?s committee)\b/.test(foldText(text));
}

/** A column group for the whole area rather than one unit: "Toàn huyện", "Tổng số", "Cộng". */
export function isTotalUnit(text: string): boolean {
  const folded = foldText(text).replace(/[:.]+$/, "");
  return /^(toan (huyen|quan|tinh|thanh pho|thi xa|thi tran|xa|phuong|khoi)|tong cong|tong so|tong|cong)$/.test(
    folded,
  );
}
