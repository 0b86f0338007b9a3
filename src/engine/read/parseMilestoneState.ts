import type { MilestoneState } from "../model/indicator";
import { foldText } from "../text/normalize";

const STATES: ReadonlyArray<[RegExp, MilestoneState]> = [
  [
    /^(chua hoan thanh|khong hoan thanh|chua thuc hien|chua dat|khong dat|not (yet )?(completed|done|achieved)|not started)$/,
    "not_done",
  ],
  [/^(dang thuc hien|dang trien khai|in progress|ongoing|under way|underway)$/, "in_progress"],
  [
    /^(da hoan thanh|hoan thanh|hoan thanh 100 ?%|dat|da dat|xong|completed?|done|achieved|finished)$/,
    "done",
  ],
];

/** "Hoàn thành", "Đã hoàn thành", "Đang thực hiện", "Chưa hoàn thành" and English forms. */
export function parseMilestoneState(text: string): MilestoneState | undefined {
  const folded = foldText(text).replace(/[.!]+$/, "");
  for (const [pattern, state] of STATES) if (pattern.test(folded)) return state;
  return undefined;
}
