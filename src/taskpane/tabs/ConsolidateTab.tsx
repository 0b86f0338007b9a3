import {
  Body1,
  Button,
  Caption1,
  Checkbox,
  Field,
  Label,
  makeStyles,
  ProgressBar,
  Select,
  Subtitle2,
  tokens,
  useId,
} from "@fluentui/react-components";
import { useCallback, useEffect, useRef, useState } from "react";
import { BusyNote } from "../components/BusyNote";
import { RunOptions, type RunChoices } from "../components/RunOptions";
import { ErrorBar } from "../components/ErrorBar";
import { FindingList } from "../components/FindingList";
import { SuccessNote } from "../components/SuccessNote";
import { useOperation } from "../components/useOperation";
import { importFiles, insertedSheets } from "../consolidate/importFiles";
import type { CollectOutcome, CollectProgress } from "../consolidate/collectFiles";
import { importNote } from "../consolidate/importNote";
import { runConsolidation } from "../consolidate/runConsolidation";
import { ownOutputSheets } from "../consolidate/ownOutputSheets";
import { guessSheetRoles } from "../consolidate/sheetRoles";
import type { PaneGateway } from "../gateway/paneGateway";
import { step } from "../gateway/paneError";
import { useMessages } from "../i18n/MessagesContext";
import type { SheetConsolidation } from "../../workbook/consolidate/consolidateSheets";
import { useSentenceStyles } from "../components/sentenceStyles";
import type { PaneSettings } from "../settings/settings";
import { CollectionResults } from "./CollectionResults";
import { DistributeSection } from "./DistributeSection";

const FINDINGS_SHOWN = 100;

const useStyles = makeStyles({
  sheets: {
    display: "flex",
    flexDirection: "column",
    maxHeight: "240px",
    overflowY: "auto",
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: tokens.spacingHorizontalXS,
  },
  unitsBlock: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
  },
  error: { color: tokens.colorPaletteRedForeground1 },
  actions: {
    display: "flex",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalS,
  },
});

export interface ConsolidateTabProps {
  gateway: PaneGateway | undefined;
  /** The period (shared with the Kiểm tra tab) and the at-risk band the roll-up is judged by. */
  settings: Pick<PaneSettings, "period" | "atRiskTolerancePercent">;
  onSettings: (change: Partial<RunChoices>) => void;
  onSelect: (sheet: string, cell: string) => void;
}

/** The Tổng hợp tab: choose the sub-units' sheets (or import their files), then consolidate. */
export function ConsolidateTab({ gateway, settings, onSettings, onSelect }: ConsolidateTabProps) {
  const styles = useStyles();
  const sentenceStyles = useSentenceStyles();
  const t = useMessages();
  const operation = useOperation();
  const fileInput = useRef<HTMLInputElement>(null);
  const unitsLabel = useId("units");
  const [sheetNames, setSheetNames] = useState<string[]>([]);
  const [choices, setChoices] = useState<string[]>([]);
  const [units, setUnits] = useState<ReadonlySet<string>>(new Set());
  const [parent, setParent] = useState("");
  const [importMessage, setImportMessage] = useState<{ ok: boolean; lines: string[] }>();
  const [tried, setTried] = useState(false);
  /** The read's progress while a consolidation reads many or big sheets; "writing" after it. */
  const [progress, setProgress] = useState<{ done: number; total: number } | "writing">();
  const [done, setDone] = useState<SheetConsolidation>();
  const [collected, setCollected] = useState<CollectOutcome>();
  /** How far the picked files' collection has got (read, then inserted). */
  const [collecting, setCollecting] = useState<CollectProgress>();

  /** Lists the sheets again; `chosen` (imported sheets) are added to the sub-units. */
  const refresh = useCallback(
    async (chosen: readonly string[] = []) => {
      if (!gateway) return;
      const listing = await step("read", () => gateway.listSheets());
      const names = listing.map((s) => s.name);
      const own = await step("read", () => ownOutputSheets(gateway, names));
      const roles = guessSheetRoles(listing, own);
      setSheetNames(listing.map((s) => s.name));
      setChoices(roles.choices);
      setUnits((before) => {
        const kept = [...before].filter((name) => roles.choices.includes(name));
        const start = before.size === 0 && chosen.length === 0 ? roles.units : kept;
        return new Set([...start, ...chosen]);
      });
      setParent((before) =>
        before && roles.choices.includes(before) ? before : (roles.parent ?? ""),
      );
    },
    [gateway],
  );

  const runOperation = operation.run;
  useEffect(() => {
    runOperation(
      "",
      async () => {
        await refresh();
        return undefined;
      },
      "read",
    );
  }, [refresh, runOperation]);

  const toggle = (name: string, on: boolean) =>
    setUnits((before) => {
      const next = new Set(before);
      if (on) next.add(name);
      else next.delete(name);
      return next;
    });

  const onFiles = (list: FileList | null) => {
    if (!gateway || !list || list.length === 0) return;
    const picked = [...list];
    operation.run(t.consolidate.importing, async () => {
      const files = await Promise.all(
        picked.map(async (f) => ({ name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) })),
      );
      // Files the add-in gave out are collected (known by what they carry), loaded when asked.
      const { collectFiles } = await import("../consolidate/collectFiles");
      const names = (await step("read", () => gateway.listSheets())).map((s) => s.name);
      const collectedNow = await collectFiles(gateway, files, {
        ...(parent && names.includes(parent) ? { parentSheet: parent } : {}),
        sheetNames: names,
        lang: t.lang,
        ...(settings.period === "auto" ? {} : { period: settings.period }),
        atRiskTolerance: settings.atRiskTolerancePercent / 100,
        onProgress: setCollecting,
      }).finally(() => setCollecting(undefined));
      if (collectedNow) {
        setImportMessage(
          collectedNow.unsupported === undefined
            ? undefined
            : { ok: false, lines: [t.consolidate.importUnsupported(collectedNow.unsupported)] },
        );
        setCollected(collectedNow.unsupported === undefined ? collectedNow : undefined);
        await refresh(collectedNow.inserted);
        return undefined;
      }
      setCollected(undefined);
      const outcome = await step("write", () => importFiles(gateway, files));
      setImportMessage(importNote(outcome, t));
      await refresh(insertedSheets(outcome));
      return undefined;
    });
  };

  const chosenUnits = choices.filter((name) => units.has(name) && name !== parent);
  const submit = () => {
    setTried(true);
    if (!gateway || chosenUnits.length === 0) return;
    operation.run(t.consolidate.consolidating, async () => {
      setProgress(undefined);
      const result = await runConsolidation(
        gateway,
        {
          unitSheets: chosenUnits,
          ...(parent ? { parentSheet: parent } : {}),
          sheetNames,
          lang: t.lang,
          ...(settings.period === "auto" ? {} : { period: settings.period }),
          atRiskTolerance: settings.atRiskTolerancePercent / 100,
        },
        {
          onProgress: ({ done, total }) => setProgress({ done, total }),
          onWriting: () => setProgress("writing"),
        },
      ).finally(() => setProgress(undefined));
      setDone(result);
      await refresh();
      const { summarySheet, sourcesSheet, matrixSheet } = result.output;
      return t.consolidate.written([summarySheet, sourcesSheet, matrixSheet].join(", "));
    });
  };

  const findings = done?.result.findings.filter((f) => f.severity !== "info") ?? [];
  const collectingText = collecting
    ? (collecting.step === "reading" ? t.collect.readingFiles : t.collect.insertingSheets)(
        collecting.done,
        collecting.total,
      )
    : "";
  return (
    <>
      <Subtitle2 as="h2">{t.consolidate.heading}</Subtitle2>
      <Caption1>{t.consolidate.intro}</Caption1>
      <div className={styles.actions}>
        <Button
          disabled={!gateway || Boolean(operation.busy)}
          onClick={() => fileInput.current?.click()}
        >
          {t.consolidate.importFiles}
        </Button>
        <Button
          appearance="subtle"
          disabled={!gateway || Boolean(operation.busy)}
          onClick={() =>
            operation.run(
              "",
              async () => {
                await refresh();
                return undefined;
              },
              "read",
            )
          }
        >
          {t.consolidate.refresh}
        </Button>
        <input
          ref={fileInput}
          type="file"
          accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          multiple
          hidden
          aria-label={t.consolidate.importFiles}
          onChange={(e) => {
            onFiles(e.target.files);
            e.target.value = "";
          }}
        />
      </div>
      <Caption1>{t.consolidate.importHint}</Caption1>
      {operation.busy && collecting ? (
        <>
          <ProgressBar
            value={collecting.total > 0 ? collecting.done / collecting.total : 0}
            aria-label={collectingText}
          />
          <Caption1 role="status">{collectingText}</Caption1>
        </>
      ) : null}
      {importMessage ? (
        importMessage.ok ? (
          <SuccessNote text={importMessage.lines.join(" ")} />
        ) : (
          <Body1 role="alert">
            {importMessage.lines.map((line) => (
              <div key={line}>{line}</div>
            ))}
          </Body1>
        )
      ) : null}
      {collected ? <CollectionResults outcome={collected} onSelect={onSelect} /> : null}
      <Field label={t.consolidate.parent} hint={t.consolidate.parentHint}>
        <Select value={parent} onChange={(_e, data) => setParent(data.value)}>
          <option value="">{t.consolidate.parentNone}</option>
          {choices.map((name) => (
            <option key={name} value={name}>
              {name}
            </option>
          ))}
        </Select>
      </Field>
      {/* Not a Field: a Field gives its one control id to every checkbox inside it. */}
      <div className={styles.unitsBlock}>
        <Label id={unitsLabel} weight="semibold">
          {t.consolidate.units}
        </Label>
        <Caption1>{t.consolidate.unitsHint}</Caption1>
        <div className={styles.sheets} role="group" aria-labelledby={unitsLabel}>
          {choices.length === 0 ? <Caption1>{t.consolidate.noSheets}</Caption1> : null}
          {choices
            .filter((name) => name !== parent)
            .map((name) => (
              <Checkbox
                key={name}
                label={name}
                checked={units.has(name)}
                onChange={(_e, data) => toggle(name, data.checked === true)}
              />
            ))}
        </div>
        {tried && chosenUnits.length === 0 ? (
          <Caption1 className={styles.error} role="alert">
            {t.consolidate.needUnits}
          </Caption1>
        ) : null}
      </div>
      <RunOptions
        period={settings.period}
        labels={{ ...t.check, run: t.consolidate.run }}
        onChoose={onSettings}
        onRun={submit}
        disabled={!gateway || Boolean(operation.busy)}
      />
      {operation.busy && progress && progress !== "writing" ? (
        <>
          <ProgressBar
            value={progress.total > 0 ? progress.done / progress.total : 0}
            aria-label={t.consolidate.reading(progress.done, progress.total)}
          />
          <Caption1 role="status">{t.consolidate.reading(progress.done, progress.total)}</Caption1>
        </>
      ) : operation.busy && !collecting ? (
        <BusyNote label={progress === "writing" ? t.consolidate.writing : operation.busy} />
      ) : null}
      {operation.done ? <SuccessNote text={operation.done} /> : null}
      {operation.error ? <ErrorBar error={operation.error} onDismiss={operation.dismiss} /> : null}
      {done ? (
        <>
          {done.replaced.length > 0 ? (
            <Caption1>{t.consolidate.replaced(done.replaced.join(", "))}</Caption1>
          ) : null}
          <Subtitle2 as="h3">
            {t.consolidate.sentence} · {t.consolidate.unitCount(done.result.units.length)}
          </Subtitle2>
          <p className={sentenceStyles.sentence} data-testid="consolidate-sentence">
            {done.result.sentence}
          </p>
          <Subtitle2 as="h3">{t.consolidate.findings(findings.length)}</Subtitle2>
          {findings.length === 0 ? (
            <Body1>{t.consolidate.noFindings}</Body1>
          ) : (
            <FindingList findings={findings} limit={FINDINGS_SHOWN} onSelect={onSelect} />
          )}
        </>
      ) : null}
      <DistributeSection
        gateway={gateway}
        period={settings.period}
        atRiskTolerance={settings.atRiskTolerancePercent / 100}
        onSelect={onSelect}
      />
    </>
  );
}
