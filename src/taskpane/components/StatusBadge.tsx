import type { StatusId } from "../../engine/model/status";
import { STATUS_STYLE } from "../../workbook/write/statusStyle";
import { useMessages } from "../i18n/MessagesContext";
import { Badge } from "./Badge";

/** A plan status as the workbook colours it, with its icon and label. */
export function StatusBadge({ status }: { status: StatusId }) {
  const t = useMessages();
  return (
    <Badge look={STATUS_STYLE[status]} icon={status} label={t.status[status]} status={status} />
  );
}
