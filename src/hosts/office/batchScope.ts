/**
 * The proxies a write batch shares: one Worksheet proxy per sheet name, created on first use.
 * Adding and deleting sheets update it, so a change after "delete X, add X" reaches the new X.
 */
export class BatchScope {
  private readonly sheets = new Map<string, Excel.Worksheet>();

  constructor(readonly context: Excel.RequestContext) {}

  sheet(name: string): Excel.Worksheet {
    const key = name.toLocaleUpperCase();
    const known = this.sheets.get(key);
    if (known) return known;
    const sheet = this.context.workbook.worksheets.getItem(name);
    this.sheets.set(key, sheet);
    return sheet;
  }

  remember(name: string, sheet: Excel.Worksheet): void {
    this.sheets.set(name.toLocaleUpperCase(), sheet);
  }

  forget(name: string): void {
    this.sheets.delete(name.toLocaleUpperCase());
  }
}

/** One queued piece of a change set, with its estimated request size. */
export interface WriteOp {
  bytes: number;
  queue(scope: BatchScope): void;
}

/**
 * Request bytes of an operation beyond its payload: its object path, method and property names.
 * Office's request format (object paths and actions with ids) is wordier than a plain list of
 * calls, so this errs high: the strict double measures about 125 bytes per style operation.
 */
export const OP_OVERHEAD = 500;

/** An operation with no bulky payload. */
export function smallOp(queue: (scope: BatchScope) => void): WriteOp {
  return { bytes: OP_OVERHEAD, queue };
}
