import type { ReadRequest, SheetListing, WorkbookGateway } from "../gateway";
import type { ChangeSet } from "../../workbook/changeSet";
import type { WorkbookSnapshot } from "../../workbook/snapshot";
import { applyChanges, REQUEST_BUDGET } from "./applyChanges";
import {
  detectFeatures,
  officeIsSetSupported,
  type HostFeatures,
  type IsSetSupported,
} from "./features";
import type { Skipped } from "./planChanges";
import { readWorkbookInBands } from "./bandedRead";
import { listSheets, readWorkbook } from "./readWorkbook";

/** Runs a batch against the workbook: Excel.run in the add-in, a test double's run in tests. */
export type RunBatch = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

export interface OfficeGatewayOptions {
  /** Office.context.requirements.isSetSupported; the live one by default. */
  isSetSupported?: IsSetSupported;
  /** Most bytes of payload per write request (default 4 MB, under the web's 5 MB limit). */
  requestBudget?: number;
  /** Told about each change the host can't apply for want of a requirement set. */
  onSkipped?: (skipped: Skipped) => void;
}

/**
 * The workbook gateway over Office.js. Reads take two requests (list, then load everything;
 * more only for workbooks over the size limits), writes one (more only for size, plus a probe
 * for sheet and note changes; see probe.ts), and no proxy object leaves this folder: callers
 * get plain snapshots.
 */
export class OfficeGateway implements WorkbookGateway {
  private readonly features: HostFeatures;
  private readonly budget: number;
  private readonly onSkipped: (skipped: Skipped) => void;

  constructor(
    private readonly run: RunBatch,
    options: OfficeGatewayOptions = {},
  ) {
    this.features = detectFeatures(options.isSetSupported ?? officeIsSetSupported);
    this.budget = options.requestBudget ?? REQUEST_BUDGET;
    this.onSkipped = options.onSkipped ?? (() => undefined);
  }

  listSheets(): Promise<SheetListing[]> {
    return this.run((context) => listSheets(context));
  }

  /**
   * Reads in two requests. Should Excel refuse the second (a response over Excel on the web's
   * 5 MB, or over 512 merged areas on a sheet), the read is made again in bands of rows, one
   * request each (see bandedRead.ts).
   */
  read(request: ReadRequest = {}): Promise<WorkbookSnapshot> {
    return this.run((context) => readWorkbook(context, request, this.features)).catch(() =>
      this.run((context) => readWorkbookInBands(context, request, this.features)),
    );
  }

  async apply(changes: ChangeSet): Promise<void> {
    if (changes.changes.length === 0) return;
    const skipped = await this.run((context) =>
      applyChanges(context, changes.changes, this.features, this.budget),
    );
    skipped.forEach(this.onSkipped);
  }

  /** Shows the sheet and selects the cell, in one request. */
  select(sheet: string, cell: string): Promise<void> {
    return this.run(async (context) => {
      const worksheet = context.workbook.worksheets.getItem(sheet);
      worksheet.activate();
      worksheet.getRange(cell).select();
      await context.sync();
    });
  }
}
