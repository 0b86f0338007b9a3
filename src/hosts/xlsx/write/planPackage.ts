import type { RangeRef } from "../../../workbook/a1";
import type { Change } from "../../../workbook/changeSet";
import { planChanges, type PlannedSheet } from "./planChanges";
import { parseMerges } from "./mergeCellsXml";
import type { PackageEdit } from "./packageEdit";

/**
 * Checks a change set against the package before anything is written, with the same rules
 * and ChangeSetError codes for every host (planChanges). A sheet's merged areas are
 * read only when a change needs them. Chart sheets and other non-worksheets are reserved names.
 */
export function planPackageChanges(edit: PackageEdit, changes: Change[]): void {
  const { workbook } = edit;
  const sheets: PlannedSheet[] = workbook.sheets
    .filter((s) => s.isWorksheet)
    .map((entry) => {
      let merges: RangeRef[] | undefined;
      return {
        name: entry.name,
        visible: entry.state === "visible",
        get merges(): RangeRef[] {
          if (!merges) {
            merges = parseMerges(edit.sheet(entry).child("mergeCells"))
              .map((m) => m.ref)
              .filter((r): r is RangeRef => r !== undefined);
          }
          return merges;
        },
        set merges(next: RangeRef[]) {
          merges = next;
        },
      };
    });
  const reserved = workbook.sheets.filter((s) => !s.isWorksheet).map((s) => s.name);
  planChanges(sheets, changes, reserved);
}
