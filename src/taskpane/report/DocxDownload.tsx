import { Button, Caption1, makeStyles, Subtitle2, tokens } from "@fluentui/react-components";
import { BusyNote } from "../components/BusyNote";
import { ErrorBar } from "../components/ErrorBar";
import { SuccessNote } from "../components/SuccessNote";
import { useOperation } from "../components/useOperation";
import { useMessages } from "../i18n/MessagesContext";

const useStyles = makeStyles({
  block: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  actions: { display: "flex", gap: tokens.spacingHorizontalS },
});

export interface DocxDownloadProps {
  /** The heading's element id. */
  id: string;
  intro: string;
  label: string;
  /** Builds and downloads the document; resolves to the file's name. */
  download: () => Promise<string>;
}

/** A Word report to download, with its progress, success and error: Báo cáo and Ngân sách. */
export function DocxDownload({ id, intro, label, download }: DocxDownloadProps) {
  const styles = useStyles();
  const t = useMessages();
  const docx = useOperation();
  return (
    <section className={styles.block} aria-labelledby={id}>
      <Subtitle2 as="h3" id={id}>
        {t.report.docxHeading}
      </Subtitle2>
      <Caption1>{intro}</Caption1>
      <div className={styles.actions}>
        <Button
          disabled={Boolean(docx.busy)}
          onClick={() =>
            docx.run(t.report.downloading, async () => t.report.downloaded(await download()))
          }
        >
          {label}
        </Button>
      </div>
      {docx.busy ? <BusyNote label={docx.busy} /> : null}
      {docx.done ? <SuccessNote text={docx.done} /> : null}
      {docx.error ? <ErrorBar error={docx.error} onDismiss={docx.dismiss} /> : null}
    </section>
  );
}
