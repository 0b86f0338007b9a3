import type { StopWatching, WorkbookEdit } from "../gateway";
import { bareRef } from "./addresses";
import { runDelayed } from "./delayedRun";

/** Runs a batch against the workbook in a new request context: Excel.run(options, batch). */
export type RunBatch = <T>(
  options: Excel.RunOptions,
  batch: (context: Excel.RequestContext) => Promise<T>,
) => Promise<T>;

/**
 * Runs a batch in an existing request context (Excel.run(context, batch)). Office.js removes an
 * event handler only through the context that added it.
 */
export type RunWithContext = <T>(
  context: OfficeExtension.ClientRequestContext,
  batch: (context: Excel.RequestContext) => Promise<T>,
) => Promise<T>;

/** Excel.run(context, batch), where Office.js is loaded. */
export const officeRunWith: RunWithContext = (context, batch) => Excel.run(context, batch);

type SheetNames = Map<string, string>;

function loadSheetNames(context: Excel.RequestContext): () => SheetNames {
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/id, items/name");
  return () => new Map(worksheets.items.map((ws) => [ws.id, ws.name]));
}

/**
 * Watches the user's edits on every sheet (WorksheetCollection.onChanged, ExcelApi 1.9).
 * Registering is one request: it adds the handler and loads the sheets' ids and names, as the
 * event names a sheet by id only. An edit on a sheet the map does not know (added or renamed
 * since) reads the ids again in one request (shared by the edits that arrive meanwhile). Edits the
 * add-in made are dropped (triggerSource "ThisLocalAddin", ExcelApi 1.14); older hosts report
 * them, and the pane ignores edits made during its own writes. No proxy leaves this module.
 */
export async function watchChanges(
  run: RunBatch,
  runWith: RunWithContext,
  handler: (edit: WorkbookEdit) => void,
): Promise<StopWatching> {
  let names: SheetNames = new Map();
  let refreshing: Promise<void> | undefined;
  let stopped = false;

  const refresh = (): Promise<void> => {
    refreshing ??= runDelayed(run, async (context) => {
      const read = loadSheetNames(context);
      await context.sync();
      names = read();
    }).finally(() => {
      refreshing = undefined;
    });
    return refreshing;
  };

  const onChanged = async (event: Excel.WorksheetChangedEventArgs): Promise<void> => {
    if (stopped || event.triggerSource === "ThisLocalAddin") return;
    if (!names.has(event.worksheetId)) await refresh().catch(() => undefined);
    const sheet = names.get(event.worksheetId);
    if (stopped || sheet === undefined) return;
    // source "Remote": a co-author's edit, which their own pane answers (WorksheetChangedEventArgs
    // .source, https://learn.microsoft.com/javascript/api/excel/excel.worksheetchangedeventargs).
    handler({
      sheet,
      ...(event.address ? { range: bareRef(event.address) } : {}),
      ...(event.source === "Remote" ? { remote: true as const } : {}),
    });
  };

  const registration = await runDelayed(run, async (context) => {
    const read = loadSheetNames(context);
    const added = context.workbook.worksheets.onChanged.add(onChanged);
    await context.sync();
    names = read();
    return added;
  });

  return async () => {
    if (stopped) return;
    stopped = true;
    await runWith(registration.context, async (context) => {
      registration.remove();
      await context.sync();
    });
  };
}
