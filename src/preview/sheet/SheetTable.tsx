import { Caption1, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from "react";
import { address, columnLetter, parseAddress } from "../../workbook/a1";
import type { ChartChange } from "../../workbook/changeSet";
import type { SheetSnapshot } from "../../workbook/snapshot";
import type { Messages } from "../../taskpane/i18n/messages";
import { lookKey, type CellLook } from "./cellStyles";
import { chartData } from "./chartData";
import { ChartSvg } from "./ChartSvg";
import { drawnSheet, fitWidths } from "./drawnCells";
import { mergeLayout } from "./mergeLayout";
import { measureCharts, measureSpills, type ChartBox } from "./measureTable";

/** The most rows and columns drawn: the preview is for looking, not for huge sheets. */
export const MAX_ROWS = 400;
export const MAX_COLUMNS = 30;

/** Pixels per character of a column's width (12 px text), and a cell's padding. */
const CHAR_PX = 7.5;
const PADDING_PX = 10;
const ROW_HEADING_PX = 36;

const useStyles = makeStyles({
  wrap: {
    overflow: "auto",
    flexGrow: 1,
    minHeight: 0,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  // The table and the charts drawn over it.
  sheet: {
    position: "relative",
    width: "max-content",
  },
  chart: {
    position: "absolute",
    zIndex: 1,
    boxShadow: tokens.shadow4,
  },
  // Fixed columns, sized from what they hold (drawnCells.ts), as a sheet's columns are.
  table: {
    tableLayout: "fixed",
    borderCollapse: "collapse",
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
  },
  heading: {
    position: "sticky",
    top: 0,
    zIndex: 3,
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground3,
    fontWeight: tokens.fontWeightRegular,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    padding: "0 4px",
  },
  rowHeading: {
    position: "sticky",
    left: 0,
    zIndex: 2,
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
    whiteSpace: "nowrap",
    overflow: "hidden",
    textOverflow: "ellipsis",
    cursor: "cell",
  },
  // A header row's texts wrap inside their columns.
  wraps: {
    whiteSpace: "normal",
    overflowWrap: "anywhere",
    verticalAlign: "top",
  },
  // Text with empty cells to its right runs over them, as in Excel, without widening its column.
  spill: {
    position: "relative",
    overflow: "visible",
  },
  spillText: {
    position: "absolute",
    left: "4px",
    top: "2px",
    whiteSpace: "nowrap",
    overflow: "hidden",
    textOverflow: "ellipsis",
    pointerEvents: "none",
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
  /** Charts the add-in wrote on this sheet: drawn over the cells they cover. */
  charts?: readonly ChartChange[];
  selected?: string;
  onCell: (cell: string) => void;
  t: Messages;
}

const NO_CHARTS: readonly ChartChange[] = [];

/**
 * The sheet as a table, with the colours the add-in wrote, the charts it wrote drawn over
 * their cells, and the selected cell outlined.
 */
export function SheetTable({
  sheet,
  looks,
  charts = NO_CHARTS,
  selected,
  onCell,
  t,
}: SheetTableProps) {
  const styles = useStyles();
  const wrap = useRef<HTMLDivElement>(null);
  const inner = useRef<HTMLDivElement>(null);
  const [boxes, setBoxes] = useState<ChartBox[]>([]);
  // The width the table may take before it scrolls sideways: the columns are fitted to it.
  const [available, setAvailable] = useState(0);
  const width = sheet.values.reduce((w, r) => Math.max(w, r.length), 0);
  // The cells under a chart are drawn too, empty as they are, so the chart has its place.
  const corners = charts.map((c) => parseAddress(c.position.to)).filter((c) => c !== undefined);
  const rowCount = Math.min(
    Math.max(sheet.values.length, ...corners.map((c) => c.row - sheet.origin.row + 1)),
    MAX_ROWS,
  );
  const columnCount = Math.min(
    Math.max(width, ...corners.map((c) => c.column - sheet.origin.column + 1)),
    MAX_COLUMNS,
  );
  const first = sheet.origin;
  const lastRow = first.row + rowCount - 1;
  const lastColumn = first.column + columnCount - 1;
  const layout = useMemo(
    () => mergeLayout(sheet.merges, lastRow, lastColumn),
    [sheet.merges, lastRow, lastColumn],
  );
  const drawn = useMemo(
    () => drawnSheet(sheet, rowCount, columnCount, layout, t.lang),
    [sheet, rowCount, columnCount, layout, t.lang],
  );
  const chartsDrawn = useMemo(
    () => charts.map((chart) => ({ chart, data: chartData(chart, sheet) })),
    [charts, sheet],
  );

  useEffect(() => {
    if (!selected) return;
    const cell = wrap.current?.querySelector(`[data-cell="${selected}"]`);
    if (cell instanceof HTMLElement) cell.scrollIntoView?.({ block: "center", inline: "nearest" });
  }, [selected, sheet]);

  useEffect(() => {
    const box = wrap.current;
    if (!box) return;
    const measure = () => setAvailable(box.clientWidth);
    measure();
    if (typeof ResizeObserver === "undefined") return;
    const observer = new ResizeObserver(measure);
    observer.observe(box);
    return () => observer.disconnect();
  }, []);

  // After layout: how far each spilling text may run, and where each chart goes.
  useLayoutEffect(() => {
    const container = inner.current;
    if (!container) return;
    measureSpills(container);
    const next = measureCharts(
      container,
      charts.map((c) => c.position),
    );
    setBoxes((before) => (JSON.stringify(before) === JSON.stringify(next) ? before : next));
  });

  if (rowCount === 0) return <Caption1>{t.preview.emptySheet}</Caption1>;
  const count = drawn.widths.length;
  const room = (available - ROW_HEADING_PX - count * PADDING_PX - 2) / CHAR_PX;
  const widths = available > 0 ? fitWidths(drawn.widths, room) : drawn.widths.map((w) => w.wanted);
  const pixels = widths.map((w) => Math.round(w * CHAR_PX + PADDING_PX));
  const tableWidth = ROW_HEADING_PX + pixels.reduce((a, b) => a + b, 0);
  return (
    <div className={styles.wrap} ref={wrap}>
      <div className={styles.sheet} ref={inner}>
        <table
          className={styles.table}
          style={{ width: tableWidth }}
          aria-label={t.preview.sheetTable(sheet.name)}
        >
          <colgroup>
            <col style={{ width: ROW_HEADING_PX }} />
            {pixels.map((px, c) => (
              <col key={c} style={{ width: px }} />
            ))}
          </colgroup>
          <thead>
            <tr>
              <th className={styles.heading} aria-hidden="true" />
              {pixels.map((_px, c) => (
                <th key={c} scope="col" className={styles.heading}>
                  {columnLetter(first.column + c)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {drawn.cells.map((cells, r) => {
              const row = first.row + r;
              return (
                <tr key={row} data-row={row}>
                  <th scope="row" className={styles.rowHeading}>
                    {row}
                  </th>
                  {cells.map((drawnCell, c) => {
                    if (!drawnCell) return null;
                    const { column, value, text, span, spills, empty, wraps } = drawnCell;
                    const look = looks?.get(lookKey(row, column));
                    const cell = address(row, column);
                    const className = mergeClasses(
                      styles.cell,
                      typeof value === "number" && styles.number,
                      wraps && styles.wraps,
                      spills && styles.spill,
                      cell === selected && styles.selected,
                    );
                    return (
                      <td
                        key={column}
                        data-cell={cell}
                        data-spill={spills ? "" : undefined}
                        data-empty={empty ? "" : undefined}
                        aria-selected={cell === selected ? true : undefined}
                        rowSpan={span?.rowSpan}
                        colSpan={span?.colSpan}
                        className={className}
                        style={{
                          backgroundColor: look?.fill,
                          color: look?.fontColor,
                          fontWeight: look?.bold ? 600 : undefined,
                          fontStyle: look?.italic ? "italic" : undefined,
                        }}
                        title={text.length > widths[c] ? text : undefined}
                        onClick={() => onCell(cell)}
                      >
                        {spills ? (
                          <>
                            <span className={styles.spillText}>{text}</span>
                            {"\u00a0"}
                          </>
                        ) : (
                          text
                        )}
                      </td>
                    );
                  })}
                </tr>
              );
            })}
          </tbody>
        </table>
        {chartsDrawn.map(({ chart, data }, i) => {
          const box = boxes[i];
          if (!box) return null;
          return (
            <div
              key={`${chart.data}:${i}`}
              className={styles.chart}
              style={{ left: box.left, top: box.top }}
              data-testid="preview-chart"
            >
              <ChartSvg data={data} width={box.width} height={box.height} lang={t.lang} />
            </div>
          );
        })}
      </div>
    </div>
  );
}
