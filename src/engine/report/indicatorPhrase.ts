import { findingMessage, type Finding } from "../findings/finding";
import type { ActualValue, Indicator, MilestoneState } from "../model/indicator";
import type { Language, StatusId } from "../model/status";
import { formatNumber } from "../numbers/formatNumber";
import { formatTarget } from "../targets/formatTarget";
import { displayName } from "./reportSentence";

/** Enough decimals for what offices type; a computed figure beyond that is noise. */
const FIGURE_DECIMALS = 3;
/** "% KH" as the pane shows it: one decimal at most. */
const PERCENT_DECIMALS = 1;

/** A result as a report quotes it: what the check gave, nothing more. */
export interface QuotedResult {
  indicator: Pick<
    Indicator,
    "name" | "code" | "parentName" | "unit" | "target" | "targetText" | "actual" | "forecast"
  >;
  status: StatusId;
  percent?: number;
  findings: readonly Finding[];
}

const MILESTONE_WORDS: Record<Language, Record<MilestoneState, string>> = {
  vi: { done: "đã hoàn thành", in_progress: "đang thực hiện", not_done: "chưa hoàn thành" },
  en: { done: "done", in_progress: "in progress", not_done: "not done" },
};

/**
 * The figure the status was judged on: the actual, or at year end the year's estimate when no
 * actual was typed (the check judges that one then).
 */
export function judgedFigure(
  result: QuotedResult,
  yearEnd: boolean,
): { value: ActualValue; estimate: boolean } | undefined {
  const { actual, forecast } = result.indicator;
  if (actual) return { value: actual, estimate: false };
  if (forecast && yearEnd) return { value: forecast, estimate: true };
  return undefined;
}

/** "4.435 tỷ đồng", "12,5%", "đã hoàn thành": a figure with its unit, numbers vi-VN style. */
export function figureText(value: ActualValue, unit: string | undefined, lang: Language): string {
  if (value.kind === "milestone") return MILESTONE_WORDS[lang][value.state];
  const number = formatNumber(value.value, lang, FIGURE_DECIMALS);
  const u = unit?.trim() ?? "";
  if (u === "") return number;
  return u === "%" ? `${number}%` : `${number} ${u}`;
}

/** The target as the report writes it: the canonical text, or as typed when it was not read. */
export function targetText(result: QuotedResult, lang: Language): string | undefined {
  const { target, targetText: typed } = result.indicator;
  if (target) return formatTarget(target, lang);
  const text = typed?.trim();
  return text ? text : undefined;
}

/**
 * "% KH" with one decimal at most: "104,2%"; a figure just short of (or past) 100 keeps the
 * decimals that show it ("99,994%"), so a row never reads "100%" beside "Không đạt".
 */
export function percentText(percent: number, lang: Language): string {
  const short = formatNumber(percent, lang, PERCENT_DECIMALS);
  const crosses = short === formatNumber(100, lang) && percent !== 100;
  return `${crosses ? formatNumber(percent, lang, 3) : short}%`;
}

/**
 * One indicator with its figures, in the phrasing of the reports: "Thu ngân sách nhà nước trên
 * địa bàn ước đạt 4.435 tỷ đồng, bằng 101,2% kế hoạch (kế hoạch: từ 4.380 trở lên)". Missing or
 * unreadable figures say so, with what the check found.
 */
export function indicatorPhrase(result: QuotedResult, yearEnd: boolean, lang: Language): string {
  const vi = lang === "vi";
  const name = displayName(result.indicator);
  const plan = targetText(result, lang);
  const planPart = plan === undefined ? "" : vi ? ` (kế hoạch: ${plan})` : ` (plan: ${plan})`;
  if (result.status === "no_target") return name;
  if (result.status === "not_reported") return name;
  const figure = judgedFigure(result, yearEnd);
  if (result.status === "invalid" || !figure) {
    const first = result.findings.find((f) => f.severity !== "info") ?? result.findings[0];
    const why = first ? `: ${findingMessage(first, lang).replace(/\.$/, "")}` : "";
    const said =
      result.status === "invalid"
        ? vi
          ? `số liệu lỗi${why}`
          : `invalid data${why}`
        : vi
          ? "chưa có số liệu"
          : "no figure";
    return `${name}: ${said}${planPart}`;
  }
  const value = figureText(figure.value, result.indicator.unit, lang);
  if (figure.value.kind === "milestone") return `${name}: ${value}${planPart}`;
  const verb = vi ? (figure.estimate ? "ước đạt" : "đạt") : figure.estimate ? "estimated at" : "";
  // A reduction that went the other way has a negative % KH: the status says it, not "bằng -512%".
  const share =
    result.percent === undefined || result.percent < 0
      ? ""
      : vi
        ? `, bằng ${percentText(result.percent, lang)} kế hoạch`
        : `, ${percentText(result.percent, lang)} of plan`;
  return vi
    ? `${name} ${verb} ${value}${share}${planPart}`
    : `${name}: ${verb ? `${verb} ` : ""}${value}${share}${planPart}`;
}
