import type { PeriodId } from "../../../engine/model/period";
import { foldText } from "../../../engine/text/normalize";
import type { SheetGrid } from "../../read/sheetGrid";
import { withoutPlaceholders } from "../../read/templatePlaceholder";
import { readTitleInfo } from "../../read/titleInfo";
import { isCommitteeText } from "../../read/unitName";
import { amountUnitIn, isAmountUnit } from "./amountUnit";

/** What the rows above a budget table say about it. */
export interface BudgetTitle {
  title?: string;
  unitName?: string;
  moneyUnit?: string;
  period?: PeriodId;
}

/** Key/value lines and mottos above a table that are not its title. */
const NOT_TITLE_KEY =
  /^(don vi tinh|don vi|dvt|dia ban|ky bao cao|nam|unit|mau so|bieu so|ma chuong|chuong|ma so|ma don vi|ma dvqhns|so|ngay)$/;

function isTitleText(text: string): boolean {
  if (text === "" || isCommitteeText(text) || amountUnitIn(text) !== undefined) return false;
  const folded = foldText(text);
  if (/^(cong hoa xa hoi|doc lap - tu do|mau so|bieu mau so)\b/.test(folded)) return false;
  const key = /^([^:：]{1,25})[:：]/.exec(folded);
  return !(key && NOT_TITLE_KEY.test(key[1].trim()));
}

/**
 * Reads the title ("Dự toán thu, chi ngân sách nhà nước năm 2023": the first text from the top
 * that is not a key/value line, a committee's name or a form number), the unit whose budget it
 * is, the money unit ("Đơn vị tính: tỷ đồng", nearest first) and the period.
 */
export function readBudgetTitle(grid: SheetGrid, fromRow: number, toRow: number): BudgetTitle {
  const out: BudgetTitle = {};
  if (toRow < fromRow) return out;
  const info = readTitleInfo(grid, fromRow, toRow, { notUnit: isAmountUnit });
  if (info.unit !== undefined) out.unitName = info.unit;
  if (info.period !== undefined) out.period = info.period;
  for (let row = toRow; row >= fromRow && out.moneyUnit === undefined; row--) {
    for (const column of grid.filledColumns(row)) {
      const unit = amountUnitIn(grid.text(row, column));
      if (unit !== undefined) {
        out.moneyUnit = unit;
        break;
      }
    }
  }
  for (let row = fromRow; row <= toRow && out.title === undefined; row++) {
    for (const column of grid.filledColumns(row)) {
      const text = withoutPlaceholders(grid.text(row, column)).replace(/\s+/g, " ").trim();
      if (isTitleText(text)) {
        out.title = text;
        break;
      }
    }
  }
  return out;
}
