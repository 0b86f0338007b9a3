/**
 * A typed drop-down list as Excel stores it: one formula, a quoted string of the items joined
 * by commas ("≥,≤,khoảng"). Excel keeps at most 255 characters of list source, and a comma
 * always separates items, so an item can't contain one: such lists are refused (as the Office.js
 * gateway refuses them) rather than moved to a range on a hidden sheet, which the change set
 * does not describe. A double quote inside an item is doubled, as in any formula string.
 */
export { LIST_SOURCE_LIMIT } from "../../../workbook/changeProblems";

export function listFormula(items: string[]): string {
  return `"${items.map((item) => item.replace(/"/g, '""')).join(",")}"`;
}
