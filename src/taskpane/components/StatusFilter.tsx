import { makeStyles, tokens, ToggleButton } from "@fluentui/react-components";
import type { StatusId } from "../../engine/model/status";
import type { StatusCounts } from "../../engine/report/summarize";
import { useMessages } from "../i18n/MessagesContext";
import { StatusIcon } from "./StatusIcon";

const useStyles = makeStyles({
  group: {
    display: "flex",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalXS,
  },
});

export interface StatusFilterProps {
  statuses: readonly StatusId[];
  counts: StatusCounts;
  shown: ReadonlySet<StatusId>;
  onToggle: (status: StatusId) => void;
}

/** One toggle per status (pressed: listed), each with its icon, label and count. */
export function StatusFilter({ statuses, counts, shown, onToggle }: StatusFilterProps) {
  const styles = useStyles();
  const t = useMessages();
  return (
    <div role="group" aria-label={t.check.filter} className={styles.group}>
      {statuses.map((status) => (
        <ToggleButton
          key={status}
          size="small"
          shape="circular"
          appearance={shown.has(status) ? "primary" : "secondary"}
          checked={shown.has(status)}
          icon={<StatusIcon status={status} />}
          onClick={() => onToggle(status)}
        >
          {`${t.status[status]} (${counts[status]})`}
        </ToggleButton>
      ))}
    </div>
  );
}
