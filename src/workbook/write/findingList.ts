import { findingMessage, type Finding } from "../../engine/findings/finding";
import type { Language } from "../../engine/model/status";
import { foldText } from "../../engine/text/normalize";
import { address, columnLetter, parseAddress, parseRange, rangeAddress } from "../a1";
import type { Change } from "../changeSet";
import { mergedAreas } from "../mergedAreas";
import { isEmptyArea, isEmptyValue, lastUsedColumn, valueAt } from "../sheetGrid";
import type { SheetSnapshot } from "../snapshot";
import type { NoteOwner } from "./ownedText";

/** The first cell of the list; a re-run finds its old list by this text, in either language. */
export const FINDING_LIST_MARKER: Record<NoteOwner, Record<Language, string>> = {
  plan: { vi: "NHẬN XÉT KIỂM TRA CHỈ TIÊU", en: "INDICATOR CHECK FINDINGS" },
  budget: { vi: "NHẬN XÉT KIỂM TRA NGÂN SÁCH", en: "BUDGET CHECK FINDINGS" },
};

const HEADERS: Record<Language, [string, string]> = {
  vi: ["Ô", "Nhận xét"],
  en: ["Cell", "Finding"],
};

/** The list's two columns: the cell, then the message. */
const WIDTH = 2;

/** Whether the host that read the sheet can put the add-in's note on `cell`. */
export function notesBlockedAt(sheet: SheetSnapshot, cell: string): boolean {
  const blocked = sheet.notesBlocked;
  if (blocked === undefined) return false;
  return blocked === "everywhere" || blocked.includes(cell);
}

function isMarker(value: unknown, owner: NoteOwner): boolean {
  if (typeof value !== "string") return false;
  const folded = foldText(value);
  return Object.values(FINDING_LIST_MARKER[owner]).some((m) => foldText(m) === folded);
}

/** The list an earlier run wrote: its top-left cell and its height (marker to last entry). */
function earlierList(
  sheet: SheetSnapshot,
  owner: NoteOwner,
): { row: number; column: number; height: number } | undefined {
  for (let r = 0; r < sheet.values.length; r += 1) {
    const c = sheet.values[r].findIndex((v) => isMarker(v, owner));
    if (c < 0) continue;
    const row = sheet.origin.row + r;
    const column = sheet.origin.column + c;
    let height = 1;
    while (!isEmptyValue(valueAt(sheet, row + height, column))) height += 1;
    return { row, column, height };
  }
  return undefined;
}

/** The rightmost column the changes write on `sheet` (0 when none). */
function rightmostWritten(sheet: string, changes: readonly Change[]): number {
  let right = 0;
  for (const change of changes) {
    if (!("sheet" in change) || change.sheet !== sheet) continue;
    if (change.kind === "values") {
      const anchor = parseAddress(change.anchor);
      const width = Math.max(0, ...change.rows.map((r) => r.length));
      if (anchor) right = Math.max(right, anchor.column + width - 1);
    } else if (change.kind === "style" || change.kind === "clear" || change.kind === "merge") {
      const ref = parseRange(change.range);
      if (ref) right = Math.max(right, ref.end.column);
    }
  }
  return right;
}

/** The findings for cells that can't take a note, as the list's rows: in sheet order. */
function entries(
  sheet: SheetSnapshot,
  findings: readonly Finding[],
  lang: Language,
): [string, string][] {
  const rows: { cell: string; row: number; column: number; text: string }[] = [];
  for (const f of findings) {
    if (f.severity === "info" || f.cell === undefined) continue;
    if (f.sheet !== undefined && f.sheet !== sheet.name) continue;
    const cell = f.cell.split(":")[0] ?? f.cell;
    if (!notesBlockedAt(sheet, cell)) continue;
    const at = parseAddress(cell);
    const text = findingMessage(f, lang);
    if (rows.some((e) => e.cell === cell && e.text === text)) continue;
    rows.push({ cell, row: at?.row ?? 0, column: at?.column ?? 0, text });
  }
  rows.sort((a, b) => a.row - b.row || a.column - b.column);
  return rows.map((e) => [e.cell, e.text]);
}

/**
 * The findings whose cells can't take the add-in's note (a host without notes, or a person's
 * threaded comment on the cell) as a list beside the table: a marker line, "Ô | Nhận xét", then
 * a row a finding, in sheet order. It goes right of everything the sheet holds and `written`
 * (this run's own columns and summary block) writes, at `top`, in two columns that are empty
 * and outside every merged area; a re-run clears its old list (found by the marker) and writes
 * the new one in its place when it fits there. Nothing when no finding needs it.
 */
export function findingListChanges(
  sheet: SheetSnapshot,
  findings: readonly Finding[],
  lang: Language,
  owner: NoteOwner,
  top: number,
  written: readonly Change[],
): Change[] {
  const rows = entries(sheet, findings, lang);
  const earlier = earlierList(sheet, owner);
  const changes: Change[] = earlier
    ? [
        {
          kind: "clear",
          sheet: sheet.name,
          range: rangeAddress(
            { row: earlier.row, column: earlier.column },
            { row: earlier.row + earlier.height - 1, column: earlier.column + WIDTH - 1 },
          ),
        },
      ]
    : [];
  if (rows.length === 0) return changes;
  const height = rows.length + 2;
  const merged = mergedAreas(sheet);
  const free = (row: number, left: number, from: number) =>
    isEmptyArea(sheet, from, left, row + height - 1, left + WIDTH - 1) &&
    !merged.touches(row, left, row + height - 1, left + WIDTH - 1);
  let row = top;
  let left: number;
  if (earlier && free(earlier.row, earlier.column, earlier.row + earlier.height)) {
    row = earlier.row;
    left = earlier.column;
  } else {
    left = Math.max(lastUsedColumn(sheet), rightmostWritten(sheet.name, written)) + 2;
    while (!free(row, left, row)) left += 1;
  }
  const right = left + WIDTH - 1;
  const bottom = row + height - 1;
  changes.push(
    {
      kind: "values",
      sheet: sheet.name,
      anchor: address(row, left),
      rows: [[FINDING_LIST_MARKER[owner][lang], null], HEADERS[lang], ...rows],
    },
    {
      kind: "style",
      sheet: sheet.name,
      range: rangeAddress({ row, column: left }, { row: bottom, column: right }),
      style: { border: true, vertical: "top" },
    },
    {
      kind: "style",
      sheet: sheet.name,
      range: rangeAddress({ row, column: left }, { row: row + 1, column: right }),
      style: { bold: true, fill: "#DDEBF7" },
    },
    {
      kind: "style",
      sheet: sheet.name,
      range: rangeAddress({ row: row + 2, column: right }, { row: bottom, column: right }),
      style: { wrap: true },
    },
    {
      kind: "columnWidths",
      sheet: sheet.name,
      widths: { [columnLetter(left)]: 10, [columnLetter(right)]: 60 },
    },
  );
  return changes;
}
