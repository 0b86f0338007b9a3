import type { Language } from "../model/status";
import { PERIOD_LABELS, isYearEnd } from "../model/period";
import type { StatusId } from "../model/status";
import { formatNumber } from "../numbers/formatNumber";
import { stripNumbering } from "../text/numbering";
import type { Summary } from "./summarize";

interface Named {
  status: StatusId;
  indicator: { name: string; code?: string; parentName?: string };
}

/**
 * How a report names an indicator: without the numbering typed before it, and with the row it
 * sits under when the sheet repeats names ("Năng suất (Lúa Đông xuân)").
 */
export function displayName(indicator: Named["indicator"]): string {
  const name = stripNumbering(indicator.name) || indicator.code || "?";
  return indicator.parentName ? `${name} (${stripNumbering(indicator.parentName)})` : name;
}

/** How many names a sentence lists before "và N chỉ tiêu khác". */
const MAX_NAMES = 5;

function share(part: number, total: number, lang: Language): string {
  const percent = total === 0 ? 0 : (part / total) * 100;
  return `${formatNumber(percent, lang, Number.isInteger(percent) ? 0 : 1)}%`;
}

function names(results: readonly Named[], status: StatusId, lang: Language): string {
  const matching = results.filter((r) => r.status === status).map((r) => displayName(r.indicator));
  const shown = matching.slice(0, MAX_NAMES).join(", ");
  const rest = matching.length - MAX_NAMES;
  if (rest <= 0) return shown;
  return lang === "vi" ? `${shown} và ${rest} chỉ tiêu khác` : `${shown} and ${rest} more`;
}

type Clause = { status: StatusId; vi: string; en: string };

const YEAR_END_TAIL: Clause[] = [
  { status: "not_achieved", vi: "không đạt", en: "not achieved" },
  { status: "missing", vi: "thiếu số liệu", en: "missing data" },
  { status: "invalid", vi: "có số liệu lỗi", en: "with invalid data" },
];

const MID_YEAR_TAIL: Clause[] = [
  { status: "at_risk", vi: "có nguy cơ không đạt", en: "at risk" },
  { status: "lagging", vi: "chậm tiến độ", en: "lagging" },
  ...YEAR_END_TAIL,
];

function tail(summary: Summary, results: readonly Named[], lang: Language): string[] {
  const clauses = isYearEnd(summary.period) ? YEAR_END_TAIL : MID_YEAR_TAIL;
  return clauses
    .filter((c) => summary.counts[c.status] > 0)
    .map((c) => {
      const count = summary.counts[c.status];
      const list = names(results, c.status, lang);
      return lang === "vi" ? `${count} chỉ tiêu ${c.vi}: ${list}` : `${count} ${c.en}: ${list}`;
    });
}

/**
 * The report sentence: "Hoàn thành 23/25 chỉ tiêu (92%), trong đó 10 chỉ tiêu vượt kế hoạch
 * (40%); 2 chỉ tiêu không đạt: …". Mid-year it counts the indicators achieved or on pace.
 */
export function reportSentence(
  summary: Summary,
  results: readonly Named[],
  lang: Language = "vi",
): string {
  const { total, counts } = summary;
  if (total === 0) return nothingJudged(summary, lang);
  const yearEnd = isYearEnd(summary.period);
  const met = counts.exceeded + counts.achieved + (yearEnd ? 0 : counts.on_track);
  const exceeded = counts.exceeded;
  const period = PERIOD_LABELS[lang][summary.period];
  let head: string;
  if (lang === "vi") {
    head = yearEnd
      ? `Hoàn thành ${met}/${total} chỉ tiêu (${share(met, total, lang)})`
      : `${period}: ${met}/${total} chỉ tiêu đạt hoặc đúng tiến độ (${share(met, total, lang)})`;
    if (exceeded > 0)
      head += `, trong đó ${exceeded} chỉ tiêu vượt kế hoạch (${share(exceeded, total, lang)})`;
  } else {
    head = yearEnd
      ? `Achieved ${met} of ${total} indicators (${share(met, total, lang)})`
      : `${period}: ${met} of ${total} indicators achieved or on track (${share(met, total, lang)})`;
    if (exceeded > 0)
      head += `, of which ${exceeded} exceeded the plan (${share(exceeded, total, lang)})`;
  }
  return [head, ...tail(summary, results, lang), ...apart(summary, lang)].join("; ") + ".";
}

/** The rows not judged, said after the counts so "x/y" never includes them. */
function apart(summary: Summary, lang: Language): string[] {
  const noTarget = summary.counts.no_target;
  if (noTarget === 0) return [];
  return [
    lang === "vi"
      ? `không tính ${noTarget} chỉ tiêu không giao kế hoạch`
      : `${noTarget} ${noTarget === 1 ? "indicator" : "indicators"} without a target not counted`,
  ];
}

/** When nothing can be counted: a unit that sent nothing, or a table with no plan at all. */
function nothingJudged(summary: Summary, lang: Language): string {
  if (summary.counts.not_reported > 0) {
    return lang === "vi" ? "Chưa báo cáo số liệu kỳ này." : "No figures reported for the period.";
  }
  const noTarget = summary.counts.no_target;
  if (lang === "vi") {
    return noTarget > 0
      ? `Không có chỉ tiêu nào được giao kế hoạch để đánh giá (${noTarget} chỉ tiêu không giao kế hoạch).`
      : "Không có chỉ tiêu nào để đánh giá.";
  }
  return noTarget > 0
    ? `No indicator has a target to judge (${noTarget} without a target).`
    : "No indicator to judge.";
}

/** One line per field: "Kinh tế: hoàn thành 4/5 chỉ tiêu (80%), trong đó 1 chỉ tiêu vượt kế hoạch (20%)." */
export function fieldSentences(summary: Summary, lang: Language = "vi"): string[] {
  const yearEnd = isYearEnd(summary.period);
  return summary.byField.map(({ field, total, counts }) => {
    const met = counts.exceeded + counts.achieved + (yearEnd ? 0 : counts.on_track);
    const label = field || (lang === "vi" ? "Chưa phân lĩnh vực" : "No field");
    let line =
      lang === "vi"
        ? `${label}: ${yearEnd ? "hoàn thành" : "đạt hoặc đúng tiến độ"} ${met}/${total} chỉ tiêu (${share(met, total, lang)})`
        : `${label}: ${met} of ${total} ${yearEnd ? "achieved" : "achieved or on track"} (${share(met, total, lang)})`;
    if (counts.exceeded > 0) {
      line +=
        lang === "vi"
          ? `, trong đó ${counts.exceeded} chỉ tiêu vượt kế hoạch (${share(counts.exceeded, total, lang)})`
          : `, ${counts.exceeded} exceeded (${share(counts.exceeded, total, lang)})`;
    }
    return `${line}.`;
  });
}
