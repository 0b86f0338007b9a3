import { isYearEnd } from "../model/period";
import { STATUS_IDS, type Language, type StatusId } from "../model/status";
import { indicatorPhrase, type QuotedResult } from "./indicatorPhrase";
import { fieldSentences } from "./reportSentence";
import type { Summary } from "./summarize";

/** How a report names the indicators of one status: "3 chỉ tiêu vượt kế hoạch". */
export const STATUS_GROUP_WORDS: Record<Language, Record<StatusId, string>> = {
  vi: {
    exceeded: "vượt kế hoạch",
    achieved: "đạt kế hoạch",
    on_track: "đúng tiến độ",
    at_risk: "có nguy cơ không đạt",
    lagging: "chậm tiến độ",
    not_achieved: "không đạt",
    missing: "thiếu số liệu",
    invalid: "có số liệu lỗi",
    no_target: "không giao kế hoạch (không tính)",
    not_reported: "chưa báo cáo (không tính)",
  },
  en: {
    exceeded: "exceeded the plan",
    achieved: "achieved the plan",
    on_track: "on track",
    at_risk: "at risk",
    lagging: "lagging",
    not_achieved: "not achieved",
    missing: "missing data",
    invalid: "with invalid data",
    no_target: "without a target (not counted)",
    not_reported: "not reported (not counted)",
  },
};

export interface StatusGroup {
  status: StatusId;
  /** "3 chỉ tiêu vượt kế hoạch:" */
  lead: string;
  /** One phrase per indicator, with its figures. */
  items: string[];
}

export interface FieldSection {
  /** The field as the sheet names it ("" when the rows had none). */
  field: string;
  /** The engine's field sentence, when the field has judged indicators. */
  sentence?: string;
  groups: StatusGroup[];
}

interface FieldResult extends QuotedResult {
  indicator: QuotedResult["indicator"] & { field?: string };
}

function lead(count: number, status: StatusId, lang: Language): string {
  const words = STATUS_GROUP_WORDS[lang][status];
  return lang === "vi"
    ? `${count} chỉ tiêu ${words}:`
    : `${count} ${count === 1 ? "indicator" : "indicators"} ${words}:`;
}

/**
 * The field sentence under the field's own heading: "Kinh tế: hoàn thành 4/5 chỉ tiêu…" reads
 * "Hoàn thành 4/5 chỉ tiêu…" there, the heading naming the field.
 */
function withoutLabel(sentence: string, field: string): string {
  const colon = sentence.indexOf(": ");
  if (field === "" || colon < 0 || sentence.slice(0, colon) !== field) return sentence;
  const rest = sentence.slice(colon + 2);
  return rest.charAt(0).toLocaleUpperCase("vi") + rest.slice(1);
}

/**
 * The body of a plan report: one section per field in plan order, each with the engine's field
 * sentence and the indicators of each status (exceeded first) quoted with their figures. A field
 * whose rows are none of them judged still gets its section, without a sentence.
 */
export function fieldSections(
  summary: Summary,
  results: readonly FieldResult[],
  lang: Language = "vi",
): FieldSection[] {
  const yearEnd = isYearEnd(summary.period);
  const sentences = fieldSentences(summary, lang);
  const order: string[] = [];
  const byField = new Map<string, FieldResult[]>();
  for (const result of results) {
    const field = result.indicator.field ?? "";
    let list = byField.get(field);
    if (!list) {
      list = [];
      byField.set(field, list);
      order.push(field);
    }
    list.push(result);
  }
  return order.map((field) => {
    const rows = byField.get(field) ?? [];
    const index = summary.byField.findIndex((f) => f.field === field);
    const groups = STATUS_IDS.flatMap((status): StatusGroup[] => {
      const matching = rows.filter((r) => r.status === status);
      if (matching.length === 0) return [];
      return [
        {
          status,
          lead: lead(matching.length, status, lang),
          items: matching.map((r) => indicatorPhrase(r, yearEnd, lang)),
        },
      ];
    });
    if (index < 0) return { field, groups };
    return { field, sentence: withoutLabel(sentences[index], field), groups };
  });
}
