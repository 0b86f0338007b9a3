import { Caption1, makeStyles, tokens } from "@fluentui/react-components";
import { useEffect, useMemo, useRef } from "react";
import { address, columnLetter } from "../../workbook/a1";
import type { SheetSnapshot } from "../../workbook/snapshot";
import type { Messages } from "../../taskpane/i18n/messages";
import { lookKey, type CellLook } from "./cellStyles";
import { displayValue } from "./displayValue";
import { mergeLayout } from "./mergeLayout";

/** The most rows and columns drawn: the preview is for looking, not for huge sheets. */
export const MAX_ROWS = 400;
export const MAX_COLUMNS = 30;

const useStyles = makeStyles({
  wrap: {
    overflow: "auto",
    flexGrow: 1,
    minHeight: 0,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  table: {
    borderCollapse: "collapse",
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
  },
  heading: {
    position: "sticky",
    top: 0,
    zIndex: 1,
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground3,
    fontWeight: tokens.fontWeightRegular,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    padding: "0 4px",
  },
  rowHeading: {
    position: "sticky",
    left: 0,
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground3,
    fontWeight: tokens.fontWeightRegular,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    padding: "0 4px",
    textAlign: "right",
  },
  // One line per row, as Excel shows cells that do not wrap; the full text is the title.
  cell: {
    border: `1px solid ${tokens.colorNeutralStroke3}`,
    padding: "2px 4px",
    maxWidth: "16rem",
    whiteSpace: "nowrap",
    overflow: "hidden",
    textOverflow: "ellipsis",
    cursor: "cell",
  },
  number: {
    textAlign: "right",
    whiteSpace: "nowrap",
  },
  selected: {
    outline: `2px solid ${tokens.colorBrandStroke1}`,
    outlineOffset: "-2px",
  },
});

export interface SheetTableProps {
  sheet: SheetSnapshot;
  looks: ReadonlyMap<string, CellLook> | undefined;
  selected?: string;
  onCell: (cell: string) => void;
  t: Messages;
}

/** The sheet as a table, with the colours the add-in wrote and the selected cell outlined. */
export function SheetTable({ sheet, looks, selected, onCell, t }: SheetTableProps) {
  const styles = useStyles();
  const wrap = useRef<HTMLDivElement>(null);
  const rowCount = Math.min(sheet.values.length, MAX_ROWS);
  const width = sheet.values.reduce((w, r) => Math.max(w, r.length), 0);
  const columnCount = Math.min(width, MAX_COLUMNS);
  const first = sheet.origin;
  const lastRow = first.row + rowCount - 1;
  const lastColumn = first.column + columnCount - 1;
  const layout = useMemo(
    () => mergeLayout(sheet.merges, lastRow, lastColumn),
    [sheet.merges, lastRow, lastColumn],
  );

  useEffect(() => {
    if (!selected) return;
    const cell = wrap.current?.querySelector(`[data-cell="${selected}"]`);
    if (cell instanceof HTMLElement) cell.scrollIntoView?.({ block: "center", inline: "nearest" });
  }, [selected, sheet]);

  if (rowCount === 0) return <Caption1>{t.preview.emptySheet}</Caption1>;
  const columns = Array.from({ length: columnCount }, (_, i) => first.column + i);
  return (
    <div className={styles.wrap} ref={wrap}>
      <table className={styles.table} aria-label={t.preview.sheetTable(sheet.name)}>
        <thead>
          <tr>
            <th className={styles.heading} aria-hidden="true" />
            {columns.map((c) => (
              <th key={c} scope="col" className={styles.heading}>
                {columnLetter(c)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {Array.from({ length: rowCount }, (_, r) => {
            const row = first.row + r;
            return (
              <tr key={row} data-row={row}>
                <th scope="row" className={styles.rowHeading}>
                  {row}
                </th>
                {columns.map((column, c) => {
                  const key = lookKey(row, column);
                  if (layout.covered.has(key)) return null;
                  const span = layout.spans.get(key);
                  const value = sheet.values[r]?.[c] ?? null;
                  const look = looks?.get(key);
                  const cell = address(row, column);
                  const text = displayValue(
                    value,
                    sheet.numberFormats[r]?.[c] ?? "General",
                    t.lang,
                  );
                  const classes = [styles.cell];
                  if (typeof value === "number") classes.push(styles.number);
                  if (cell === selected) classes.push(styles.selected);
                  return (
                    <td
                      key={column}
                      data-cell={cell}
                      aria-selected={cell === selected ? true : undefined}
                      rowSpan={span?.rowSpan}
                      colSpan={span?.colSpan}
                      className={classes.join(" ")}
                      style={{
                        backgroundColor: look?.fill,
                        color: look?.fontColor,
                        fontWeight: look?.bold ? 600 : undefined,
                        fontStyle: look?.italic ? "italic" : undefined,
                      }}
                      title={text.length > 24 ? text : undefined}
                      onClick={() => onCell(cell)}
                    >
                      {text}
                    </td>
                  );
                })}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
