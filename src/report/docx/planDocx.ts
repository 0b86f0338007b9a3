import { AlignmentType, type Paragraph, type Table } from "docx";
import type { FieldSection } from "../../engine/report/fieldSections";
import { formatNumber } from "../../engine/numbers/formatNumber";
import type { PlanReport } from "../../workbook/report/planReport";
import { fieldHeading, periodPhrase, roman } from "../../workbook/report/reportTitle";
import { barChartSvg } from "../chart/barChartSvg";
import type { PngRenderer } from "../chart/pngRenderer";
import { chartImage } from "./chartImage";
import { dataTable, type Column, type DataRow } from "./dataTable";
import { packDocx, reportDocument } from "./document";
import { documentHeading, documentTitle } from "./heading";
import { SIZE } from "./page";
import { signatureBlock } from "./signature";
import { centred, line, pending, run, settle, type Pending } from "./text";
import { WORDS } from "./words";

type Block = Paragraph | Table;
type Entry = Block | Pending;

/** "I. Kinh tế" in bold, kept with what follows. */
export function sectionHeading(number: number, text: string): Pending {
  return pending(`${roman(number)}. ${text}`, {
    indent: false,
    bold: true,
    keepNext: true,
    before: 120,
  });
}

/** "- 3 chỉ tiêu vượt kế hoạch:" then "+ …;" per item, the last ending with a full stop. */
export function listedGroup(lead: string, items: readonly string[]): Pending[] {
  return [
    pending(`- ${lead}`, { keepNext: items.length > 0, after: 60 }),
    ...items.map((item, i) =>
      pending(`+ ${item}${i === items.length - 1 ? "." : ";"}`, { after: 60 }),
    ),
  ];
}

function fieldBlocks(section: FieldSection, number: number, lang: PlanReport["lang"]): Entry[] {
  return [
    sectionHeading(number, fieldHeading(section.field, lang)),
    ...(section.sentence ? [pending(section.sentence)] : []),
    ...section.groups.flatMap((g) => listedGroup(g.lead, g.items)),
  ];
}

const PLAN_WIDTHS = [620, 3165, 950, 1500, 1150, 950, 1020];

function planColumns(report: PlanReport): Column[] {
  const titles = WORDS[report.lang].planColumns;
  const align = [
    AlignmentType.CENTER,
    AlignmentType.LEFT,
    AlignmentType.CENTER,
    AlignmentType.CENTER,
    AlignmentType.RIGHT,
    AlignmentType.RIGHT,
    AlignmentType.CENTER,
  ];
  return titles.map((title, i) => ({ title, width: PLAN_WIDTHS[i], align: align[i] }));
}

/** The appendix table: a group row per field, then its indicators numbered from 1. */
export function planRows(report: PlanReport): DataRow[] {
  const rows: DataRow[] = [];
  let field: string | undefined;
  let fieldNumber = 0;
  report.rows.forEach((row, i) => {
    if (row.field !== field) {
      field = row.field;
      fieldNumber += 1;
      rows.push({ group: `${roman(fieldNumber)}. ${fieldHeading(row.field, report.lang)}` });
    }
    rows.push({
      cells: [
        String(i + 1),
        row.name,
        row.unit,
        row.target,
        row.estimate ? `${row.figure} (*)` : row.figure,
        row.percent,
        row.status,
      ],
    });
  });
  return rows;
}

function subUnitTable(report: PlanReport): Block[] {
  const sub = report.subUnits;
  if (!sub) return [];
  const words = WORDS[report.lang];
  const widths = [620, 3140, 1150, 900, 1000, 1245, 1300];
  const columns: Column[] = words.subUnitColumns.map((title, i) => ({
    title,
    width: widths[i],
    align: i === 1 ? AlignmentType.LEFT : i === 0 ? AlignmentType.CENTER : AlignmentType.RIGHT,
  }));
  const rows: DataRow[] = sub.rows.map((r, i) => ({
    cells: [
      String(i + 1),
      r.unit,
      String(r.judged),
      String(r.met),
      String(r.notMet),
      String(r.noFigure),
      r.metShare === undefined ? "" : `${formatNumber(r.metShare, report.lang, 1)}%`,
    ],
  }));
  return [
    centred(words.subUnitTable, { bold: true, before: 360, after: 120, keepNext: true }),
    dataTable(columns, rows),
  ];
}

/** The plan report as a Word document (see ../../workbook/report/planReport.ts for what it says). */
export async function planDocx(report: PlanReport, png: PngRenderer): Promise<Uint8Array> {
  const words = WORDS[report.lang];
  const unit = report.unit ?? "";
  const bodyBlocks: Entry[] = [
    documentHeading({ unit: report.unit, year: report.year, symbol: "BC-UBND", lang: report.lang }),
    ...documentTitle(report.title),
    pending(words.intro(unit, report.title)),
    pending([run(`${words.overall}: `, { bold: true }), run(report.sentence)]),
  ];
  let number = 0;
  for (const section of report.fields)
    bodyBlocks.push(...fieldBlocks(section, ++number, report.lang));
  if (report.subUnits) {
    bodyBlocks.push(sectionHeading(++number, words.subUnits));
    bodyBlocks.push(...report.subUnits.sentences.map((s) => pending(s)));
    const lagging = report.subUnits.lagging;
    if (lagging) bodyBlocks.push(...listedGroup(lagging.lead, lagging.items));
  }
  if (report.review.length > 0) {
    bodyBlocks.push(sectionHeading(++number, words.review), pending(words.reviewIntro));
    bodyBlocks.push(
      ...report.review.map((r) =>
        pending(r.place ? `- ${r.place}: ${r.message}` : `- ${r.message}`, { after: 60 }),
      ),
    );
  }
  bodyBlocks.push(pending("", { after: 240 }), signatureBlock());

  const chart = barChartSvg({
    title: words.chartTitle,
    categories: report.chart.map((c) => fieldHeading(c.field, report.lang)),
    series: [
      {
        name: words.chartAverage,
        values: report.chart.map((c) => c.averagePercent),
        color: "#4472C4",
      },
      { name: words.chartMet, values: report.chart.map((c) => c.metShare), color: "#70AD47" },
    ],
    lang: report.lang,
  });
  const appendix: Block[] = [
    centred(words.appendix, { bold: true, pageBreakBefore: true }),
    centred(words.planTable(periodPhrase(report.period, report.year, report.lang)), { bold: true }),
    centred(words.appendixOf(unit), { italics: true, after: 240 }),
    dataTable(planColumns(report), planRows(report)),
    ...(report.rows.some((r) => r.estimate)
      ? [line(words.estimateNote, { italics: true, size: SIZE.table, before: 60 })]
      : []),
    ...(report.chart.length > 0
      ? [await chartImage(chart, png, words.chartMissing, words.chartTitle)]
      : []),
    ...subUnitTable(report),
  ];
  // The last two lines and the space above the signature stay on its page.
  return packDocx(reportDocument(settle(bodyBlocks, 3), appendix, report.title));
}
