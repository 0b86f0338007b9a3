import { foldText } from "../text/normalize";

const YES = new Set(["co", "x", "yes", "y", "true", "1", "luy ke", "cumulative"]);
const NO = new Set(["", "khong", "no", "n", "false", "0", "-"]);

/** The "Lũy kế" column: có / không. Undefined when the text is neither. */
export function parseCumulative(text: string): boolean | undefined {
  const folded = foldText(text);
  if (YES.has(folded)) return true;
  if (NO.has(folded)) return false;
  return undefined;
}
