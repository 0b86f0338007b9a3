import { Spinner } from "@fluentui/react-components";

/** What a long operation is doing now, announced to screen readers. */
export function BusyNote({ label }: { label: string }) {
  return (
    <div role="status" aria-live="polite">
      <Spinner size="tiny" labelPosition="after" label={label} />
    </div>
  );
}
