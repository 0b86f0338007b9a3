import type { CellStyle } from "../changeSet";

/** A table's header row as the add-in writes it: bold on light blue, bordered, wrapped, centred. */
export const TABLE_HEADER_STYLE: CellStyle = {
  bold: true,
  fill: "#DDEBF7",
  border: true,
  wrap: true,
  horizontal: "center",
  vertical: "middle",
};
