import {
  Body1,
  Button,
  Caption1,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Spinner,
  Title3,
  tokens,
} from "@fluentui/react-components";
import { useCallback, useEffect, useRef, useState } from "react";
import { parseAddress } from "../workbook/a1";
import { errorDetail } from "../taskpane/gateway/paneError";
import { messagesFor } from "../taskpane/i18n/catalogue";
import type { Messages } from "../taskpane/i18n/messages";
import { loadSettings } from "../taskpane/settings/settingsStore";
import { TaskPane } from "../taskpane/TaskPane";
import { buildDemoWorkbook } from "./demo/buildDemoWorkbook";
import { MEDIA_TYPE, offerDownload } from "../taskpane/download/offerDownload";
import { checkedFileName } from "./checkedFileName";
import { PreviewGateway } from "./previewGateway";
import { UnsavedDialog } from "./UnsavedDialog";
import { EditBar } from "./sheet/EditBar";
import { SheetTable } from "./sheet/SheetTable";
import { SheetTabs } from "./sheet/SheetTabs";
import { editStyle, editText } from "./sheet/typedValue";
import { usePreviewSheet } from "./usePreviewSheet";
import { newXlsx, openFailure, openXlsx } from "./workbookSource";

const useStyles = makeStyles({
  root: {
    display: "grid",
    gridTemplateColumns: "minmax(0, 1fr) 380px",
    height: "100vh",
    backgroundColor: tokens.colorNeutralBackground2,
  },
  main: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    minHeight: 0,
    minWidth: 0,
  },
  toolbar: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
  },
  fileInput: {
    position: "absolute",
    width: "1px",
    height: "1px",
    opacity: 0,
    overflow: "hidden",
  },
  pane: {
    overflowY: "auto",
    borderLeft: `1px solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
  },
});

interface OpenBook {
  gateway: PreviewGateway;
  name: string;
  /** Remounts the pane for each workbook opened. */
  id: number;
}

const DEMO_YEAR = 2025;

/** The browser preview: a workbook from disk or the sample one, and the task pane beside it. */
export function PreviewApp() {
  const styles = useStyles();
  const [t, setT] = useState<Messages>(() => messagesFor(loadSettings().lang));
  const [book, setBook] = useState<OpenBook>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const [cell, setCell] = useState("");
  const counter = useRef(0);
  const fileInput = useRef<HTMLInputElement>(null);
  const gateway = book?.gateway;
  const { view, sheets, snapshot } = usePreviewSheet(gateway);
  const selected = view.selected?.sheet === snapshot?.name ? view.selected?.cell : undefined;
  const [shownSelection, setShownSelection] = useState(selected);
  if (selected !== shownSelection) {
    setShownSelection(selected);
    if (selected) setCell(selected);
  }

  // The gateway's own messages (a ward file it can't import) follow the pane's language.
  useEffect(() => {
    if (book) book.gateway.language = t.lang;
  }, [book, t]);

  const open = useCallback(
    async (make: () => Promise<PreviewGateway>, name: string) => {
      setBusy(true);
      setError(undefined);
      try {
        const next = await make();
        next.markSaved();
        counter.current += 1;
        setBook({ gateway: next, name, id: counter.current });
        setCell("");
      } catch (e) {
        setError(
          openFailure(e, t.lang) ?? `${t.preview.openFailed} ${t.errors.details(errorDetail(e))}`,
        );
      } finally {
        setBusy(false);
      }
    },
    [t],
  );

  const openFile = (file: File) =>
    open(
      async () =>
        new PreviewGateway(await openXlsx(new Uint8Array(await file.arrayBuffer()), file.name)),
      file.name,
    );

  const openDemo = () =>
    open(async () => {
      const demo = new PreviewGateway(newXlsx());
      await buildDemoWorkbook(demo, {
        unit: t.preview.demoUnit,
        wards: t.preview.demoWards,
        year: DEMO_YEAR,
        period: "9m",
        lang: t.lang,
      });
      return demo;
    }, `chi-tieu-mau-${DEMO_YEAR}.xlsx`);

  /** Offers the workbook as a download; true when it was offered. */
  const download = async (): Promise<boolean> => {
    if (!book) return false;
    try {
      offerDownload(
        await book.gateway.toBuffer(),
        checkedFileName(book.name, t.lang === "vi" ? "da-kiem-tra" : "checked"),
        MEDIA_TYPE.xlsx,
      );
      book.gateway.markSaved();
      return true;
    } catch (e) {
      setError(t.errors.details(errorDetail(e)));
      return false;
    }
  };

  // Another workbook replaces this one only once the user has said what to do with its changes.
  const [pending, setPending] = useState<{ go: () => void }>();
  const guard = (go: () => void) => {
    if (book?.gateway.unsaved) setPending({ go });
    else go();
  };
  useEffect(() => {
    if (!book) return;
    const warn = (e: BeforeUnloadEvent) => {
      if (book.gateway.unsaved) e.preventDefault();
    };
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [book]);

  const style = editStyle(snapshot, t.lang);
  const cellValue = (() => {
    const ref = parseAddress(cell);
    if (!snapshot || !ref) return "";
    return editText(
      snapshot.values[ref.row - snapshot.origin.row]?.[ref.column - snapshot.origin.column],
      style,
    );
  })();

  return (
    <div className={styles.root}>
      <div className={styles.main}>
        <Title3 as="h1">{t.preview.title}</Title3>
        <Body1>{t.preview.intro}</Body1>
        <div className={styles.toolbar}>
          <input
            ref={fileInput}
            id="chitieu-open-file"
            type="file"
            accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            className={styles.fileInput}
            onChange={(e) => {
              const file = e.currentTarget.files?.[0];
              e.currentTarget.value = "";
              if (file) guard(() => void openFile(file));
            }}
            aria-label={t.preview.open}
            tabIndex={-1}
          />
          <Button appearance="primary" onClick={() => fileInput.current?.click()} disabled={busy}>
            {t.preview.open}
          </Button>
          <Button onClick={() => guard(() => void openDemo())} disabled={busy}>
            {t.preview.demo}
          </Button>
          <Button onClick={() => void download()} disabled={!book || busy}>
            {t.preview.download}
          </Button>
          {busy ? <Spinner size="tiny" label={t.preview.loading} /> : null}
          {book && !busy ? <Caption1 role="status">{t.preview.ready(book.name)}</Caption1> : null}
        </div>
        {error ? (
          <MessageBar intent="error" role="alert">
            <MessageBarBody>{error}</MessageBarBody>
          </MessageBar>
        ) : null}
        {!book ? <Body1>{t.preview.noWorkbook}</Body1> : null}
        {book && sheets.length > 0 ? (
          <SheetTabs
            sheets={sheets}
            shown={snapshot?.name}
            label={t.preview.sheets}
            onShow={(name) => book.gateway.showSheet(name)}
          />
        ) : null}
        {book && snapshot ? (
          <>
            <EditBar
              cell={cell}
              value={cellValue}
              onCell={setCell}
              onWrite={(at, value) => void book.gateway.edit(snapshot.name, at, value)}
              style={style}
              t={t}
            />
            {selected ? (
              <Caption1>{t.preview.selected(`${snapshot.name}!${selected}`)}</Caption1>
            ) : null}
            <SheetTable
              // A sheet opened or shown again starts at its top-left cell.
              key={`${book.id}:${snapshot.name}`}
              sheet={snapshot}
              looks={book.gateway.looks.get(snapshot.name)}
              charts={book.gateway.charts.get(snapshot.name)}
              selected={parseAddress(cell) ? cell : undefined}
              onCell={setCell}
              t={t}
            />
          </>
        ) : null}
      </div>
      <UnsavedDialog
        file={pending ? book?.name : undefined}
        onDownload={() =>
          void download().then((done) => {
            if (!done) return;
            setPending(undefined);
            pending?.go();
          })
        }
        onDiscard={() => {
          setPending(undefined);
          pending?.go();
        }}
        onCancel={() => setPending(undefined)}
        t={t}
      />
      <aside className={styles.pane} aria-label={t.app.name}>
        <TaskPane key={book?.id ?? 0} gateway={gateway} host="preview" onLanguage={setT} />
      </aside>
    </div>
  );
}
