import { foldText } from "../../engine/text/normalize";
import type { SheetListing } from "../../hosts/gateway";
import { mayBeAllocation } from "../../workbook/consolidate/consolidateSheets";
import { mayBeOwnOutput } from "../../workbook/consolidate/ownedSheets";

export interface SheetRoles {
  /**
   * Sheets the user may choose from: every sheet but very hidden ones. Names like the add-in's
   * output ("Tổng hợp…", "Nguồn") are offered but never ticked at first: a user's sheet may
   * have such a name, and consolidating a consolidation is the user's choice.
   */
  choices: string[];
  /** Chosen as sub-units to begin with: names that say ward, commune, town or bloc. */
  units: string[];
  /** The parent's sheet to begin with: a name that says district, province or city. */
  parent?: string;
}

// "P.Tân Phong" and "P. Tân Phong" alike: the abbreviation's dot ends the word.
const SUB_UNIT_WORDS = /(^|[^a-z])((phuong|xa|thi tran|khoi|ward|commune)([^a-z]|$)|p\.)/;
const PARENT_WORDS =
  /(^|[^a-z])(quan|huyen|tinh|thanh pho|thi xa|tp\.?|district|province)([^a-z]|$)/;

/** A first guess at which sheets are the sub-units' and which the parent's, from their names. */
export function guessSheetRoles(listing: readonly SheetListing[]): SheetRoles {
  const choices = listing.filter((s) => s.visibility !== "veryHidden").map((s) => s.name);
  const guessable = choices.filter((name) => !mayBeOwnOutput(name));
  // "Thị xã" is a parent level: its "xã" must not make it a commune.
  const isUnit = (name: string) => SUB_UNIT_WORDS.test(foldText(name).replace(/thi xa/g, ""));
  const units = guessable.filter(isUnit);
  const others = guessable.filter((name) => !isUnit(name) && !mayBeAllocation(name));
  // A parent named as such; else, beside the sub-units, the one other sheet there is.
  const parent =
    others.find((name) => PARENT_WORDS.test(foldText(name))) ??
    (units.length > 0 && others.length === 1 ? others[0] : undefined);
  return parent === undefined ? { choices, units } : { choices, units, parent };
}
