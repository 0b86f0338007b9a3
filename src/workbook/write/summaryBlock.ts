import type { PlanCheck } from "../../engine/check/checkPlan";
import { PERIOD_LABELS } from "../../engine/model/period";
import { STATUS_IDS, STATUS_LABELS, type Language } from "../../engine/model/status";
import { reportSentence } from "../../engine/report/reportSentence";
import { address, columnLetter, rangeAddress } from "../a1";
import type { Change, WriteValue } from "../changeSet";
import { SUMMARY_MARKER } from "./ownedText";
import { STATUS_STYLE } from "./statusStyle";

/**
 * Rows the sentence takes, merged into one cell: beside a table its rows are the table's, so a
 * sentence of four lines needs several of them to print whole.
 */
export const SENTENCE_ROWS = 4;

/** Rows and columns of one summary block: title, period, unit, each status, total, sentence. */
export const SUMMARY_HEIGHT = 3 + STATUS_IDS.length + 1 + SENTENCE_ROWS;
export const SUMMARY_WIDTH = 2;

const TEXT: Record<Language, { period: string; unit: string; total: string; sentence: string }> = {
  vi: { period: "Kỳ báo cáo", unit: "Đơn vị", total: "Tổng số chỉ tiêu", sentence: "Nhận xét" },
  en: { period: "Period", unit: "Unit", total: "Indicators", sentence: "Summary" },
};

/** The label of the block's sentence row: a re-run finds where an earlier block ends by it. */
export const SUMMARY_SENTENCE_LABEL: Record<Language, string> = {
  vi: TEXT.vi.sentence,
  en: TEXT.en.sentence,
};

/**
 * The block that sums up one table's check, at (top, left). `sentenceRows` is 1 where the rows
 * under an earlier, shorter block are not free: the sentence is then one cell, unmerged.
 */
export function summaryBlockChanges(
  sheet: string,
  top: number,
  left: number,
  check: PlanCheck,
  unit: string | undefined,
  lang: Language,
  sentenceRows: number = SENTENCE_ROWS,
): Change[] {
  const t = TEXT[lang];
  const { summary } = check;
  const rows: WriteValue[][] = [
    [SUMMARY_MARKER[lang], null],
    [t.period, PERIOD_LABELS[lang][summary.period]],
    [t.unit, unit ?? ""],
    ...STATUS_IDS.map((id): WriteValue[] => [STATUS_LABELS[lang][id], summary.counts[id]]),
    [t.total, summary.total],
  ];
  const sentenceRow = top + rows.length;
  const bottom = sentenceRow + sentenceRows - 1;
  const right = left + SUMMARY_WIDTH - 1;
  const changes: Change[] = [
    { kind: "values", sheet, anchor: address(top, left), rows },
    // The sentence and its label each in the first cell of its merged area, written alone: a
    // re-check that rewrites only what changed never writes part of a merged area.
    ...[t.sentence, reportSentence(summary, check.results, lang)].map((text, i): Change => ({
      kind: "values",
      sheet,
      anchor: address(sentenceRow, left + i),
      rows: [[text]],
    })),
    {
      kind: "style",
      sheet,
      range: rangeAddress({ row: top, column: left }, { row: bottom, column: right }),
      style: { border: true, vertical: "top" },
    },
    {
      kind: "style",
      sheet,
      range: rangeAddress({ row: top, column: left }, { row: top, column: right }),
      style: { bold: true, fill: "#DDEBF7" },
    },
    ...(sentenceRows > 1
      ? [left, right].map((column): Change => ({
          kind: "merge",
          sheet,
          range: rangeAddress({ row: sentenceRow, column }, { row: bottom, column }),
        }))
      : []),
    { kind: "style", sheet, range: address(sentenceRow, left + 1), style: { wrap: true } },
    {
      kind: "columnWidths",
      sheet,
      widths: { [columnLetter(left)]: 22, [columnLetter(left + 1)]: 80 },
    },
  ];
  STATUS_IDS.forEach((id, i) => {
    const row = top + 3 + i;
    changes.push({
      kind: "style",
      sheet,
      range: rangeAddress({ row, column: left }, { row, column: right }),
      style: STATUS_STYLE[id],
    });
  });
  return changes;
}
