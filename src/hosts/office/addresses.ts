/** Office.js addresses ("'Kế hoạch'!$A$4:$N$40") to and from the bare A1 form snapshots use. */

export interface SheetAddress {
  /** The sheet name, unquoted; absent when the address had no sheet part. */
  sheet?: string;
  /** The A1 part without "$": "A4:N40". */
  ref: string;
}

/** Splits "Sheet1!A1:B2" or "'It''s here'!A1" into sheet and bare reference. */
export function splitSheetAddress(address: string): SheetAddress {
  const bang = address.lastIndexOf("!");
  const ref = address.slice(bang + 1).replace(/\$/g, "");
  if (bang < 0) return { ref };
  const sheetPart = address.slice(0, bang).trim();
  const quoted = sheetPart.length >= 2 && sheetPart.startsWith("'") && sheetPart.endsWith("'");
  const sheet = quoted ? sheetPart.slice(1, -1).replace(/''/g, "'") : sheetPart;
  return { sheet, ref };
}

/** The bare A1 part of an address. */
export function bareRef(address: string): string {
  return splitSheetAddress(address).ref;
}

/** A sheet name as a formula or comment address needs it: quoted unless plainly safe. */
export function quoteSheetName(sheet: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`;
}

/** "'Kế hoạch'!B3": a cell with its sheet, as workbook-level collections want it. */
export function qualified(sheet: string, ref: string): string {
  return `${quoteSheetName(sheet)}!${ref}`;
}

/** Sheet names compare without regard to case, as Excel does. */
export function sameSheet(a: string, b: string): boolean {
  return a.toLocaleUpperCase() === b.toLocaleUpperCase();
}
