import { parseRange, rangeAddress } from "../../workbook/a1";
import type { Change } from "../../workbook/changeSet";
import type { FormatAreas } from "./sheetReader";

type Spans = Map<number, { top: number; bottom: number }>;

function cellCount(area: string): number {
  const ref = parseRange(area);
  return ref ? (ref.end.row - ref.start.row + 1) * (ref.end.column - ref.start.column + 1) : 0;
}

/**
 * The cells the add-in has formatted (its style and clear changes), column by column, so that
 * the next read of the sheet loads their formats with its values and a re-check can leave alone
 * what it would only write again (unchangedCells.ts). Kept for the gateway's life; a sheet the
 * add-in deletes or adds starts over.
 */
export class OwnedAreas {
  private readonly bySheet = new Map<string, Spans>();

  record(changes: readonly Change[]): void {
    for (const change of changes) {
      if (!("sheet" in change)) continue;
      const key = change.sheet.toLocaleUpperCase();
      if (change.kind === "addSheet" || change.kind === "deleteOwnSheet") this.bySheet.delete(key);
      if (change.kind !== "style" && change.kind !== "clear") continue;
      const ref = parseRange(change.range);
      if (!ref) continue;
      const spans = this.bySheet.get(key) ?? new Map();
      for (let column = ref.start.column; column <= ref.end.column; column++) {
        const span = spans.get(column);
        spans.set(column, {
          top: Math.min(span?.top ?? ref.start.row, ref.start.row),
          bottom: Math.max(span?.bottom ?? ref.end.row, ref.end.row),
        });
      }
      this.bySheet.set(key, spans);
    }
  }

  /**
   * The areas for one read, sheet by sheet, within `cap` cells for the whole read (the formats
   * of many sheets would not fit one response): sheets asked for after the cap get none, and
   * their re-checks write their styles again.
   */
  forOneRead(cap: number): (sheet: string | undefined) => FormatAreas {
    let left = cap;
    return (sheet) => {
      const areas = this.areasFor(sheet);
      const cells = areas.reduce((n, a) => n + cellCount(a), 0);
      if (cells > left) return [];
      left -= cells;
      return areas;
    };
  }

  /** A sheet's areas; with no name (the active sheet, not yet known), every sheet's together. */
  areasFor = (sheet: string | undefined): FormatAreas => {
    const spans: Spans[] =
      sheet === undefined
        ? [...this.bySheet.values()]
        : [this.bySheet.get(sheet.toLocaleUpperCase()) ?? new Map()];
    const merged: Spans = new Map();
    for (const [column, span] of spans.flatMap((s) => [...s.entries()])) {
      const seen = merged.get(column);
      merged.set(column, {
        top: Math.min(seen?.top ?? span.top, span.top),
        bottom: Math.max(seen?.bottom ?? span.bottom, span.bottom),
      });
    }
    return [...merged.entries()].map(([column, { top, bottom }]) =>
      rangeAddress({ row: top, column }, { row: bottom, column }),
    );
  };
}
