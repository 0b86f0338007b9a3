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

  const authority =
    lang === "vi"
      ? `ỦY BAN NHÂN DÂN ${options.unit.toLocaleUpperCase("vi")}`
      : options.unit.toUpperCase();
  draft.addRow([authority]);
  draft.addRow([`${t.plan} ${options.year}`]);
  draft.addRow([`${t.unit}: ${options.unit}`]);
  draft.addRow([`${t.period}: ${PERIOD_LABELS[lang][options.period ?? "year"]}`]);
  draft.merge(1, 1, 6);
  draft.merge(2, 1, width);
  draft.style(1, 1, 1, 1, { bold: true });
  draft.style(2, 1, 2, 1, { bold: true, fontSize: 14, horizontal: "center" });
  draft.style(3, 1, 4, 1, { italic: true });
  draft.addRow([]);

  const headerRow = draft.addRow(PLAN_COLUMNS.map((c) => PLAN_HEADERS[lang][c]));
  draft.style(headerRow, 1, headerRow, width, {
    bold: true,
    fill: "#DDEBF7",
    border: true,
    wrap: true,
    horizontal: "center",
    vertical: "middle",
  });

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
  const wrappedColumns: PlanColumn[] = ["name", "notes"];
  draft.fitRows(
    firstDataRow,
    lastIndicatorRow,
    wrappedColumns.map((c) => ({ columns: [last(c)], width: PLAN_WIDTHS[c] })),
  );
  draft.style(firstDataRow, last("notes"), lastDataRow, last("notes"), { wrap: true });
  draft.style(firstDataRow, 1, lastDataRow, width, { border: true, vertical: "top" });
  draft.style(firstDataRow, last("name"), lastDataRow, last("name"), { wrap: true });
  draft.style(firstDataRow, last("percent"), lastDataRow, last("percent"), { numberFormat: "0.0" });

  const validation = lists(template, lang);
  draft.listValidation(firstDataRow, lastDataRow, last("kind"), validation.kind);
  draft.listValidation(firstDataRow, lastDataRow, last("aggregation"), validation.aggregation);
  draft.listValidation(firstDataRow, lastDataRow, last("cumulative"), validation.cumulative);
  draft.freeze(headerRow, last("name"));
  draft.widths(PLAN_COLUMNS.map((c) => PLAN_WIDTHS[c]));
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
