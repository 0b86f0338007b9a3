import {
  Button,
  Field,
  makeStyles,
  Radio,
  RadioGroup,
  Select,
  tokens,
} from "@fluentui/react-components";
import { isPeriodId, PERIOD_IDS, type PeriodId } from "../../engine/model/period";
import { useMessages } from "../i18n/MessagesContext";
import type { RunLabels } from "../i18n/messages";
import type { CheckScope, PaneSettings } from "../settings/settings";

const useStyles = makeStyles({
  options: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
  },
});

/** Which sheets and which period ("auto": the one each table's title gives). */
export type RunChoices = Pick<PaneSettings, "scope" | "period">;

export interface RunOptionsProps extends Omit<RunChoices, "scope"> {
  /** Absent where the run has its own choice of sheets (the Tổng hợp tab): no scope shown. */
  scope?: RunChoices["scope"];
  labels: RunLabels;
  onChoose: (change: Partial<RunChoices>) => void;
  onRun: () => void;
  disabled: boolean;
}

/**
 * Which sheets, which period, and the button that runs: the Check and Ngân sách tabs; the
 * period and the button alone on the Tổng hợp tab.
 */
export function RunOptions({ scope, period, labels, onChoose, onRun, disabled }: RunOptionsProps) {
  const styles = useStyles();
  const t = useMessages();
  return (
    <div className={styles.options}>
      {scope === undefined ? null : (
        <Field label={labels.scope}>
          <RadioGroup
            value={scope}
            onChange={(_e, data) => onChoose({ scope: data.value as CheckScope })}
          >
            <Radio value="active" label={labels.scopeActive} />
            <Radio value="all" label={labels.scopeAll} />
          </RadioGroup>
        </Field>
      )}
      <Field label={labels.period}>
        <Select
          value={period}
          onChange={(_e, data) =>
            onChoose({ period: isPeriodId(data.value) ? (data.value as PeriodId) : "auto" })
          }
        >
          <option value="auto">{labels.periodFromTitle}</option>
          {PERIOD_IDS.map((id) => (
            <option key={id} value={id}>
              {t.period[id]}
            </option>
          ))}
        </Select>
      </Field>
      <Button appearance="primary" disabled={disabled} onClick={onRun}>
        {labels.run}
      </Button>
    </div>
  );
}
