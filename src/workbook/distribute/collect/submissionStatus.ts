import type { Language, StatusId } from "../../../engine/model/status";

/** Where a sub-unit's report stands (the tracker's "Tình trạng"). */
export type SubmissionStatus = "complete" | "incomplete" | "errors" | "missing";

/** The words for each, in the tracker sheet, the command line and the pane. */
export const SUBMISSION_LABELS: Record<Language, Record<SubmissionStatus, string>> = {
  vi: {
    complete: "Đã nộp đủ",
    incomplete: "Thiếu số liệu",
    errors: "Có lỗi",
    missing: "Chưa nộp",
  },
  en: {
    complete: "Complete",
    incomplete: "Incomplete",
    errors: "Has errors",
    missing: "Not received",
  },
};

/** The look of each: as the plan statuses are coloured. */
export const SUBMISSION_LOOK: Record<SubmissionStatus, StatusId> = {
  complete: "achieved",
  incomplete: "at_risk",
  errors: "not_achieved",
  missing: "missing",
};
