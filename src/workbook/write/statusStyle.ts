import type { StatusId } from "../../engine/model/status";
import type { CellStyle } from "../changeSet";

/** Excel's own Good / Neutral / Bad cell styles, grey for missing, and a style apart for invalid. */
const GOOD: CellStyle = { fill: "#C6EFCE", fontColor: "#006100" };
const NEUTRAL: CellStyle = { fill: "#FFEB9C", fontColor: "#9C5700" };
const BAD: CellStyle = { fill: "#FFC7CE", fontColor: "#9C0006" };
const MISSING: CellStyle = { fill: "#D9D9D9", fontColor: "#404040", italic: true };
/** Not judged: no fill, grey italic text, so the row reads as set apart rather than failed. */
const UNJUDGED: CellStyle = { fill: null, fontColor: "#595959", italic: true };
const INVALID: CellStyle = { fill: "#C00000", fontColor: "#FFFFFF", bold: true };

export const STATUS_STYLE: Record<StatusId, CellStyle> = {
  exceeded: { ...GOOD, bold: true },
  achieved: GOOD,
  on_track: GOOD,
  at_risk: NEUTRAL,
  lagging: BAD,
  not_achieved: { ...BAD, bold: true },
  missing: MISSING,
  invalid: INVALID,
  no_target: UNJUDGED,
  not_reported: UNJUDGED,
};
