import type { RawCell } from "../../engine/model/cell";
import { cellText } from "../../engine/read/cellText";
import { isNoPlanMark } from "../../engine/targets/noPlanMark";
import type { PlanRow } from "../planTable";

const FIGURES = ["baseline", "target", "targetMax", "actual", "forecast"] as const;

function blankOrZero(cell: RawCell | undefined): boolean {
  if (!cell || cell.value === null) return true;
  if (typeof cell.value === "number") return cell.value === 0;
  const text = cellText(cell);
  return text === "" || text === "0" || isNoPlanMark(text);
}

/**
 * Sub-headings: rows with no unit and no figures of their own whose children carry them
 * ("1.2. Củ năng" above "- Diện tích", "- Sản lượng"). They name their children; they are
 * not indicators.
 */
export function subHeadingRows(rows: readonly PlanRow[]): Set<number> {
  const parents = new Set(rows.map((r) => r.parentRow).filter((r) => r !== undefined));
  const out = new Set<number>();
  for (const row of rows) {
    if (!parents.has(row.row)) continue;
    if (cellText(row.cells.unit) !== "") continue;
    if (FIGURES.every((column) => blankOrZero(row.cells[column]))) out.add(row.row);
  }
  return out;
}
