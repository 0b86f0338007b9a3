import type { RunBatch } from "./changeWatch";

type Batch<T> = (context: Excel.RequestContext) => Promise<T>;

/**
 * Every batch waits while the user edits a cell instead of failing: without the option, Excel
 * fails any batch that reaches it during cell edit, the normal state during data entry
 * (Excel.RunOptions.delayForCellEdit, https://learn.microsoft.com/javascript/api/excel/excel.runoptions).
 */
export const RUN_OPTIONS: Excel.RunOptions = { delayForCellEdit: true };

/** How many times a batch is tried when Excel still refuses it for cell edit. */
export const CELL_EDIT_ATTEMPTS = 6;

/** Excel's refusal of a request during cell edit. */
export function isCellEditError(error: unknown): boolean {
  return (error as { code?: unknown } | null)?.code === "InvalidOperationInCellEditMode";
}

const pause = (attempt: number) =>
  new Promise<void>((resolve) => setTimeout(resolve, Math.min(4000, 250 * 2 ** (attempt - 1))));

/**
 * Runs a batch with delayForCellEdit, and tries it again, quietly and after a pause, when Excel
 * still fails it with InvalidOperationInCellEditMode: hosts do so even with the option set
 * (OfficeDev/office-js#3019 on the web, #3388 on Windows). A batch is tried again only when that
 * error came before any of its requests went through, so nothing is written twice.
 */
export async function runDelayed<T>(
  run: RunBatch,
  batch: Batch<T>,
  wait: (attempt: number) => Promise<void> = pause,
): Promise<T> {
  for (let attempt = 1; ; attempt += 1) {
    let synced = false;
    try {
      return await run(RUN_OPTIONS, (context) => {
        const sync = context.sync.bind(context);
        // Counts the requests that went through; the batch syncs as it always does.
        context.sync = async <S>(passThrough?: S): Promise<S> => {
          const result = await sync(passThrough);
          synced = true;
          return result as S;
        };
        return batch(context);
      });
    } catch (error) {
      if (!isCellEditError(error) || synced || attempt >= CELL_EDIT_ATTEMPTS) throw error;
      await wait(attempt);
    }
  }
}
