import { makeStyles, tokens } from "@fluentui/react-components";
import type { StatusId } from "../../engine/model/status";
import { STATUS_STYLE } from "../../workbook/write/statusStyle";
import { useMessages } from "../i18n/MessagesContext";
import { StatusIcon } from "./StatusIcon";

const useStyles = makeStyles({
  badge: {
    display: "inline-flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalXXS,
    padding: `0 ${tokens.spacingHorizontalXS}`,
    borderRadius: tokens.borderRadiusMedium,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    whiteSpace: "nowrap",
  },
});

/** A status as the workbook colours it: Excel's fill and font colour, an icon and the label. */
export function StatusBadge({ status }: { status: StatusId }) {
  const styles = useStyles();
  const t = useMessages();
  const look = STATUS_STYLE[status];
  return (
    <span
      className={styles.badge}
      style={{ backgroundColor: look.fill ?? undefined, color: look.fontColor }}
      data-status={status}
    >
      <StatusIcon status={status} size={14} />
      {t.status[status]}
    </span>
  );
}
