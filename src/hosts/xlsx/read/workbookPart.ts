import { parseXml, prefixedAttribute } from "../package";
import type { SheetVisibility } from "../../../workbook/snapshot";

/** A sheet as workbook.xml lists it, in tab order. */
export interface ListedSheetEntry {
  name: string;
  visibility: SheetVisibility;
  /** The relationship id (r:id) of its part. */
  relId: string;
}

export interface DefinedName {
  name: string;
  /** Index into the listed sheets (chart sheets included) when the name is sheet-scoped. */
  localSheetId?: number;
  hidden: boolean;
  formula: string;
}

export interface WorkbookFacts {
  sheets: ListedSheetEntry[];
  /** Index into `sheets` of the tab active when the file was saved (0 when not given). */
  activeTab: number;
  date1904: boolean;
  definedNames: DefinedName[];
}

export function parseWorkbookPart(xml: string): WorkbookFacts {
  const facts: WorkbookFacts = { sheets: [], activeTab: 0, date1904: false, definedNames: [] };
  let name: DefinedName | undefined;
  let seenView = false;
  parseXml(xml, {
    open({ name: element, attributes }) {
      switch (element) {
        case "sheet":
          facts.sheets.push({
            name: attributes.name ?? "",
            visibility: visibility(attributes.state),
            relId: prefixedAttribute(attributes, "id") ?? attributes.id ?? "",
          });
          break;
        case "workbookPr":
          facts.date1904 = isTrue(attributes.date1904);
          break;
        case "workbookView":
          if (!seenView) facts.activeTab = Number(attributes.activeTab ?? 0) || 0;
          seenView = true;
          break;
        case "definedName":
          name = {
            name: attributes.name ?? "",
            localSheetId:
              attributes.localSheetId === undefined ? undefined : Number(attributes.localSheetId),
            hidden: isTrue(attributes.hidden),
            formula: "",
          };
          break;
      }
    },
    text(text) {
      if (name) name.formula += text;
    },
    close(element) {
      if (element === "definedName" && name) {
        facts.definedNames.push(name);
        name = undefined;
      }
    },
  });
  if (facts.activeTab < 0 || facts.activeTab >= facts.sheets.length) facts.activeTab = 0;
  return facts;
}

function visibility(state: string | undefined): SheetVisibility {
  return state === "hidden" || state === "veryHidden" ? state : "visible";
}

export function isTrue(value: string | undefined): boolean {
  return value === "1" || value === "true";
}
