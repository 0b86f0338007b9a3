import type { Change } from "../../workbook/changeSet";
import { BatchScope, type WriteOp } from "./batchScope";
import { packChunks } from "./chunks";
import type { HostFeatures } from "./features";
import { planChanges, type Skipped } from "./planChanges";
import { needsProbe, probeWorkbook, type Probe } from "./probe";

/** Under Excel on the web's 5 MB per request, with room for what the estimate leaves out. */
export const REQUEST_BUDGET = 4 * 1024 * 1024;

/**
 * Applies a change set: an optional probe (see probe.ts), then every change queued and sent in
 * one request, or in several when the payload is over the budget. Returns the changes the host
 * could not apply (missing requirement sets).
 */
export async function applyChanges(
  context: Excel.RequestContext,
  changes: Change[],
  features: HostFeatures,
  budget: number = REQUEST_BUDGET,
  /** What the last read already knows (seenProbe.ts): the probe's request is then saved. */
  known?: Probe,
): Promise<Skipped[]> {
  const probe = needsProbe(changes)
    ? (known ?? (await probeWorkbook(context, changes, features)))
    : undefined;
  const plan = planChanges(changes, features, probe, budget);
  await sendInChunks(context, packChunks(plan.ops, budget));
  return plan.skipped;
}

/**
 * One request per chunk, in order. The chunks are size-bounded batches computed up front (one
 * chunk for any ordinary change set), not a loop over rows; they are chained with reduce so
 * that no context.sync() sits in a loop body (office-addins/no-context-sync-in-loop) and each
 * chunk is queued only after the previous request has gone.
 */
function sendInChunks(context: Excel.RequestContext, chunks: WriteOp[][]): Promise<void> {
  const scope = new BatchScope(context);
  return chunks.reduce<Promise<void>>(
    (previous, chunk) =>
      previous.then(() => {
        chunk.forEach((op) => op.queue(scope));
        return context.sync();
      }),
    Promise.resolve(),
  );
}
