/** Stable status ids (JSON, code) in the order reports list them. */
export const STATUS_IDS = [
  "exceeded",
  "achieved",
  "on_track",
  "at_risk",
  "lagging",
  "not_achieved",
  "missing",
  "invalid",
  "no_target",
  "not_reported",
] as const;

export type StatusId = (typeof STATUS_IDS)[number];

export type Language = "vi" | "en";

export const STATUS_LABELS: Record<Language, Record<StatusId, string>> = {
  vi: {
    exceeded: "Vượt",
    achieved: "Đạt",
    on_track: "Đúng tiến độ",
    at_risk: "Có nguy cơ",
    lagging: "Chậm tiến độ",
    not_achieved: "Không đạt",
    missing: "Thiếu số liệu",
    invalid: "Số liệu lỗi",
    no_target: "Không giao kế hoạch",
    not_reported: "Chưa báo cáo",
  },
  en: {
    exceeded: "Exceeded",
    achieved: "Achieved",
    on_track: "On track",
    at_risk: "At risk",
    lagging: "Lagging",
    not_achieved: "Not achieved",
    missing: "Missing data",
    invalid: "Invalid data",
    no_target: "No target set",
    not_reported: "Not reported",
  },
};

/** Statuses that count as meeting the plan in a report ("hoàn thành"). */
export const MET_STATUSES: ReadonlySet<StatusId> = new Set<StatusId>(["exceeded", "achieved"]);

/** Statuses possible at year end; the others only make sense mid-year. */
export const YEAR_END_STATUSES: ReadonlySet<StatusId> = new Set<StatusId>([
  "exceeded",
  "achieved",
  "not_achieved",
  "missing",
  "invalid",
  "no_target",
  "not_reported",
]);

/**
 * Rows that are not judged: no plan for the period, or a unit that reported nothing. They are
 * counted apart and never enter "x/y chỉ tiêu" (DESIGN "Statuses").
 */
export const UNJUDGED_STATUSES: ReadonlySet<StatusId> = new Set<StatusId>([
  "no_target",
  "not_reported",
]);

export function isJudged(status: StatusId): boolean {
  return !UNJUDGED_STATUSES.has(status);
}

export function isStatusId(value: string): value is StatusId {
  return (STATUS_IDS as readonly string[]).includes(value);
}
