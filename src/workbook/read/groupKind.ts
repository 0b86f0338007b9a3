import type { GroupKind } from "../planTable";
import { foldText } from "../../engine/text/normalize";
import { isCommitteeText, isTotalUnit, unitName } from "./unitName";

export type { GroupKind };

/** "Xã A", "Phường 1", "Thị trấn B", "Thôn 3", "KP 2", "P. Tân Phong", "TT Thạnh Mỹ"… */
const UNIT_WORDS =
  /^(xa|phuong|thi tran|thi xa|thon|khu pho|kp|to dan pho|tdp|ap|ban|buon|khom|quan|huyen|thanh pho|tinh|p|tt|tp|x)(\.|\s)/;

/** "Sản lượng", "Giá trị sản xuất", "Giá so sánh", "Chỉ số", "Diện tích", "Năng suất"… */
const MEASURE_WORDS =
  /\b(san luong|gia tri|gia so sanh|gia hien hanh|gia ss|gia hh|gia co dinh|chi so|dien tich|tong hop|nang suat|so luong|khoi luong|doanh thu|toc do|co cau|ty trong|tong muc|von dau tu)\b/;

/** A group's reading: a unit, a measure, or not clear from its words. */
export function groupKindOf(text: string, roster: readonly string[] = []): GroupKind | undefined {
  const name = unitName(text);
  if (isTotalUnit(name) || isCommitteeText(text)) return "unit";
  const folded = foldText(name);
  if (UNIT_WORDS.test(`${folded} `)) return "unit";
  if (roster.some((unit) => sameUnit(unit, name))) return "unit";
  if (MEASURE_WORDS.test(folded)) return "measure";
  return undefined;
}

const UNIT_PREFIX = /^(xa|phuong|thi tran|thi xa|thon|khu pho|to dan pho|ap|quan|huyen)\s+/;

/** "Xã Ka Đô" and "Ka Đô" name the same unit. */
function sameUnit(a: string, b: string): boolean {
  const bare = (text: string) => foldText(unitName(text)).replace(UNIT_PREFIX, "");
  return bare(a) === bare(b);
}

export interface GroupKinds {
  kinds: GroupKind[];
  /** Groups whose words named neither: how they were read. */
  unclear: { index: number; readAs: GroupKind }[];
}

/**
 * Reads each group as a unit or a measure. A group whose words say neither is a unit when a
 * total group ("Toàn huyện", "Tổng số") stands among them, else a measure.
 */
export function groupKinds(texts: readonly string[], roster: readonly string[] = []): GroupKinds {
  const read = texts.map((text) => groupKindOf(text, roster));
  const hasTotal = texts.some((text) => isTotalUnit(unitName(text)));
  const fallback: GroupKind = hasTotal ? "unit" : "measure";
  const unclear: GroupKinds["unclear"] = [];
  const kinds = read.map((kind, index) => {
    if (kind) return kind;
    unclear.push({ index, readAs: fallback });
    return fallback;
  });
  return { kinds, unclear };
}
