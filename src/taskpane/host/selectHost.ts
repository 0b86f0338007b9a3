import type { HostNote } from "../components/Header";
import type { PaneGateway } from "../gateway/paneGateway";

export interface PaneHost {
  host: HostNote;
  /** The workbook the pane works on; undefined where there is none (a plain browser tab). */
  gateway?: PaneGateway;
}

/**
 * The one place that knows about Office.js: waits for it, and in Excel gives the pane the
 * Office.js gateway over Excel.run. Outside Office (a plain browser tab, or office.js missing)
 * it resolves at once without a gateway, so the pane still renders and says why.
 */
export async function selectHost(): Promise<PaneHost> {
  if (typeof Office === "undefined" || typeof Office.onReady !== "function") {
    return { host: "browser" };
  }
  const info = await Office.onReady();
  if (info.host !== Office.HostType.Excel) {
    return { host: info.host ? "otherHost" : "browser" };
  }
  // Loaded only in Excel: a plain browser tab never downloads the Office.js gateway.
  const { OfficeGateway } = await import("../../hosts/office/officeGateway");
  return {
    host: "excel",
    gateway: new OfficeGateway((options, batch) => Excel.run(options, batch)),
  };
}
