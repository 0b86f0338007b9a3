import { isPercentUnit } from "../read/unitKind";
import { foldedName } from "./labels";

/** Names of rates, shares, speeds, yields, densities, coefficients and averages (folded). */
const RATE_NAME =
  /^(ty le|ty trong|co cau|toc do|nang suat|mat do|he so|chi so|binh quan|rate|share|proportion|growth|yield|density|ratio|average)\b/;

/**
 * A rate or an average, which is never summed: a % unit, a unit "per" something (tạ/ha,
 * triệu đồng/người), or a name such as "Tỷ lệ…", "Tốc độ…", "Năng suất", "Hệ số".
 */
export function isRateIndicator(name: string, unit: string | undefined): boolean {
  if (isPercentUnit(unit)) return true;
  if (unit !== undefined && unit.includes("/")) return true;
  return RATE_NAME.test(foldedName(name));
}
