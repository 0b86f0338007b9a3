import type { Change } from "../../../workbook/changeSet";

export type ChangeSetErrorCode =
  | "unknown_sheet"
  | "hidden_sheet"
  | "sheet_exists"
  | "bad_sheet_name"
  | "bad_address"
  | "bad_value"
  | "merged_cell"
  | "merge_overlap"
  | "no_visible_sheet"
  | "too_large"
  | "bad_list";

/**
 * A change set this gateway will not apply, found before anything is written: the workbook is
 * left as it was. Names the change (its index in the set) and what is wrong with it.
 */
export class ChangeSetError extends Error {
  override readonly name = "ChangeSetError";

  constructor(
    readonly code: ChangeSetErrorCode,
    readonly changeIndex: number,
    readonly change: Change | undefined,
    problem: string,
  ) {
    super(change ? `Change ${changeIndex + 1} (${change.kind}): ${problem}` : problem);
  }
}
