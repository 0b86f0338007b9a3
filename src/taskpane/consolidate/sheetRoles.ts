import { foldText } from "../../engine/text/normalize";
import type { SheetListing } from "../../hosts/gateway";
import { mayBeAllocation } from "../../workbook/consolidate/consolidateSheets";
import { mayBeOwnOutput } from "../../workbook/consolidate/ownedSheets";

export interface SheetRoles {
  /** Sheets the user may choose from: visible or hidden, not the add-in's own output. */
  choices: string[];
  /** Chosen as sub-units to begin with: names that say ward, commune, town or bloc. */
  units: string[];
  /** The parent's sheet to begin with: a name that says district, province or city. */
  parent?: string;
}

const SUB_UNIT_WORDS = /(^|[^a-z])(phuong|xa|thi tran|khoi|p\.|ward|commune)([^a-z]|$)/;
const PARENT_WORDS =
  /(^|[^a-z])(quan|huyen|tinh|thanh pho|thi xa|tp\.?|district|province)([^a-z]|$)/;

/** A first guess at which sheets are the sub-units' and which the parent's, from their names. */
export function guessSheetRoles(listing: readonly SheetListing[]): SheetRoles {
  const choices = listing
    .filter((s) => s.visibility !== "veryHidden" && !mayBeOwnOutput(s.name))
    .map((s) => s.name);
  // "Thị xã" is a parent level: its "xã" must not make it a commune.
  const isUnit = (name: string) => SUB_UNIT_WORDS.test(foldText(name).replace(/thi xa/g, ""));
  const units = choices.filter(isUnit);
  const others = choices.filter((name) => !isUnit(name) && !mayBeAllocation(name));
  // A parent named as such; else, beside the sub-units, the one other sheet there is.
  const parent =
    others.find((name) => PARENT_WORDS.test(foldText(name))) ??
    (units.length > 0 && others.length === 1 ? others[0] : undefined);
  return parent === undefined ? { choices, units } : { choices, units, parent };
}
