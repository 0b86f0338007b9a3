import type { PlanTable } from "./planTable";

/** What a table is called beside its sheet: its unit ("Xã Ka Đô") or its measure ("Sản lượng"). */
export function tableLabel(
  table: Pick<PlanTable, "unit" | "measure" | "group">,
): string | undefined {
  if (table.group?.kind === "measure" && table.measure) return table.measure;
  return table.unit;
}
