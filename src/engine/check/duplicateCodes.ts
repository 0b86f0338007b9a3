import { finding, type Finding } from "../findings/finding";
import type { Indicator } from "../model/indicator";
import { foldText } from "../text/normalize";

/**
 * Each code after its first use in one table is a finding at the later cell; the result is
 * aligned with `indicators` (undefined where the code is new).
 */
export function duplicateCodeFindings(
  indicators: readonly Indicator[],
): Array<Finding | undefined> {
  const first = new Map<string, Indicator>();
  const out: Array<Finding | undefined> = [];
  for (const indicator of indicators) {
    out.push(undefined);
    if (!indicator.code) continue;
    const key = foldText(indicator.code);
    const earlier = first.get(key);
    if (!earlier) {
      first.set(key, indicator);
      continue;
    }
    const firstCell =
      earlier.cells.code ?? (earlier.row === undefined ? "" : `dòng ${earlier.row}`);
    const params = { code: indicator.code, firstCell };
    const where = { sheet: indicator.sheet, cell: indicator.cells.code };
    out[out.length - 1] = finding("duplicate_code", params, where);
  }
  return out;
}
