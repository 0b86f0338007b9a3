import { useEffect, useRef } from "react";
import type { PaneGateway, Unsubscribe, WorkbookEdit } from "../gateway/paneGateway";

/** How long edits are gathered before one re-check runs. */
export const RECHECK_DELAY_MS = 800;

/**
 * Re-checks the plan sheets the user edits, when the gateway can report edits (an optional
 * capability). Edits are gathered for RECHECK_DELAY_MS, then the edited sheets among
 * `watched` are checked again in one read and one write. Edits reported while the pane is
 * busy are its own writes and are ignored. When every gathered edit is a co-author's (remote),
 * the re-check reads but does not write: that co-author's own pane writes.
 */
export function useRecheckOnEdit(
  gateway: PaneGateway | undefined,
  watched: readonly string[],
  isBusy: () => boolean,
  recheck: (sheets: string[], options: { write: boolean }) => void,
): boolean {
  const latest = useRef({ watched, isBusy, recheck });
  useEffect(() => {
    latest.current = { watched, isBusy, recheck };
  });
  const active = Boolean(gateway?.onChange) && watched.length > 0;

  useEffect(() => {
    if (!active || !gateway?.onChange) return;
    let cancelled = false;
    let unsubscribe: Unsubscribe | undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const pending = new Set<string>();
    let localEdit = false;

    const flush = () => {
      timer = undefined;
      const sheets = [...pending].filter((s) => latest.current.watched.includes(s));
      pending.clear();
      const write = localEdit;
      localEdit = false;
      if (sheets.length > 0) latest.current.recheck(sheets, { write });
    };
    const onEdit = (edit: WorkbookEdit) => {
      if (cancelled || latest.current.isBusy()) return;
      pending.add(edit.sheet);
      if (!edit.remote) localEdit = true;
      if (timer !== undefined) clearTimeout(timer);
      timer = setTimeout(flush, RECHECK_DELAY_MS);
    };

    void Promise.resolve(gateway.onChange(onEdit)).then(
      (stop) => {
        if (cancelled) void stop();
        else unsubscribe = stop;
      },
      () => undefined,
    );
    return () => {
      cancelled = true;
      if (timer !== undefined) clearTimeout(timer);
      if (unsubscribe) void unsubscribe();
    };
  }, [gateway, active]);

  return active;
}
