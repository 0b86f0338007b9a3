import { finding, type Finding } from "../findings/finding";
import { isBlank } from "../model/cell";
import type { NumberStyle } from "../numbers/parseNumber";
import { cellText } from "../read/cellText";
import { foldText } from "../text/normalize";
import { cellAddress } from "./cellAddress";
import { FIGURE_COLUMNS, type FigureColumn } from "./columnLabels";
import { splitNumbering } from "../text/numbering";
import { readLineCode, type CodeContext, type LineCode } from "./lineCode";
import { readUnit, type Unit } from "./moneyUnit";
import type { RawBudgetRow, RawBudgetTable } from "./rawBudget";
import { readFigure, type Figure } from "./readFigure";
import { hasFigures, type WorkLine } from "./workLine";

const TOTAL_NAMES = new Set(["tong cong", "tong so", "cong", "tong", "tong cong toan bo"]);

function isTotalName(name: string): boolean {
  return TOTAL_NAMES.has(
    foldText(name)
      .replace(/[:.]+$/, "")
      .trim(),
  );
}

/** "Trong đó:", "Trong đó: thuế…": a part shown for information, not a breakdown. */
function isMemoName(name: string): boolean {
  return /^trong do\b/.test(foldText(name));
}

function isBlankRow(row: RawBudgetRow): boolean {
  return Object.values(row.cells).every((cell) => isBlank(cell));
}

interface Naming {
  name: string;
  codeText?: string;
  fromColumn: boolean;
}

function naming(row: RawBudgetRow): Naming {
  const typedName = cellText(row.cells.name).replace(/\s+/g, " ");
  const typedCode = cellText(row.cells.code);
  if (typedCode !== "") return { name: typedName, codeText: typedCode, fromColumn: true };
  const split = splitNumbering(typedName);
  if (split) return { name: split.rest, codeText: split.numbering, fromColumn: false };
  return { name: typedName, fromColumn: false };
}

export interface PrepareContext {
  table: RawBudgetTable;
  style?: NumberStyle;
  unit?: Unit;
}

/**
 * Reads every non-blank row into a working line: its code (from the code column or the name's
 * numbering), name, unit and figures, with a finding for each cell that cannot be read.
 */
export function prepareLines(context: PrepareContext): WorkLine[] {
  const { table } = context;
  const codes: CodeContext = {};
  const lines: WorkLine[] = [];
  for (const row of table.rows) {
    if (isBlankRow(row)) continue;
    const findings: Finding[] = [];
    const { name, codeText, fromColumn } = naming(row);
    let code: LineCode | undefined;
    if (codeText !== undefined) {
      code = readLineCode(codeText, codes);
      if (!code && fromColumn) {
        const params = { code: codeText, name: name || codeText };
        findings.push(finding("budget_unknown_code", params, whereOf(table, row, "code")));
      }
    }
    const label = name || codeText || row.cells.name?.address || String(row.row);
    const figures = {} as Record<FigureColumn, Figure>;
    for (const column of FIGURE_COLUMNS) {
      const figureContext = { table, name: label, style: context.style, unit: context.unit };
      figures[column] = readFigure(row.cells[column], column, figureContext);
      const figure = figures[column];
      if (figure.kind === "bad") findings.push(figure.finding);
    }
    const isTotal = row.isTotal === true || (code === undefined && isTotalName(name));
    // A breakdown's parts are "trong đó" by nature ("2.674 người, trong đó…").
    const memoHeading = !isTotal && table.kind !== "breakdown" && isMemoName(name);
    const line: WorkLine = {
      raw: row,
      name,
      label,
      ...(code ? { code } : {}),
      isTotal,
      memo: memoHeading,
      unknownCode: codeText !== undefined && !code,
      memoHeading,
      caption: false,
      parts: [],
      depth: 0,
      scale: 1,
      foreignUnit: false,
      figures,
      corrected: {},
      percents: {},
      findings,
    };
    const unit = readUnit(cellText(row.cells.unit));
    if (unit) line.unit = unit;
    line.caption = !isTotal && code === undefined && !hasFigures(line);
    if (name === "" && hasFigures(line)) {
      findings.unshift(
        finding("budget_missing_name", { row: String(row.row) }, whereOf(table, row, "name")),
      );
    }
    lines.push(line);
  }
  return lines;
}

function whereOf(
  table: RawBudgetTable,
  row: RawBudgetRow,
  column: "code" | "name",
): { sheet: string; cell?: string } {
  const address = cellAddress(table, row, column);
  return address === undefined ? { sheet: table.sheet } : { sheet: table.sheet, cell: address };
}
