import type { TableInfo } from "../../../workbook/snapshot";
import { parseXml } from "../package";

/** A table part (xl/tables/tableN.xml): its name, range and whether it shows a header row. */
export function parseTablePart(xml: string): TableInfo | undefined {
  let table: TableInfo | undefined;
  parseXml(xml, {
    open({ name, attributes }) {
      if (name !== "table" || table) return;
      table = {
        name: attributes.displayName || attributes.name || "",
        range: attributes.ref ?? "",
        // headerRowCount defaults to 1 in the file format.
        showHeaders: attributes.headerRowCount === undefined || attributes.headerRowCount !== "0",
      };
    },
  });
  return table;
}
