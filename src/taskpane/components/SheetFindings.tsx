import { Caption1, Link, makeStyles, Subtitle2, Text, tokens } from "@fluentui/react-components";
import type { FindingLine, IndicatorItem, SheetGroup } from "../check/sheetGroups";
import { formatPercent } from "../i18n/formatPercent";
import { useMessages } from "../i18n/MessagesContext";
import { StatusBadge } from "./StatusBadge";

const useStyles = makeStyles({
  group: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
  },
  list: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
  },
  item: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
    paddingBottom: tokens.spacingVerticalXS,
    borderBottom: `1px solid ${tokens.colorNeutralStroke3}`,
  },
  meta: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
  },
  findings: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalL,
  },
  link: {
    textAlign: "left",
  },
  warning: {
    color: tokens.colorPaletteDarkOrangeForeground1,
  },
  error: {
    color: tokens.colorPaletteRedForeground1,
  },
});

export interface SheetFindingsProps {
  groups: SheetGroup[];
  onSelect: (sheet: string, cell: string) => void;
}

function CellLink({
  sheet,
  cell,
  children,
  onSelect,
}: {
  sheet: string;
  cell?: string;
  children: string;
  onSelect: SheetFindingsProps["onSelect"];
}) {
  const styles = useStyles();
  const t = useMessages();
  if (!cell) return <Text>{children}</Text>;
  return (
    <Link
      as="button"
      className={styles.link}
      title={t.check.selectCell(`${sheet}!${cell}`)}
      onClick={() => onSelect(sheet, cell)}
    >
      {children}
    </Link>
  );
}

function FindingLines({
  lines,
  onSelect,
}: {
  lines: FindingLine[];
  onSelect: SheetFindingsProps["onSelect"];
}) {
  const styles = useStyles();
  if (lines.length === 0) return null;
  return (
    <ul className={styles.findings}>
      {lines.map((f) => (
        <li key={f.key} className={f.severity === "info" ? undefined : styles[f.severity]}>
          <CellLink sheet={f.sheet} cell={f.cell} onSelect={onSelect}>
            {f.cell ? `${f.cell}: ${f.message}` : f.message}
          </CellLink>
        </li>
      ))}
    </ul>
  );
}

function Indicator({
  item,
  onSelect,
}: {
  item: IndicatorItem;
  onSelect: SheetFindingsProps["onSelect"];
}) {
  const styles = useStyles();
  const t = useMessages();
  const label = item.row !== undefined ? `${t.check.rowLabel(item.row)} · ${item.name}` : item.name;
  return (
    <li className={styles.item} data-row={item.row}>
      <CellLink sheet={item.sheet} cell={item.cell} onSelect={onSelect}>
        {label}
      </CellLink>
      <span className={styles.meta}>
        <StatusBadge status={item.status} />
        {item.percent !== undefined ? (
          <Caption1>{t.check.percentOfPlan(formatPercent(item.percent, t.lang))}</Caption1>
        ) : null}
      </span>
      <FindingLines lines={item.findings} onSelect={onSelect} />
    </li>
  );
}

/** The indicators of each sheet with their status and findings; every cell is a link. */
export function SheetFindings({ groups, onSelect }: SheetFindingsProps) {
  const styles = useStyles();
  const t = useMessages();
  return (
    <>
      {groups.map((group) => (
        <section key={group.sheet} className={styles.group} aria-label={group.sheet}>
          <Subtitle2 as="h3">{group.sheet}</Subtitle2>
          {group.notes.length > 0 ? (
            <>
              <Caption1>{t.check.sheetNotes}</Caption1>
              <FindingLines lines={group.notes} onSelect={onSelect} />
            </>
          ) : null}
          {group.items.length === 0 ? (
            <Caption1>{t.check.noMatches}</Caption1>
          ) : (
            <ul className={styles.list}>
              {group.items.map((item) => (
                <Indicator key={item.key} item={item} onSelect={onSelect} />
              ))}
            </ul>
          )}
        </section>
      ))}
    </>
  );
}
