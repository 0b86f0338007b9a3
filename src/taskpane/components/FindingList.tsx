import { Caption1, Link, makeStyles, Text, tokens } from "@fluentui/react-components";
import { findingMessage, findingPlace, type Finding } from "../../engine/findings/finding";
import { useMessages } from "../i18n/MessagesContext";

const useStyles = makeStyles({
  list: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalL,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
  },
  warning: { color: tokens.colorPaletteDarkOrangeForeground1 },
  error: { color: tokens.colorPaletteRedForeground1 },
  link: { textAlign: "left" },
});

export interface FindingListProps {
  findings: readonly Finding[];
  /** Shown at most; the rest are counted. */
  limit: number;
  onSelect: (sheet: string, cell: string) => void;
  /** Sheets a link may go to (a file left out has no sheet here); every sheet when absent. */
  selectable?: readonly string[];
}

/** Findings in the pane's language, each with a link to its cell where it has one. */
export function FindingList({ findings, limit, onSelect, selectable }: FindingListProps) {
  const styles = useStyles();
  const t = useMessages();
  const shown = findings.slice(0, limit);
  return (
    <>
      <ul className={styles.list}>
        {shown.map((f, i) => {
          const place = findingPlace(f);
          const severity = f.severity === "info" ? undefined : styles[f.severity];
          return (
            <li key={`${f.rule}-${place}-${i}`}>
              {f.sheet && f.cell && (!selectable || selectable.includes(f.sheet)) ? (
                <Link
                  as="button"
                  className={styles.link}
                  aria-label={t.check.selectCell(place)}
                  onClick={() => onSelect(f.sheet as string, f.cell as string)}
                >
                  {place}
                </Link>
              ) : place ? (
                <Text weight="semibold">{place}</Text>
              ) : null}
              {place ? ": " : null}
              <Text className={severity}>{findingMessage(f, t.lang)}</Text>
            </li>
          );
        })}
      </ul>
      {findings.length > shown.length ? (
        <Caption1>{t.consolidate.moreFindings(findings.length - shown.length)}</Caption1>
      ) : null}
    </>
  );
}
