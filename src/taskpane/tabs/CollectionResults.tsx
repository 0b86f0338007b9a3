import { Body1, Caption1, Link, makeStyles, Subtitle2, tokens } from "@fluentui/react-components";
import { STATUS_STYLE } from "../../workbook/write/statusStyle";
import { SUBMISSION_LOOK } from "../../workbook/distribute/collect/submissionStatus";
import type { TrackerRow } from "../../workbook/distribute/collect/tracker";
import { Badge } from "../components/Badge";
import { FindingList } from "../components/FindingList";
import type { CollectedFile, CollectOutcome } from "../consolidate/collectFiles";
import { fileLine } from "../consolidate/importNote";
import type { Messages } from "../i18n/messages";
import { useMessages } from "../i18n/MessagesContext";

const FINDINGS_SHOWN = 100;

const useStyles = makeStyles({
  section: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
  },
  // A province's 168 sub-units scroll in their own box, as the sheets' list does.
  rows: {
    maxHeight: "320px",
    overflowY: "auto",
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    margin: 0,
    padding: tokens.spacingHorizontalXS,
    listStyleType: "none",
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
  },
  row: {
    display: "grid",
    gridTemplateColumns: "minmax(0, 1fr) auto",
    columnGap: tokens.spacingHorizontalS,
    alignItems: "baseline",
  },
  detail: { gridColumn: "1 / span 2", color: tokens.colorNeutralForeground3 },
  files: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  findings: { maxHeight: "320px", overflowY: "auto" },
});

/** One picked file's line, in the pane's words. */
function collectedLine(f: CollectedFile, t: Messages): string {
  const c = t.collect;
  switch (f.kind) {
    case "taken":
      return c.taken(f.file, f.sheet);
    case "left":
      if (f.why === "other_parent") return c.leftOtherParent(f.file);
      if (f.why === "unexpected_unit") return c.leftUnexpected(f.file, f.unit ?? "");
      if (f.why === "other_period") return c.leftOtherPeriod(f.file);
      return c.leftSuperseded(f.file, f.replacedBy ?? "");
    case "unreadable":
      return c.unreadable(f.file, f.reason ?? "");
    case "refused":
    case "failed":
      return fileLine(f, t);
  }
}

/** What a sub-unit's row says beside its status: its file, how filled, errors, what it replaced. */
function rowDetail(r: TrackerRow, t: Messages): string {
  const c = t.collect;
  if (!r.file) return "";
  return [
    r.file,
    ...(r.filled === undefined ? [] : [c.filled(r.filled, r.total ?? 0)]),
    ...(r.errors + r.warnings > 0 ? [c.counts(r.errors, r.warnings)] : []),
    ...(r.replaced.length > 0 ? [c.replaced(r.replaced.join(", "))] : []),
  ].join(" · ");
}

export interface CollectionResultsProps {
  outcome: CollectOutcome;
  onSelect: (sheet: string, cell: string) => void;
}

/**
 * After the returned files are picked: who has sent what (the tracker's rows, coloured as the
 * sheet colours them), what became of each file, and what was found, each at its file and cell.
 */
export function CollectionResults({ outcome, onSelect }: CollectionResultsProps) {
  const styles = useStyles();
  const t = useMessages();
  const c = t.collect;
  const listed = outcome.tracker.filter((r) => !r.unlisted);
  const received = listed.filter((r) => r.status !== "missing").length;
  return (
    <section
      className={styles.section}
      aria-label={c.heading(received, listed.length)}
      data-testid="collection"
    >
      <Subtitle2 as="h3">{c.heading(received, listed.length)}</Subtitle2>
      <div>
        <Link as="button" onClick={() => onSelect(outcome.trackerSheet, "A1")}>
          {c.openTracker(outcome.trackerSheet)}
        </Link>
      </div>
      {outcome.parent === undefined ? <Caption1>{c.noParent}</Caption1> : null}
      <ul className={styles.rows}>
        {outcome.tracker.map((r) => {
          const detail = rowDetail(r, t);
          return (
            <li key={r.unit} className={styles.row} data-unit={r.unit}>
              {r.sheet ? (
                <Link as="button" onClick={() => onSelect(r.sheet as string, "A1")}>
                  {r.unit}
                </Link>
              ) : (
                <Body1>{r.unit}</Body1>
              )}
              <Badge
                look={STATUS_STYLE[SUBMISSION_LOOK[r.status]]}
                icon={SUBMISSION_LOOK[r.status]}
                label={c.status[r.status]}
                status={r.status}
              />
              {detail ? <Caption1 className={styles.detail}>{detail}</Caption1> : null}
            </li>
          );
        })}
      </ul>
      {outcome.inserted.length > 0 ? <Caption1>{c.next}</Caption1> : null}
      <Subtitle2 as="h3">{c.files}</Subtitle2>
      <ul className={styles.files}>
        {outcome.files.map((f, i) => (
          <li key={`${f.file}-${i}`}>
            <Caption1>{collectedLine(f, t)}</Caption1>
          </li>
        ))}
      </ul>
      {outcome.findings.length > 0 ? (
        <>
          <Subtitle2 as="h3">{c.findings(outcome.findings.length)}</Subtitle2>
          <div className={styles.findings}>
            <FindingList
              findings={outcome.findings}
              limit={FINDINGS_SHOWN}
              onSelect={onSelect}
              selectable={outcome.selectable}
            />
          </div>
        </>
      ) : null}
    </section>
  );
}
