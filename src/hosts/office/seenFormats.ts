import type { SheetSnapshot } from "../../workbook/snapshot";
import type { FormatsByCell } from "./cellFormats";
import type { SeenComment } from "./tableAndNoteReader";

/** What a read loaded about a sheet beyond its snapshot. */
export interface SeenExtras {
  /** Formats of the cells the add-in styled (cellFormats.ts). */
  formats: FormatsByCell;
  /** Widths in points of the used range's columns, by column number. */
  columnWidths: Map<number, number>;
  /** The sheet is protected: Excel refuses changes to it with AccessDenied. */
  protected: boolean;
  /** Threaded comments by bare A1 address. */
  comments: Map<string, SeenComment>;
}

/**
 * The formats and widths a read loaded beside a sheet's snapshot. They stay in this folder (the
 * snapshot is the engine's, and the engine never sees formats): the gateway looks them up by the
 * snapshot object it returned, to compare a change set with what the same read saw
 * (unchangedCells.ts).
 */
const loaded = new WeakMap<SheetSnapshot, SeenExtras>();

export function rememberExtras(sheet: SheetSnapshot, extras: SeenExtras): void {
  loaded.set(sheet, extras);
}

export function extrasOf(sheet: SheetSnapshot): SeenExtras {
  return (
    loaded.get(sheet) ?? {
      formats: new Map(),
      columnWidths: new Map(),
      protected: false,
      comments: new Map(),
    }
  );
}
