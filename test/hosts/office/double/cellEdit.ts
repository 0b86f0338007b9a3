/**
 * Cell-edit mode, as Excel has it: while the user edits a cell, a batch run without
 * `delayForCellEdit` fails with InvalidOperationInCellEditMode, and one run with it waits until
 * the user leaves the cell (Excel.RunOptions.delayForCellEdit,
 * https://learn.microsoft.com/javascript/api/excel/excel.runoptions). Hosts also fail some
 * batches with that error even with the option set (OfficeDev/office-js#3019, #3388): the double
 * fails the next `stubborn` requests whatever their options.
 */
import { OfficeError } from "./context";

/** The message Office.js gives (its office_strings.js, L_InvalidOperationInCellEditMode). */
export const CELL_EDIT_MESSAGE =
  "Excel is in cell-editing mode. Please exit the edit mode by pressing ENTER or TAB or selecting another cell, and then try again.";

export class CellEditMode {
  private editing = false;
  private readonly waiting: (() => void)[] = [];
  /** Requests still to fail whatever their options. */
  stubborn = 0;

  /** The user starts editing a cell. */
  enter(): void {
    this.editing = true;
  }

  /** The user leaves the cell: delayed requests go on. */
  exit(): void {
    this.editing = false;
    this.waiting.splice(0).forEach((go) => go());
  }

  get isEditing(): boolean {
    return this.editing;
  }

  /** Requests waiting for the user to leave the cell. */
  get delayed(): number {
    return this.waiting.length;
  }

  /** Lets a request through, makes it wait, or fails it, as Excel would. */
  async admit(delayForCellEdit: boolean): Promise<void> {
    if (this.stubborn > 0) {
      this.stubborn -= 1;
      throw new OfficeError("InvalidOperationInCellEditMode", CELL_EDIT_MESSAGE);
    }
    if (!this.editing) return;
    if (!delayForCellEdit) {
      throw new OfficeError("InvalidOperationInCellEditMode", CELL_EDIT_MESSAGE);
    }
    await new Promise<void>((go) => this.waiting.push(go));
  }
}
