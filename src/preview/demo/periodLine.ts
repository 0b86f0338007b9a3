import { address } from "../../workbook/a1";
import type { Change } from "../../workbook/changeSet";
import type { SheetSnapshot } from "../../workbook/snapshot";

const PERIOD_LINE = /^\s*(kỳ báo cáo|reporting period)\s*:/i;

/** Rewrites the template's "Kỳ báo cáo: Cả năm" line so the sheet reports at another period. */
export function periodLineChange(sheet: SheetSnapshot, label: string): Change[] {
  for (let r = 0; r < Math.min(sheet.values.length, 12); r += 1) {
    const cells = sheet.values[r] ?? [];
    for (let c = 0; c < cells.length; c += 1) {
      const value = cells[c];
      if (typeof value === "string" && PERIOD_LINE.test(value)) {
        const head = value.slice(0, value.indexOf(":") + 1);
        return [
          {
            kind: "values",
            sheet: sheet.name,
            anchor: address(sheet.origin.row + r, sheet.origin.column + c),
            rows: [[`${head} ${label}`]],
          },
        ];
      }
    }
  }
  return [];
}
