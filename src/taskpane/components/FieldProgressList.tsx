import { Field, makeStyles, ProgressBar, tokens } from "@fluentui/react-components";
import { isYearEnd } from "../../engine/model/period";
import type { Summary } from "../../engine/report/summarize";
import { fieldProgress } from "../check/fieldProgress";
import { formatPercent } from "../i18n/formatPercent";
import { useMessages } from "../i18n/MessagesContext";

const useStyles = makeStyles({
  list: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
  },
});

/** Green from 80% met, amber from 50%, red below; the figures are always written too. */
function colorOf(share: number): "success" | "warning" | "error" {
  if (share >= 0.8) return "success";
  return share >= 0.5 ? "warning" : "error";
}

/** A progress bar per field: the share of its indicators met, with the counts as text. */
export function FieldProgressList({ summary }: { summary: Summary }) {
  const styles = useStyles();
  const t = useMessages();
  const yearEnd = isYearEnd(summary.period);
  return (
    <div className={styles.list}>
      {fieldProgress(summary).map((f) => (
        <Field
          key={f.field}
          label={f.field || t.check.noField}
          hint={(yearEnd ? t.check.fieldMet : t.check.fieldMetOnPace)(
            String(f.met),
            String(f.total),
            formatPercent(f.share * 100, t.lang),
          )}
        >
          <ProgressBar value={f.share} max={1} thickness="large" color={colorOf(f.share)} />
        </Field>
      ))}
    </div>
  );
}
