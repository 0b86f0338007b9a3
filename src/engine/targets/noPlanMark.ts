import { foldText } from "../text/normalize";

/**
 * What forms type where a unit was given no plan: a dash, an "x", dots, or the words
 * "không giao". Such a cell is not a target to read and not a mistake.
 */
const NO_PLAN =
  /^(?:[-‐‑‒–—―/x.…]+|khong(?: giao| co)?(?: ke hoach| chi tieu| kh)?|no target|n\/a|none)$/u;

export function isNoPlanMark(text: string): boolean {
  const folded = foldText(text).replace(/\s+/g, " ").trim();
  return folded !== "" && NO_PLAN.test(folded);
}
