import { AlignmentType, type Paragraph, type Table } from "docx";
import type {
  BudgetPart,
  BudgetReport,
  BudgetTableReport,
} from "../../workbook/report/budgetReport";
import { barChartSvg } from "../chart/barChartSvg";
import type { PngRenderer } from "../chart/pngRenderer";
import { chartImage } from "./chartImage";
import { dataTable, type Column, type DataRow } from "./dataTable";
import { packDocx, reportDocument } from "./document";
import { documentHeading, documentTitle } from "./heading";
import { SIZE } from "./page";
import { listedGroup, sectionHeading } from "./planDocx";
import { signatureBlock } from "./signature";
import { centred, line, pending, run, settle, type Pending } from "./text";
import { WORDS } from "./words";

type Block = Paragraph | Table;
type Entry = Block | Pending;

function totalLine(part: BudgetPart, lang: BudgetReport["lang"]): string | undefined {
  const total = part.total;
  if (!total) return undefined;
  const vi = lang === "vi";
  const bits: string[] = [];
  if (total.estimate) bits.push(vi ? `dự toán ${total.estimate}` : `estimate ${total.estimate}`);
  if (total.actual) {
    const share = total.percent
      ? vi
        ? `, bằng ${total.percent} dự toán`
        : `, ${total.percent} of the estimate`
      : "";
    bits.push(vi ? `thực hiện ${total.actual}${share}` : `actual ${total.actual}${share}`);
  }
  return bits.length === 0 ? undefined : `${total.name}: ${bits.join("; ")}.`;
}

function partBlocks(part: BudgetPart, number: number, lang: BudgetReport["lang"]): Entry[] {
  const words = WORDS[lang];
  const title = part.section === "revenue" ? words.revenue : words.spending;
  const total = totalLine(part, lang);
  const counted = part.counted.length > 0 ? `${part.counted.join(", ")}.` : undefined;
  return [
    sectionHeading(number, title),
    ...(total ? [pending(total)] : []),
    ...part.groups.flatMap((g) => listedGroup(g.lead, g.items)),
    ...(counted
      ? [pending(`- ${counted.charAt(0).toLocaleUpperCase(lang)}${counted.slice(1)}`)]
      : []),
  ];
}

function tableBody(table: BudgetTableReport, report: BudgetReport, several: boolean): Entry[] {
  const words = WORDS[report.lang];
  const out: Entry[] = [];
  if (several)
    out.push(line(table.heading, { bold: true, italics: true, keepNext: true, before: 120 }));
  out.push(pending([run(`${words.overall}: `, { bold: true }), run(table.sentence)]));
  if (table.blank) return out;
  let number = 0;
  for (const part of table.parts) {
    out.push(...partBlocks(part, ++number, report.lang));
  }
  out.push(sectionHeading(++number, words.checks));
  if (table.review.length === 0) out.push(pending(words.checksNone));
  else out.push(pending(words.reviewIntro, { keepNext: true }), ...reviewLines(table.review));
  return out;
}

function reviewLines(review: BudgetReport["review"]): Pending[] {
  return review.map((r) =>
    pending(r.place ? `- ${r.place}: ${r.message}` : `- ${r.message}`, { after: 60 }),
  );
}

const WIDTHS = [650, 3505, 1300, 1300, 1000, 1600];

function linesTable(table: BudgetTableReport, report: BudgetReport): Table {
  const align = [
    AlignmentType.CENTER,
    AlignmentType.LEFT,
    AlignmentType.RIGHT,
    AlignmentType.RIGHT,
    AlignmentType.RIGHT,
    AlignmentType.CENTER,
  ];
  const columns: Column[] = WORDS[report.lang].budgetColumns.map((title, i) => ({
    title,
    width: WIDTHS[i],
    align: align[i],
  }));
  const rows: DataRow[] = table.lines.map((l) => ({
    cells: [l.code, l.name, l.estimate, l.actual, l.percent, l.status],
    indent: Math.min(l.depth, 4) * 170,
    bold: l.isTotal || l.depth === 0,
  }));
  return dataTable(columns, rows);
}

async function tableAppendix(
  table: BudgetTableReport,
  report: BudgetReport,
  png: PngRenderer,
  several: boolean,
): Promise<Block[]> {
  const words = WORDS[report.lang];
  const charted = table.results.filter(
    (l) => l.depth <= 1 && l.percentOfEstimate !== undefined && !l.isTotal,
  );
  const chart = barChartSvg({
    title: words.budgetChartTitle,
    categories: charted.map((l) => (l.code ? `${l.code}. ${l.name}` : l.name)),
    series: [
      {
        name: words.budgetChartSeries,
        values: charted.map((l) => l.percentOfEstimate ?? null),
        color: "#4472C4",
      },
    ],
    lang: report.lang,
  });
  return [
    centred(words.budgetTable(several ? table.heading : undefined), {
      bold: true,
      before: 240,
      keepNext: true,
    }),
    ...(table.unit
      ? [
          line(words.amountsIn(table.unit), {
            italics: true,
            align: AlignmentType.RIGHT,
            size: SIZE.table,
            keepNext: true,
          }),
        ]
      : []),
    linesTable(table, report),
    ...(charted.length > 0 && charted.length <= 12
      ? [await chartImage(chart, png, words.chartMissing, words.budgetChartTitle)]
      : []),
  ];
}

/** The budget report as a Word document (see ../../workbook/report/budgetReport.ts). */
export async function budgetDocx(report: BudgetReport, png: PngRenderer): Promise<Uint8Array> {
  const words = WORDS[report.lang];
  const unit = report.unit ?? "";
  const several = report.tables.length > 1;
  const bodyBlocks: Entry[] = [
    documentHeading({ unit: report.unit, year: report.year, symbol: "BC-UBND", lang: report.lang }),
    ...documentTitle(report.title),
    pending(words.budgetIntro(unit, report.title)),
    ...report.tables.flatMap((t) => tableBody(t, report, several)),
  ];
  if (report.review.length > 0) {
    bodyBlocks.push(pending(words.reviewIntro, { keepNext: true }), ...reviewLines(report.review));
  }
  bodyBlocks.push(pending("", { after: 240 }), signatureBlock());
  const appendix: Block[] = [];
  const filled = report.tables.filter((t) => !t.blank);
  if (filled.length > 0) {
    appendix.push(
      centred(words.appendix, { bold: true, pageBreakBefore: true }),
      centred(words.appendixOf(unit), { italics: true, after: 120 }),
    );
    for (const table of filled)
      appendix.push(...(await tableAppendix(table, report, png, filled.length > 1)));
  }
  // The last two lines and the space above the signature stay on its page.
  return packDocx(reportDocument(settle(bodyBlocks, 3), appendix, report.title));
}
