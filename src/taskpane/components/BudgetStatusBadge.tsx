import { BUDGET_STATUS_KIN, type BudgetStatusId } from "../../engine/budget/budgetStatus";
import { budgetStatusStyle } from "../../workbook/budget/write/budgetStatusStyle";
import { useMessages } from "../i18n/MessagesContext";
import { Badge } from "./Badge";

/** A budget line's "Đánh giá" as the workbook colours it, with an icon and its label. */
export function BudgetStatusBadge({ status }: { status: BudgetStatusId }) {
  const t = useMessages();
  return (
    <Badge
      look={budgetStatusStyle(status)}
      icon={BUDGET_STATUS_KIN[status]}
      label={t.budgetStatus[status]}
      status={status}
    />
  );
}
