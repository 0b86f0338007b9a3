import type { CellValue } from "../../../workbook/snapshot";
import { parseXml, prefixedAttribute } from "../package";
import { decodeAddress } from "./cellAddress";
import { formulaText, typedValue } from "./cellValue";
import { GrowingList } from "./growingList";
import { decodeEscapes } from "./decodeEscapes";
import { detached } from "./detached";
import { slideFormula } from "./slideFormula";
import type { StatedValidation } from "./validations";
import { isTrue } from "./workbookPart";

/** A <col> range of the sheet. */
export interface ColumnRange {
  min: number;
  max: number;
  hidden: boolean;
  style: number;
}

/**
 * The cells a worksheet part lists, in parallel arrays (one entry per <c>), and its layout facts.
 * Only cells the file lists are kept: a dimension claim or a far row costs nothing by itself.
 */
export interface ParsedSheet {
  rows: Int32Array;
  columns: Int32Array;
  values: CellValue[];
  formulas: (string | null)[];
  /** Style index (s) of each cell. */
  styles: Int32Array;
  /** 1 where the cell counts for the used range: a value other than empty text, or a formula. */
  content: Uint8Array;
  merges: string[];
  hiddenRows: Set<number>;
  /** Row styles (s) of rows that have one. */
  rowStyles: Map<number, number>;
  columnRanges: ColumnRange[];
  tableRelIds: string[];
  /** Data validations, Excel 2010's (in extLst) after the others. */
  validations: StatedValidation[];
  /** <sheetProtection sheet="1">: the sheet is protected. */
  protected: boolean;
}

export interface SheetContext {
  /** undefined when the workbook has no shared strings part. */
  sharedStrings: readonly string[] | undefined;
  date1904: boolean;
  /** Called for what makes the part unreadable (a shared string that does not exist). */
  damaged(detail: string): never;
}

interface SharedMaster {
  row: number;
  column: number;
  text: string;
}

/**
 * Streams one worksheet part (sheetData, mergeCells, cols, tableParts, dataValidations,
 * sheetProtection) into a ParsedSheet.
 */
export function parseWorksheet(xml: string | Uint8Array, context: SheetContext): ParsedSheet {
  // One entry per cell, 4 bytes (1 for the flag) rather than a JavaScript array's 8.
  const rows = new GrowingList((n) => new Int32Array(n));
  const columns = new GrowingList((n) => new Int32Array(n));
  const styles = new GrowingList((n) => new Int32Array(n));
  const content = new GrowingList((n) => new Uint8Array(n));
  const sheet: ParsedSheet = {
    rows: new Int32Array(0),
    columns: new Int32Array(0),
    values: [],
    formulas: [],
    styles: new Int32Array(0),
    content: new Uint8Array(0),
    merges: [],
    hiddenRows: new Set(),
    rowStyles: new Map(),
    columnRanges: [],
    tableRelIds: [],
    validations: [],
    protected: false,
  };
  const masters = new Map<string, SharedMaster>();
  let row = 0;
  let column = 0;
  let type: string | undefined;
  let style = 0;
  // What the current <c> holds.
  let valueText: string | undefined;
  let formula: string | undefined;
  let shareType: string | undefined;
  let sharedIndex: string | undefined;
  let sharedRef: string | undefined;
  let collecting: "v" | "t" | "f" | undefined;
  let inPhonetic = false;
  // The data validation being read, and which of its parts the text goes to.
  let validation: StatedValidation | undefined;
  let validationPart: "formula1" | "formula2" | "sqref" | undefined;

  const finishCell = () => {
    let value: CellValue = null;
    let text: string | null = null;
    const isFormula = (formula !== undefined && formula !== "") || shareType !== undefined;
    if (isFormula) {
      if (valueText) value = typedValue(type, valueText, context.date1904);
      text = formulaOf();
    } else if (valueText !== undefined) {
      if (type === "s") {
        const index = Number(valueText);
        const strings = context.sharedStrings;
        if (!strings) context.damaged("a cell uses shared strings, and the workbook has none");
        if (!Number.isInteger(index) || index < 0 || index >= strings.length) {
          context.damaged(`shared string ${valueText} does not exist`);
        }
        value = strings[index] === "" ? null : strings[index];
      } else {
        value = typedValue(
          type,
          type === "inlineStr" ? decodeEscapes(valueText) : valueText,
          context.date1904,
        );
      }
    }
    rows.push(row);
    columns.push(column);
    sheet.values.push(typeof value === "string" && type !== "s" ? detached(value) : value);
    sheet.formulas.push(text === null ? null : detached(text));
    styles.push(style);
    content.push(isFormula || value !== null ? 1 : 0);
  };

  const formulaOf = (): string | null => {
    if (shareType === "shared" && sharedIndex !== undefined) {
      if (sharedRef !== undefined) {
        masters.set(sharedIndex, { row, column, text: formula ?? "" });
      } else if (!formula) {
        const master = masters.get(sharedIndex);
        if (!master || !master.text) return null;
        const moved = slideFormula(master.text, master, { row, column });
        return moved ? formulaText(moved) : null;
      }
    }
    return formula ? formulaText(formula) : null;
  };

  parseXml(xml, {
    open({ name, attributes }) {
      switch (name) {
        case "row": {
          const r = Number(attributes.r);
          row = Number.isInteger(r) && r > 0 ? r : row + 1;
          column = 0;
          if (isTrue(attributes.hidden)) sheet.hiddenRows.add(row);
          if (attributes.s !== undefined) sheet.rowStyles.set(row, Number(attributes.s) || 0);
          break;
        }
        case "c": {
          const at = attributes.r === undefined ? undefined : decodeAddress(attributes.r);
          if (at) {
            row = at.row;
            column = at.column;
          } else column++;
          type = attributes.t;
          style = Number(attributes.s ?? 0) || 0;
          valueText = undefined;
          formula = undefined;
          shareType = undefined;
          sharedIndex = undefined;
          sharedRef = undefined;
          break;
        }
        case "v":
          collecting = "v";
          break;
        case "t":
          if (!inPhonetic) collecting = "t";
          break;
        case "rPh":
          inPhonetic = true;
          break;
        case "f":
          if (validation) break; // x14's <xm:f> inside a validation's formula, not a cell's
          collecting = "f";
          shareType = attributes.t;
          sharedIndex = attributes.si;
          sharedRef = attributes.ref;
          if (shareType === "normal") shareType = undefined;
          break;
        case "mergeCell":
          if (attributes.ref) sheet.merges.push(detached(attributes.ref));
          break;
        case "col":
          sheet.columnRanges.push({
            min: Number(attributes.min) || 0,
            max: Math.min(Number(attributes.max) || 0, 16384),
            hidden: isTrue(attributes.hidden),
            style: Number(attributes.style ?? 0) || 0,
          });
          break;
        case "dataValidation":
          validation = {
            type: attributes.type ?? "",
            operator: attributes.operator ?? "",
            sqref: attributes.sqref ?? "",
          };
          break;
        case "formula1":
        case "formula2":
        case "sqref":
          if (!validation) break;
          validationPart = name;
          if (name !== "sqref") validation[name] = "";
          break;
        case "sheetProtection":
          sheet.protected = isTrue(attributes.sheet);
          break;
        case "tablePart": {
          const id = prefixedAttribute(attributes, "id");
          if (id) sheet.tableRelIds.push(id);
          break;
        }
      }
    },
    text(text) {
      if (validation && validationPart) {
        validation[validationPart] = (validation[validationPart] ?? "") + text;
      } else if (collecting === "v" || collecting === "t") valueText = (valueText ?? "") + text;
      else if (collecting === "f") formula = (formula ?? "") + text;
    },
    close(name) {
      switch (name) {
        case "c":
          finishCell();
          break;
        case "v":
        case "t":
        case "f":
          collecting = undefined;
          break;
        case "rPh":
          inPhonetic = false;
          break;
        case "formula1":
        case "formula2":
        case "sqref":
          validationPart = undefined;
          break;
        case "dataValidation":
          if (validation) {
            const { type, operator, sqref, formula1, formula2 } = validation;
            sheet.validations.push({
              type,
              operator,
              sqref: detached(sqref),
              ...(formula1 === undefined ? {} : { formula1: detached(formula1) }),
              ...(formula2 === undefined ? {} : { formula2: detached(formula2) }),
            });
          }
          validation = undefined;
          break;
      }
    },
  });
  sheet.rows = rows.done();
  sheet.columns = columns.done();
  sheet.styles = styles.done();
  sheet.content = content.done();
  return sheet;
}
