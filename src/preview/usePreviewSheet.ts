import { useEffect, useState, useSyncExternalStore } from "react";
import type { SheetListing } from "../hosts/gateway";
import type { SheetSnapshot } from "../workbook/snapshot";
import type { PreviewGateway, PreviewView } from "./previewGateway";

export interface PreviewSheet {
  view: PreviewView;
  sheets: SheetListing[];
  /** The sheet shown, read again after every change. */
  snapshot?: SheetSnapshot;
}

const EMPTY_VIEW: PreviewView = { version: 0 };
const noSubscription = () => () => undefined;

/** Follows the previewed workbook: its sheets, the sheet shown, and the selected cell. */
export function usePreviewSheet(gateway: PreviewGateway | undefined): PreviewSheet {
  const view = useSyncExternalStore(
    gateway?.subscribe ?? noSubscription,
    gateway?.getView ?? (() => EMPTY_VIEW),
  );
  const [data, setData] = useState<{ sheets: SheetListing[]; snapshot?: SheetSnapshot }>({
    sheets: [],
  });

  useEffect(() => {
    if (!gateway) return;
    let cancelled = false;
    const load = async () => {
      const sheets = await gateway.listSheets();
      const shown =
        view.activeSheet && sheets.some((s) => s.name === view.activeSheet)
          ? view.activeSheet
          : sheets.find((s) => s.visibility === "visible")?.name;
      const snapshot = shown ? await gateway.sheetToDraw(shown) : undefined;
      if (!cancelled) setData({ sheets, ...(snapshot ? { snapshot } : {}) });
    };
    // A failed read leaves the last picture: the pane reports the workbook's errors itself.
    load().catch(() => undefined);
    return () => {
      cancelled = true;
    };
  }, [gateway, view]);

  return { view, ...data };
}
