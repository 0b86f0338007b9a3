import { foldText } from "../../engine/text/normalize";
import type { SheetListing } from "../../hosts/gateway";
import { mayBeAllocation } from "../../workbook/consolidate/consolidateSheets";
import { mayBeAddInOutput } from "../../workbook/consolidate/ownedSheets";

export interface SheetRoles {
  /**
   * Sheets the user may choose from: every sheet but very hidden ones and the add-in's own
   * output. Names like that output's ("Tổng hợp…", "Nguồn", "Biểu đồ…") without its notice are
   * offered but never ticked at first: a user's sheet may have such a name.
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

/**
 * A first guess at which sheets are the sub-units' and which the parent's, from their names.
 * `ownOutput` (sheets the add-in wrote, by their notice) are not offered at all.
 */
export function guessSheetRoles(
  listing: readonly SheetListing[],
  ownOutput: readonly string[] = [],
): SheetRoles {
  const choices = listing
    .filter((s) => s.visibility !== "veryHidden" && !ownOutput.includes(s.name))
    .map((s) => s.name);
  const guessable = choices.filter((name) => !mayBeAddInOutput(name));
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
