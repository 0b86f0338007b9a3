import { makeStyles, tokens } from "@fluentui/react-components";
import type { BudgetStatusId } from "../../engine/budget/budgetStatus";
import type { StatusId } from "../../engine/model/status";
import { BUDGET_STATUS_STYLE } from "../../workbook/budget/write/budgetStatusStyle";
import { useMessages } from "../i18n/MessagesContext";
import { StatusIcon } from "./StatusIcon";

/** The plan status whose shape each budget status shares (its colours match, budgetStatusStyle). */
export const BUDGET_STATUS_ICON: Record<BudgetStatusId, StatusId> = {
  above_estimate: "exceeded",
  met_estimate: "achieved",
  on_pace: "on_track",
  behind: "lagging",
  below_estimate: "not_achieved",
  within_estimate: "achieved",
  over_estimate: "not_achieved",
  recorded: "achieved",
  mismatch: "at_risk",
  missing: "missing",
  invalid: "invalid",
  caption: "missing",
};

const useStyles = makeStyles({
  badge: {
    display: "inline-flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalXXS,
    padding: `0 ${tokens.spacingHorizontalXS}`,
    borderRadius: tokens.borderRadiusMedium,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    whiteSpace: "nowrap",
  },
});

/** A budget line's "Đánh giá" as the workbook colours it, with an icon and its label. */
export function BudgetStatusBadge({ status }: { status: BudgetStatusId }) {
  const styles = useStyles();
  const t = useMessages();
  const look = BUDGET_STATUS_STYLE[status];
  return (
    <span
      className={styles.badge}
      style={{ backgroundColor: look?.fill ?? undefined, color: look?.fontColor }}
      data-status={status}
    >
      <StatusIcon status={BUDGET_STATUS_ICON[status]} size={14} />
      {t.budgetStatus[status]}
    </span>
  );
}
