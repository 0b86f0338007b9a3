import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { StatusId } from "../../engine/model/status";
import type { StatusCounts } from "../../engine/report/summarize";
import { STATUS_STYLE } from "../../workbook/write/statusStyle";
import { useMessages } from "../i18n/MessagesContext";
import { StatusIcon } from "./StatusIcon";

const useStyles = makeStyles({
  list: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fill, minmax(92px, 1fr))",
    gap: tokens.spacingHorizontalS,
    listStyleType: "none",
    margin: 0,
    padding: 0,
  },
  card: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
    borderRadius: tokens.borderRadiusMedium,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  empty: {
    opacity: 0.6,
  },
  label: {
    display: "flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalXS,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
  },
  count: {
    fontSize: tokens.fontSizeBase500,
    fontWeight: tokens.fontWeightSemibold,
    lineHeight: tokens.lineHeightBase500,
  },
});

export interface SummaryCardsProps {
  counts: StatusCounts;
  statuses: readonly StatusId[];
}

/** A card per status: its count, label and icon, in the colours the workbook uses. */
export function SummaryCards({ counts, statuses }: SummaryCardsProps) {
  const styles = useStyles();
  const t = useMessages();
  return (
    <ul className={styles.list} aria-label={t.check.summary}>
      {statuses.map((status) => {
        // A status no row has keeps its icon but not its colour: "Số liệu lỗi 0" is no alarm.
        const empty = counts[status] === 0;
        const look = STATUS_STYLE[status];
        return (
          <li
            key={status}
            className={mergeClasses(styles.card, empty && styles.empty)}
            style={
              empty ? undefined : { backgroundColor: look.fill ?? undefined, color: look.fontColor }
            }
            data-status={status}
          >
            <span className={styles.label}>
              <StatusIcon status={status} />
              {t.status[status]}
            </span>
            <span className={styles.count} data-testid={`count-${status}`}>
              {counts[status]}
            </span>
          </li>
        );
      })}
    </ul>
  );
}
