import type { MilestoneState } from "../model/indicator";
import type { StatusId } from "../model/status";

const MID_YEAR: Record<MilestoneState, StatusId> = {
  done: "achieved",
  in_progress: "on_track",
  not_done: "lagging",
};

const YEAR_END: Record<MilestoneState, StatusId> = {
  done: "achieved",
  in_progress: "not_achieved",
  not_done: "not_achieved",
};

export function judgeMilestone(state: MilestoneState, yearEnd: boolean): StatusId {
  return (yearEnd ? YEAR_END : MID_YEAR)[state];
}
