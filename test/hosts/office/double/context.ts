/**
 * The request machinery of the strict double, as Office.js behaves: calls on proxies are queued
 * and run only at sync(), in order; a property can be read only after load() and a sync; an
 * *OrNullObject's isNullObject only after a sync; a failing operation rejects the sync and the
 * operations after it do not run. Every sync is recorded with the size of its request (the JSON
 * of the queued operations) and of its response (the JSON of the loaded data).
 */

import type { ImportRegistry } from "./imports";
import type { ChangeRegistry } from "./events";
import type { CellEditMode } from "./cellEdit";
import type { LibraryModel } from "./library";
import type { WorkbookModel } from "./model";

export class OfficeError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = "OfficeExtension.Error";
  }
}

export interface RequestRecord {
  /** UTF-8 bytes of the JSON of the queued operations. */
  requestBytes: number;
  /** UTF-8 bytes of the JSON of the data loaded. */
  responseBytes: number;
  operations: number;
  /** Of those, the ones that change the workbook (property sets and method calls). */
  writes: number;
  /**
   * Cells whose values, formulas, number formats or types the request loaded, each range counted
   * once: what the request asked Excel to read cell by cell.
   */
  cellsAsked: number;
}

/** A property set or a method call other than a ClientResult's read. */
function isWrite(payload: unknown): boolean {
  const p = payload as { set?: unknown; method?: unknown };
  return p.set !== undefined || (p.method !== undefined && p.method !== "result");
}

interface QueuedOp {
  payload: unknown;
  run: () => void;
}

/** What a context needs from the test harness: where to record, which API sets exist. */
export interface Host {
  model: WorkbookModel;
  requests: RequestRecord[];
  /** ExcelApi minor version, e.g. 18 for 1.18. */
  apiVersion: number;
  /** Bytes allowed per request and per response (Excel on the web: 5 MB). */
  payloadLimit: number;
  /** The registered event handlers (see events.ts). */
  events: ChangeRegistry;
  /** Files Workbook.insertWorksheetsFromBase64 can insert (see imports.ts). */
  imports: ImportRegistry;
  /** The members the served Office.js has, apart from the sets the host reports. */
  library: LibraryModel;
  /** Whether the user is editing a cell (see cellEdit.ts). */
  cellEdit: CellEditMode;
  /** Office.context.platform: "PC", "Mac", "OfficeOnline" (the web) or "iOS" (iPad). */
  platform: string;
}

export const jsonBytes = (value: unknown) => Buffer.byteLength(JSON.stringify(value) ?? "", "utf8");

export class StrictContext {
  private queue: QueuedOp[] = [];
  /**
   * Whether a batch is running on this context. Excel.run closes its context when the batch
   * ends; only Excel.run(context, batch) can sync it again.
   */
  open = true;
  /** Excel.run's delayForCellEdit for the batch this context runs. */
  delayForCellEdit = false;
  private readonly pendingResults: { settle: () => void }[] = [];
  private responseBytes = 0;
  /** The ranges whose cells this request asked for, and how many cells each. */
  private asked = new Map<object, number>();

  constructor(readonly host: Host) {}

  enqueue(payload: unknown, run: () => void): void {
    this.queue.push({ payload, run });
  }

  /** Something that becomes readable at the next sync (proxies' isNullObject, ClientResults). */
  onSync(settle: () => void): void {
    this.pendingResults.push({ settle });
  }

  respond(data: unknown): void {
    this.responseBytes += jsonBytes(data);
  }

  /** A range's cell-level properties are loaded: its cells count once for the request. */
  askCells(range: object, cells: number): void {
    this.asked.set(range, cells);
  }

  /** Fails the running operation when the host lacks ExcelApi 1.<minor>. */
  requires(minor: number, what: string): void {
    if (this.host.apiVersion < minor) {
      throw new OfficeError("ApiNotFound", `${what} needs ExcelApi 1.${minor}`);
    }
  }

  get pendingOperations(): number {
    return this.queue.length;
  }

  async sync(): Promise<void> {
    if (!this.open) {
      throw new OfficeError(
        "InvalidOperation",
        "sync() on a request context whose Excel.run has ended; use Excel.run(context, batch)",
      );
    }
    await this.host.cellEdit.admit(this.delayForCellEdit);
    const ops = this.queue;
    const settles = this.pendingResults.splice(0);
    this.queue = [];
    this.responseBytes = 0;
    this.asked = new Map();
    const record: RequestRecord = {
      requestBytes: jsonBytes(ops.map((op) => op.payload)),
      responseBytes: 0,
      operations: ops.length,
      writes: ops.filter((op) => isWrite(op.payload)).length,
      cellsAsked: 0,
    };
    this.host.requests.push(record);
    if (record.requestBytes > this.host.payloadLimit) {
      throw new OfficeError("RequestPayloadSizeLimitExceeded", `${record.requestBytes} bytes sent`);
    }
    try {
      ops.forEach((op) => op.run());
    } finally {
      settles.forEach((s) => s.settle());
      record.responseBytes = this.responseBytes;
      record.cellsAsked = [...this.asked.values()].reduce((a, b) => a + b, 0);
    }
    if (record.responseBytes > this.host.payloadLimit) {
      throw new OfficeError(
        "ResponsePayloadSizeLimitExceeded",
        `${record.responseBytes} bytes back`,
      );
    }
  }
}

/** A proxy-side ClientResult: its value is there after the sync that computed it. */
export class ClientResultDouble<T> {
  private result: { value: T } | undefined;

  constructor(context: StrictContext, path: string, compute: () => T) {
    context.enqueue({ path, method: "result" }, () => {
      const value = compute();
      context.respond(value);
      this.result = { value };
    });
  }

  get value(): T {
    if (!this.result) {
      throw new OfficeError("PropertyNotLoaded", "ClientResult.value is read before its sync");
    }
    return this.result.value;
  }
}

/** What a protected sheet still allows: showing, moving, deleting it, selecting on it. */
const ALLOWED_ON_PROTECTED = new Set(["activate", "select", "visibility", "position", "delete"]);

/**
 * Excel refuses a change to a protected sheet's cells, formats, notes or charts with AccessDenied
 * (Excel.ErrorCodes: "You cannot perform the requested operation"), whichever part of the batch
 * it comes in: the changes queued before it in the same request have already been made.
 */
function refuseOnProtected<M>(model: M, name: string): M {
  const target = model as { protected?: boolean; sheet?: { protected?: boolean; name?: string } };
  const sheet = target.sheet ?? target;
  if (sheet.protected === true && !ALLOWED_ON_PROTECTED.has(name)) {
    throw new OfficeError(
      "AccessDenied",
      "The cell or chart that you are trying to change is protected",
    );
  }
  return model;
}

/** What an *OrNullObject resolves to when there is nothing. */
export const NULL_OBJECT: unique symbol = Symbol("null object");
export type Resolved<M> = M | typeof NULL_OBJECT;

/**
 * A proxy over a model object of type M. `resolver` finds the object when an operation first
 * needs it (at sync time, as Office resolves object paths), and may throw ItemNotFound or, for
 * *OrNullObject proxies, return NULL_OBJECT.
 */
export abstract class ProxyDouble<M> {
  private resolved: Resolved<M> | undefined;
  private readonly loaded = new Map<string, unknown>();
  private nullKnown: boolean | undefined;
  private readonly children = new Map<string, ProxyDouble<unknown>>();

  constructor(
    readonly context: StrictContext,
    readonly path: string,
    private readonly resolver: () => Resolved<M>,
  ) {
    context.onSync(() => {
      try {
        this.nullKnown = this.resolve() === NULL_OBJECT;
      } catch {
        this.nullKnown = undefined;
      }
    });
  }

  /** The model object, or NULL_OBJECT; throws if it can't be found (ItemNotFound). */
  resolve(): Resolved<M> {
    if (this.resolved === undefined) this.resolved = this.resolver();
    if (this.resolved !== NULL_OBJECT && this.isGone(this.resolved)) {
      throw new OfficeError("ItemNotFound", `${this.path} no longer exists`);
    }
    return this.resolved;
  }

  /** The model object for an operation; a null object can't be operated on. */
  protected target(): M {
    const found = this.resolve();
    if (found === NULL_OBJECT) {
      throw new OfficeError("InvalidOperation", `${this.path} is a null object`);
    }
    return found;
  }

  protected isGone(_model: M): boolean {
    return false;
  }

  get isNullObject(): boolean {
    if (this.nullKnown === undefined) {
      throw new OfficeError(
        "PropertyNotLoaded",
        `isNullObject of ${this.path} is read before a sync`,
      );
    }
    return this.nullKnown;
  }

  /** Reads a loaded property, or throws as Office does. */
  protected get<T>(name: string): T {
    if (this.nullKnown === true) {
      throw new OfficeError("InvalidOperation", `${name} is read on a null object (${this.path})`);
    }
    if (!this.loaded.has(name)) {
      throw new OfficeError(
        "PropertyNotLoaded",
        `The property '${name}' of ${this.path} is not available. Call load and context.sync() first.`,
      );
    }
    return this.loaded.get(name) as T;
  }

  /** Queues a property set. */
  protected set(name: string, value: unknown, apply: (model: M) => void): void {
    this.context.enqueue({ path: this.path, set: name, value }, () =>
      apply(refuseOnProtected(this.target(), name)),
    );
  }

  /** Queues a method call. */
  protected call(name: string, args: unknown[], run: (model: M) => void): void {
    this.context.enqueue({ path: this.path, method: name, args }, () =>
      run(refuseOnProtected(this.target(), name)),
    );
  }

  /** A navigation property's proxy, made once per parent proxy. */
  protected child<C extends ProxyDouble<unknown>>(name: string, make: () => C): C {
    const found = this.children.get(name);
    if (found) return found as C;
    const made = make();
    this.children.set(name, made);
    return made;
  }

  /** A scalar property's value from the model, for load(); undefined if not a scalar. */
  protected abstract scalar(model: M, name: string): unknown;

  /** A navigation property for paths like "worksheet/name"; undefined if none. */
  protected navigation(_name: string): ProxyDouble<unknown> | undefined {
    return undefined;
  }

  load(spec?: string | string[]): this {
    const paths = parsePaths(spec);
    this.context.enqueue({ path: this.path, load: paths }, () => this.loadNow(paths));
    return this;
  }

  /** Runs a load at its place in the batch (collections call this for their items). */
  loadNow(paths: string[]): void {
    const model = this.resolve();
    if (model === NULL_OBJECT) return;
    for (const path of paths) {
      const [head, ...rest] = path.split("/");
      const nav = this.navigation(head);
      if (nav) {
        nav.loadNow(rest.length ? [rest.join("/")] : []);
        continue;
      }
      const value = this.scalar(model, head);
      if (value === undefined) {
        throw new OfficeError("InvalidArgument", `${head} is not a property of ${this.path}`);
      }
      this.context.respond(value);
      this.loaded.set(head, value);
    }
  }
}

export function parsePaths(spec: string | string[] | undefined): string[] {
  if (spec === undefined) throw new OfficeError("InvalidArgument", "load() without properties");
  const list = Array.isArray(spec) ? spec : spec.split(",");
  return list.map((p) => p.trim()).filter((p) => p !== "");
}

/**
 * A collection proxy: `items` after load("items/…"). Item proxies are made at the sync from the
 * model objects then in the collection, and load their own sub-paths.
 */
export abstract class CollectionDouble<M, P extends ProxyDouble<M>> extends ProxyDouble<M[]> {
  private loadedItems: P[] | undefined;

  protected abstract itemProxy(model: M, index: number): P;

  get items(): P[] {
    if (!this.loadedItems) {
      throw new OfficeError(
        "PropertyNotLoaded",
        `items of ${this.path} are read before load and sync`,
      );
    }
    return this.loadedItems;
  }

  protected scalar(): unknown {
    return undefined;
  }

  override loadNow(paths: string[]): void {
    const models = this.resolve();
    if (models === NULL_OBJECT) return;
    const itemPaths = paths.map((p) => {
      if (p !== "items" && !p.startsWith("items/")) {
        throw new OfficeError("InvalidArgument", `load "${p}" on a collection: use "items/…"`);
      }
      return p.slice("items/".length);
    });
    this.loadedItems = models.map((m, i) => this.itemProxy(m, i));
    const sub = itemPaths.filter((p) => p !== "");
    this.loadedItems.forEach((item) => item.loadNow(sub));
  }
}
