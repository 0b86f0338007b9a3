import type { SelectOptions } from "../../hosts/gateway";
import { ErrorBar } from "./ErrorBar";
import type { Operation } from "./useOperation";

export interface SelectionErrorBarProps {
  selection: Operation;
  onSelect: (sheet: string, cell: string, options?: SelectOptions) => void;
}

/** Why selecting a finding's cell failed; on a hidden sheet, a button that shows it and selects. */
export function SelectionErrorBar({ selection, onSelect }: SelectionErrorBarProps) {
  if (!selection.error) return null;
  return (
    <ErrorBar
      error={selection.error}
      onDismiss={selection.dismiss}
      onUnhide={(sheet, cell) => onSelect(sheet, cell, { unhide: true })}
    />
  );
}
