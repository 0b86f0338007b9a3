import { makeStyles, tokens } from "@fluentui/react-components";
import type { StatusId } from "../../engine/model/status";
import type { CellStyle } from "../../workbook/changeSet";
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
  uncoloured: {
    border: `1px solid ${tokens.colorNeutralStroke2}`,
  },
});

export interface BadgeProps {
  /** The cell style the workbook gives it; undefined for an uncoloured one. */
  look: CellStyle | undefined;
  icon: StatusId;
  label: string;
  /** The status id, for tests and styling hooks. */
  status: string;
}

/** A status as the workbook colours it: the fill and font colour, an icon and the label. */
export function Badge({ look, icon, label, status }: BadgeProps) {
  const styles = useStyles();
  return (
    <span
      className={look ? styles.badge : `${styles.badge} ${styles.uncoloured}`}
      style={{ backgroundColor: look?.fill ?? undefined, color: look?.fontColor }}
      data-status={status}
    >
      <StatusIcon status={icon} size={14} />
      {label}
    </span>
  );
}
