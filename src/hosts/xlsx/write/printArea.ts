import { columnLetter, parseRange } from "../../../workbook/a1";

/**
 * A print area as Excel's defined name holds it: "A1:O62,Q6:R18" on sheet "KH" becomes
 * "'KH'!$A$1:$O$62,'KH'!$Q$6:$R$18". Undefined when a part is not a range.
 */
export function printAreaFormula(sheet: string, area: string): string | undefined {
  const quoted = `'${sheet.replace(/'/g, "''")}'`;
  const parts = area.split(",").map((part) => parseRange(part.trim().replace(/\$/g, "")));
  if (parts.length === 0 || parts.some((p) => p === undefined)) return undefined;
  return parts
    .map((p) => {
      const { start, end } = p as NonNullable<typeof p>;
      const from = `$${columnLetter(start.column)}$${start.row}`;
      const to = `$${columnLetter(end.column)}$${end.row}`;
      return `${quoted}!${from}:${to}`;
    })
    .join(",");
}
