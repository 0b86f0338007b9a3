/**
 * Events in the strict double, as Office.js has them: EventHandlers.add queues the registration
 * (it takes effect at the context's next sync) and returns an EventHandlerResult whose `context`
 * is the registering context; its remove() is queued on that same context, so it takes effect
 * only when that context syncs again (Excel.run(result.context, …)). Removing through another
 * context fails, as Office requires the context the handler was added in. A test fires events
 * with StrictExcel.fireChange; only handlers registered (and not removed) by then receive them.
 */
import { OfficeError, type StrictContext } from "./context";

export type ChangedHandler = (args: Excel.WorksheetChangedEventArgs) => Promise<unknown>;

interface Registration {
  handler: ChangedHandler;
  context: StrictContext;
}

/** The host's registered onChanged handlers. */
export class ChangeRegistry {
  private readonly registrations = new Set<Registration>();

  add(registration: Registration): void {
    this.registrations.add(registration);
  }

  remove(registration: Registration): void {
    this.registrations.delete(registration);
  }

  find(handler: ChangedHandler, context: StrictContext): Registration | undefined {
    return [...this.registrations].find((r) => r.handler === handler && r.context === context);
  }

  get size(): number {
    return this.registrations.size;
  }

  handlers(): ChangedHandler[] {
    return [...this.registrations].map((r) => r.handler);
  }
}

export class EventHandlerResultDouble {
  constructor(
    readonly context: StrictContext,
    private readonly registration: Registration,
    private readonly path: string,
  ) {}

  remove(): void {
    this.context.enqueue({ path: this.path, method: "remove" }, () =>
      this.context.host.events.remove(this.registration),
    );
  }
}

/** WorksheetCollection.onChanged (ExcelApi 1.9 on the collection). */
export class ChangedEventDouble {
  constructor(
    private readonly context: StrictContext,
    private readonly path: string,
  ) {}

  add(handler: ChangedHandler): EventHandlerResultDouble {
    const registration: Registration = { handler, context: this.context };
    this.context.enqueue({ path: this.path, method: "add" }, () => {
      this.context.requires(9, "WorksheetCollection.onChanged");
      this.context.host.events.add(registration);
    });
    return new EventHandlerResultDouble(this.context, registration, this.path);
  }

  remove(handler: ChangedHandler): void {
    this.context.enqueue({ path: this.path, method: "remove" }, () => {
      const found = this.context.host.events.find(handler, this.context);
      if (!found) {
        throw new OfficeError(
          "InvalidArgument",
          "The handler was not added in this request context; remove it in the one that added it",
        );
      }
      this.context.host.events.remove(found);
    });
  }
}
