import type { Aggregation } from "../../engine/model/aggregation";
import { PERIOD_LABELS, type PeriodId } from "../../engine/model/period";
import type { Language } from "../../engine/model/status";
import { parseNumberText } from "../../engine/numbers/parseNumber";
import { formatAggregation } from "../../engine/read/formatAggregation";
import { TARGET_KIND_LABELS } from "../../engine/targets/targetKindLabels";
import type { PlanTemplate, TemplateIndicator } from "../../engine/templates/types";
import { rangeAddress } from "../a1";
import type { Change, WriteValue } from "../changeSet";
import { FORMAT, formatForUnit } from "./numberFormats";
import {
  PLAN_COLUMNS,
  PLAN_HEADERS,
  PLAN_WIDTHS,
  planColumn,
  type PlanColumn,
} from "./planColumns";
import { romanNumeral } from "./romanNumeral";
import { SheetDraft } from "./sheetDraft";
import { titleBlock } from "./titleBlock";
import { TABLE_HEADER_STYLE } from "./tableHeaderStyle";

export interface PlanSheetOptions {
  sheet: string;
  unit: string;
  year: number;
  period?: PeriodId;
  lang?: Language;
  /** Place the new sheet after this one. */
  after?: string;
}

/** Rows left formatted and validated below the standard indicators, for the user's own. */
const SPARE_ROWS = 30;

const TITLE: Record<
  Language,
  { plan: string; unit: string; period: string; year: string; yes: string; no: string }
> = {
  vi: {
    plan: "KẾ HOẠCH PHÁT TRIỂN KINH TẾ - XÃ HỘI NĂM",
    unit: "Đơn vị",
    period: "Kỳ báo cáo",
    year: "Năm",
    yes: "có",
    no: "không",
  },
  en: {
    plan: "SOCIO-ECONOMIC DEVELOPMENT PLAN",
    unit: "Unit",
    period: "Reporting period",
    year: "Year",
    yes: "yes",
    no: "no",
  },
};

/** A plain figure ("4.500", "80%") is written as a number; words stay text. */
function targetCell(indicator: TemplateIndicator): WriteValue {
  const plain = parseNumberText(indicator.targetText, "vi");
  return plain.ok && indicator.target.kind === "at_least" && !indicator.target.strict
    ? plain.value
    : indicator.targetText;
}

function indicatorRow(indicator: TemplateIndicator, stt: number, lang: Language): WriteValue[] {
  const t = TITLE[lang];
  const cells: Record<PlanColumn, WriteValue> = {
    stt,
    code: indicator.code,
    name: indicator.name,
    unit: indicator.unit,
    kind: TARGET_KIND_LABELS[lang][indicator.target.kind],
    aggregation: formatAggregation(indicator.aggregation, lang),
    cumulative: indicator.cumulative ? t.yes : t.no,
    baseline: indicator.baseline ?? null,
    target: targetCell(indicator),
    targetMax: null,
    actual: null,
    forecast: null,
    percent: null,
    status: null,
    notes: indicator.note ?? null,
  };
  return PLAN_COLUMNS.map((c) => cells[c]);
}

/** The validation lists of a template: kinds, aggregations in use, yes/no. */
function lists(
  template: PlanTemplate,
  lang: Language,
): { kind: string[]; aggregation: string[]; cumulative: string[] } {
  const simple: Aggregation[] = [
    { rule: "sum" },
    { rule: "mean" },
    { rule: "min" },
    { rule: "max" },
    { rule: "all" },
    { rule: "none" },
  ];
  const aggregation = new Set<string>(simple.map((a) => formatAggregation(a, lang)));
  for (const field of template.fields)
    for (const i of field.indicators) aggregation.add(formatAggregation(i.aggregation, lang));
  return {
    kind: Object.values(TARGET_KIND_LABELS[lang]),
    aggregation: [...aggregation],
    cumulative: [TITLE[lang].yes, TITLE[lang].no],
  };
}

/** The change set that writes a ready plan sheet from a plan template. */
export function planSheetChanges(template: PlanTemplate, options: PlanSheetOptions): Change[] {
  const lang = options.lang ?? "vi";
  const t = TITLE[lang];
  const width = PLAN_COLUMNS.length;
  const draft = new SheetDraft(options.sheet);
  const last = (c: PlanColumn) => planColumn(c);

  const widths = PLAN_COLUMNS.map((c) => PLAN_WIDTHS[c]);
  // The form's heading: the committee top left, the title and period centred, then the unit
  // as a key/value line the reader reads back (rows 1–4; row 5 is left empty, the header stays
  // in row 6).
  titleBlock(draft, {
    unit: options.unit,
    title: `${t.plan} ${options.year}`,
    subtitles: [`${t.period}: ${PERIOD_LABELS[lang][options.period ?? "year"]}`],
    lineLeft: `${t.unit}: ${options.unit}`,
    widths,
    lang,
  });
  draft.addRow([]);

  const headerRow = draft.addRow(PLAN_COLUMNS.map((c) => PLAN_HEADERS[lang][c]));
  draft.style(headerRow, 1, headerRow, width, TABLE_HEADER_STYLE);
  draft.fitRows(
    headerRow,
    headerRow,
    widths.map((width, i) => ({ columns: [i + 1], width })),
  );

  const firstDataRow = draft.nextRow;
  template.fields.forEach((field, f) => {
    const groupRow = draft.addRow([romanNumeral(f + 1), null, field.name.toLocaleUpperCase("vi")]);
    draft.style(groupRow, 1, groupRow, width, { bold: true, fill: "#F2F2F2", border: true });
    field.indicators.forEach((indicator, i) => {
      const row = draft.addRow(indicatorRow(indicator, i + 1, lang));
      const format = formatForUnit(indicator.unit);
      draft.style(row, last("baseline"), row, last("baseline"), { numberFormat: format });
      draft.style(row, last("actual"), row, last("forecast"), { numberFormat: format });
      draft.style(row, last("target"), row, last("targetMax"), {
        numberFormat: typeof targetCell(indicator) === "string" ? FORMAT.text : format,
      });
    });
  });
  const lastIndicatorRow = draft.nextRow - 1;
  const lastDataRow = lastIndicatorRow + SPARE_ROWS;
  const wrappedColumns: PlanColumn[] = ["name", "unit", "kind", "aggregation", "target", "notes"];
  draft.fitRows(
    firstDataRow,
    lastIndicatorRow,
    wrappedColumns.map((c) => ({ columns: [last(c)], width: PLAN_WIDTHS[c] })),
  );
  draft.style(firstDataRow, 1, lastDataRow, width, { border: true, vertical: "top" });
  for (const column of wrappedColumns)
    draft.style(firstDataRow, last(column), lastDataRow, last(column), { wrap: true });
  draft.style(firstDataRow, last("percent"), lastDataRow, last("percent"), { numberFormat: "0.0" });

  const validation = lists(template, lang);
  draft.listValidation(firstDataRow, lastDataRow, last("kind"), validation.kind);
  draft.listValidation(firstDataRow, lastDataRow, last("aggregation"), validation.aggregation);
  draft.listValidation(firstDataRow, lastDataRow, last("cumulative"), validation.cumulative);
  draft.freeze(headerRow, last("name"));
  draft.widths(widths);
  draft.print({
    orientation: "landscape",
    paper: "A4",
    titleRows: `${headerRow}:${headerRow}`,
    fitToWidth: true,
    margins: "narrow",
    // The standard indicators; the spare rows print once a check finds figures in them.
    area: rangeAddress({ row: 1, column: 1 }, { row: lastIndicatorRow, column: width }),
  });
  return draft.changes(options.after);
}
