import { NOT_REPORTING } from "./entryWords";
import { foldedCell, textLiteral } from "./formulaText";

/**
 * The count of entries that report something (hasReported): a figure other than 0, a state,
 * any text but a dash or "không", an error value. 0 means the unit has not reported. While an
 * entry holds an error value the count is that of the errors (the others' text cannot be taken).
 */
export function reportedFormula(ranges: readonly string[]): string {
  const errors = ranges.map((r) => `SUMPRODUCT(ISERROR(${r})*1)`).join("+");
  const reporting = ranges
    .map((r) => {
      const folded = foldedCell(r);
      return `SUMPRODUCT(${NOT_REPORTING.map((w) => `(${folded}<>${textLiteral(w)})`).join("*")})`;
    })
    .join("+");
  return `=IF(${errors}>0,${errors},${reporting})`;
}
