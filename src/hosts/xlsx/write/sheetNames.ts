/** Excel's rules for sheet names. */

import { sameSheetName } from "../../../workbook/templates/sheetName";

export { sameSheetName };

/** Why Excel would refuse `name` as a sheet name, or undefined when it is fine. */
export function sheetNameProblem(name: string): string | undefined {
  if (typeof name !== "string" || name.trim() === "") return "a sheet name can't be empty";
  if (name.length > 31) return "a sheet name has at most 31 characters";
  if (/[\\/?*:[\]]/.test(name)) return "a sheet name can't contain \\ / ? * : [ ]";
  if (name.startsWith("'") || name.endsWith("'")) {
    return "a sheet name can't start or end with an apostrophe";
  }
  if (sameSheetName(name, "History")) return '"History" is reserved by Excel';
  // eslint-disable-next-line no-control-regex -- control characters are what is refused
  if (/[\u0000-\u001f]/.test(name)) return "a sheet name can't contain control characters";
  return undefined;
}
