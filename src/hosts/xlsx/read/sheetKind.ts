import { relationshipKind } from "../package";

export type SheetKind = "worksheet" | "chartsheet" | "dialogsheet" | "macrosheet" | "unknown";

/** What a sheet's relationship type says it is. */
export function sheetKind(relationshipType: string | undefined): SheetKind {
  const kind = relationshipType === undefined ? "" : relationshipKind(relationshipType);
  if (kind === "worksheet" || kind === "chartsheet" || kind === "dialogsheet") return kind;
  if (kind === "xlMacrosheet" || kind === "xlIntlMacrosheet") return "macrosheet";
  return "unknown";
}
