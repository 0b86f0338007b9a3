import type { SelectOptions } from "../hosts/gateway";
import {
  makeStyles,
  MessageBar,
  MessageBarBody,
  Tab,
  TabList,
  tokens,
} from "@fluentui/react-components";
import { lazy, Suspense, useCallback, useEffect, useState } from "react";
import { useBudgetRunner } from "./budget/useBudgetRunner";
import { BusyNote } from "./components/BusyNote";
import { useCheckRunner } from "./check/useCheckRunner";
import { useRecheckOnEdit } from "./check/useRecheckOnEdit";
import { Header, type HostNote } from "./components/Header";
import { useOperation } from "./components/useOperation";
import type { PaneGateway } from "./gateway/paneGateway";
import { step } from "./gateway/paneError";
import { messagesFor } from "./i18n/catalogue";
import type { Messages } from "./i18n/messages";
import { MessagesProvider } from "./i18n/MessagesContext";
import { useSettings } from "./settings/useSettings";
import { CheckTab } from "./tabs/CheckTab";
import { panelId, TabPanel, tabId } from "./tabs/TabPanel";

/** The tabs, in order. */
const TABS = [
  "templates",
  "check",
  "report",
  "consolidate",
  "budget",
  "settings",
] as const satisfies readonly (keyof Messages["tabs"])[];

type TabValue = (typeof TABS)[number];

// The Check tab opens first; the others load when first shown, to keep the pane's first
// download small (their templates catalogue and form controls are most of a tab's weight).
const TemplatesTab = lazy(() =>
  import("./tabs/TemplatesTab").then((m) => ({ default: m.TemplatesTab })),
);
const ReportTab = lazy(() => import("./tabs/ReportTab").then((m) => ({ default: m.ReportTab })));
const ConsolidateTab = lazy(() =>
  import("./tabs/ConsolidateTab").then((m) => ({ default: m.ConsolidateTab })),
);
const BudgetTab = lazy(() => import("./tabs/BudgetTab").then((m) => ({ default: m.BudgetTab })));
const SettingsTab = lazy(() =>
  import("./tabs/SettingsTab").then((m) => ({ default: m.SettingsTab })),
);

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
    minWidth: 0,
  },
  // Task panes can be narrow (about 320 px): let the tabs wrap rather than overflow.
  tabs: {
    flexWrap: "wrap",
  },
});

export interface TaskPaneProps {
  /** The workbook; undefined outside Excel (nothing to read: the pane says so). */
  gateway: PaneGateway | undefined;
  host: HostNote;
  /** The tab shown first. */
  initialTab?: TabValue;
  /** Told when the language changes (the preview translates its own frame). */
  onLanguage?: (messages: Messages) => void;
}

/** The task pane: the same component in Excel and in the browser preview. */
export function TaskPane({ gateway, host, initialTab = "check", onLanguage }: TaskPaneProps) {
  const styles = useStyles();
  const [settings, updateSettings] = useSettings();
  const t = messagesFor(settings.lang);
  const [tab, setTab] = useState<TabValue>(initialTab);
  const runner = useCheckRunner(gateway, settings);
  const budget = useBudgetRunner(gateway, settings);
  const selection = useOperation();
  const runSelection = selection.run;
  const watched = runner.state.outcome?.check.sheets.map((s) => s.sheet) ?? [];
  const watching = useRecheckOnEdit(gateway, watched, runner.isBusy, runner.recheck);
  // The budget result follows edits too: a figure changed in a checked table re-checks it.
  const budgetWatching = useRecheckOnEdit(gateway, budget.watched, budget.isBusy, budget.recheck);

  useEffect(() => {
    document.documentElement.lang = t.htmlLang;
    onLanguage?.(t);
  }, [t, onLanguage]);

  const onSelect = useCallback(
    (sheet: string, cell: string, options?: SelectOptions) => {
      if (!gateway) return;
      runSelection(
        "",
        async () => {
          await step("select", () =>
            options ? gateway.select(sheet, cell, options) : gateway.select(sheet, cell),
          );
          return undefined;
        },
        "select",
      );
    },
    [gateway, runSelection],
  );

  return (
    <MessagesProvider value={t}>
      <main className={styles.root} lang={t.htmlLang}>
        <Header host={host} />
        {!gateway && host !== "starting" ? (
          <MessageBar intent="warning">
            <MessageBarBody>
              {host === "preview" ? t.app.noWorkbookInPreview : t.app.noWorkbook}
            </MessageBarBody>
          </MessageBar>
        ) : null}
        <TabList
          className={styles.tabs}
          selectedValue={tab}
          onTabSelect={(_e, data) => setTab(data.value as TabValue)}
          size="small"
          aria-label={t.tabs.label}
        >
          {TABS.map((value) => (
            <Tab key={value} value={value} id={tabId(value)} aria-controls={panelId(value)}>
              {t.tabs[value]}
            </Tab>
          ))}
        </TabList>
        <TabPanel value={tab}>
          <Suspense fallback={<BusyNote label={t.progress.loading} />}>
            {tab === "templates" ? <TemplatesTab gateway={gateway} /> : null}
            {tab === "check" ? (
              <CheckTab
                runner={runner}
                settings={settings}
                onSettings={updateSettings}
                canRun={Boolean(gateway)}
                watching={watching}
                selection={selection}
                onSelect={onSelect}
              />
            ) : null}
            {tab === "report" ? <ReportTab runner={runner} gateway={gateway} /> : null}
            {tab === "consolidate" ? (
              <ConsolidateTab
                gateway={gateway}
                settings={settings}
                onSettings={updateSettings}
                onSelect={onSelect}
              />
            ) : null}
            {tab === "budget" ? (
              <BudgetTab
                runner={budget}
                watching={budgetWatching}
                canRun={Boolean(gateway)}
                selection={selection}
                onSelect={onSelect}
              />
            ) : null}
            {tab === "settings" ? (
              <SettingsTab settings={settings} onSettings={updateSettings} />
            ) : null}
          </Suspense>
        </TabPanel>
      </main>
    </MessagesProvider>
  );
}
