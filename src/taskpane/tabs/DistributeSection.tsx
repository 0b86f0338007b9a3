import { Button, Caption1, ProgressBar, Subtitle2 } from "@fluentui/react-components";
import { useState } from "react";
import type { Finding } from "../../engine/findings/finding";
import type { PeriodId } from "../../engine/model/period";
import { BusyNote } from "../components/BusyNote";
import { ErrorBar } from "../components/ErrorBar";
import { FindingList } from "../components/FindingList";
import { SuccessNote } from "../components/SuccessNote";
import { useOperation } from "../components/useOperation";
import { distributionZip } from "../distribute/distributionZip";
import { MEDIA_TYPE, offerDownload } from "../download/offerDownload";
import type { PaneGateway } from "../gateway/paneGateway";
import { step } from "../gateway/paneError";
import { useMessages } from "../i18n/MessagesContext";

export interface DistributeSectionProps {
  gateway: PaneGateway | undefined;
  /** The period chosen in the tab ("auto": the plan's title's). */
  period: PeriodId | "auto";
  atRiskTolerance: number;
  onSelect: (sheet: string, cell: string) => void;
  /** Where the .zip goes (the page's download by default; tests pass their own). */
  save?: (bytes: Uint8Array, fileName: string) => void;
}

/**
 * Giao chỉ tiêu in the pane: reads this workbook (the parent's plan and allocation sheet), makes
 * each sub-unit's self-checking workbook with the .xlsx writer, one at a time with its progress,
 * and offers them all as one .zip. The workbook itself is not changed.
 */
export function DistributeSection({
  gateway,
  period,
  atRiskTolerance,
  onSelect,
  save = (bytes, fileName) => offerDownload(bytes, fileName, MEDIA_TYPE.zip),
}: DistributeSectionProps) {
  const t = useMessages();
  const operation = useOperation();
  const [progress, setProgress] = useState<{ done: number; total: number }>();
  const [findings, setFindings] = useState<Finding[]>([]);

  const run = () => {
    if (!gateway) return;
    operation.run(
      t.distribute.reading,
      async () => {
        const parent = await step("read", () => gateway.read({ skipNotes: true }));
        const zip = await distributionZip(parent, {
          lang: t.lang,
          atRiskTolerance,
          ...(period === "auto" ? {} : { period }),
          onProgress: (done, total) => setProgress({ done, total }),
        });
        setProgress(undefined);
        setFindings(zip.findings.filter((f) => f.severity !== "info"));
        if (zip.files.length === 0) return t.distribute.nothing;
        save(zip.bytes, zip.fileName);
        return t.distribute.made(zip.files.length, zip.fileName);
      },
      "read",
    );
  };

  return (
    <>
      <Subtitle2 as="h2">{t.distribute.heading}</Subtitle2>
      <Caption1>{t.distribute.intro}</Caption1>
      <div>
        <Button disabled={!gateway || Boolean(operation.busy)} onClick={run}>
          {t.distribute.run}
        </Button>
      </div>
      {operation.busy ? (
        progress ? (
          <ProgressBar
            value={progress.done / progress.total}
            aria-label={t.distribute.making(progress.done, progress.total)}
          />
        ) : (
          <BusyNote label={operation.busy} />
        )
      ) : null}
      {operation.busy && progress ? (
        <Caption1 role="status">{t.distribute.making(progress.done, progress.total)}</Caption1>
      ) : null}
      {operation.done ? <SuccessNote text={operation.done} /> : null}
      {operation.error ? <ErrorBar error={operation.error} onDismiss={operation.dismiss} /> : null}
      {findings.length > 0 ? (
        <FindingList findings={findings} limit={20} onSelect={onSelect} />
      ) : null}
    </>
  );
}
