import type { Finding } from "../findings/finding";
import type { FigureColumn } from "./columnLabels";
import type { LineCode } from "./lineCode";
import type { Unit } from "./moneyUnit";
import type { BudgetSection, RawBudgetRow } from "./rawBudget";
import type { Figure } from "./readFigure";

/** A budget line while the checks run over it; checkBudget turns it into a BudgetLineResult. */
export interface WorkLine {
  raw: RawBudgetRow;
  /** The name without the numbering typed before it ("" when blank). */
  name: string;
  /** How messages name the line: its name, else its code, else its name cell. */
  label: string;
  code?: LineCode;
  isTotal: boolean;
  /** A code typed in the code column that follows no numbering: placed beside the line above. */
  unknownCode: boolean;
  /** Not added into the line above: "Trong đó" lines and unnumbered lines in a coded table. */
  memo: boolean;
  /** A "Trong đó" line: the lines below it, deeper than it, are its parts, not its parent's. */
  memoHeading: boolean;
  /** A bare heading such as "Trong đó:": no code, no figures. */
  caption: boolean;
  /** Index of the parent line; for a total row, undefined. */
  parent?: number;
  /** Lines summed into this one: its children, or for a total row the top lines it covers. */
  parts: number[];
  depth: number;
  section?: BudgetSection;
  unit?: Unit;
  /** Factor taking this line's amounts into the table's unit (0.001 for triệu in tỷ đồng). */
  scale: number;
  /** Left out of sums: a unit that is not the table's and cannot be converted. */
  foreignUnit: boolean;
  figures: Record<FigureColumn, Figure>;
  /** Amounts a thousand-slip finding corrects, for the sums. */
  corrected: Partial<Record<FigureColumn, number>>;
  percents: LinePercents;
  findings: Finding[];
}

/** % dự toán and % so cùng kỳ, computed from the amounts and as typed. */
export interface LinePercents {
  ofEstimate?: number;
  typedOfEstimate?: number;
  ofLastYear?: number;
  typedOfLastYear?: number;
}

/** The number in a figure column, if the cell held one. */
export function numberIn(line: WorkLine, column: FigureColumn): number | undefined {
  const figure = line.figures[column];
  return figure.kind === "number" ? figure.value : undefined;
}

export function hasFigures(line: WorkLine): boolean {
  return Object.values(line.figures).some((figure) => figure.kind !== "empty");
}
