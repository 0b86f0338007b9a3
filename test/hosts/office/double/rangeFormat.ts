/** Range.format (fill, font, borders, alignment, widths) and Range.dataValidation. */
import { OfficeError, ProxyDouble } from "./context";
import { cellFor, cellsOf, contains, intersects, type CellModel } from "./model";
import type { RangeModel } from "./range";

const size = (ref: RangeModel["ref"]) =>
  (ref.end.row - ref.start.row + 1) * (ref.end.column - ref.start.column + 1);

export class RangeFormatDouble extends ProxyDouble<RangeModel> {
  get fill(): FillDouble {
    return this.child(
      "fill",
      () => new FillDouble(this.context, `${this.path}.fill`, () => this.resolve()),
    );
  }
  get font(): FontDouble {
    return this.child(
      "font",
      () => new FontDouble(this.context, `${this.path}.font`, () => this.resolve()),
    );
  }
  get borders(): BordersDouble {
    return this.child(
      "borders",
      () => new BordersDouble(this.context, `${this.path}.borders`, () => this.resolve()),
    );
  }
  set horizontalAlignment(value: string) {
    this.set("horizontalAlignment", value, (m) => eachCell(m, (c) => (c.horizontal = value)));
  }
  set verticalAlignment(value: string) {
    this.set("verticalAlignment", value, (m) => eachCell(m, (c) => (c.vertical = value)));
  }
  set wrapText(value: boolean) {
    this.set("wrapText", value, (m) => eachCell(m, (c) => (c.wrap = value)));
  }
  get protection(): FormatProtectionDouble {
    return this.child(
      "protection",
      () =>
        new FormatProtectionDouble(this.context, `${this.path}.protection`, () => this.resolve()),
    );
  }
  set columnWidth(points: number) {
    this.set("columnWidth", points, ({ sheet, ref }) => {
      for (let c = ref.start.column; c <= ref.end.column; c++) sheet.columnWidths.set(c, points);
    });
  }
  set rowHeight(points: number) {
    this.set("rowHeight", points, ({ sheet, ref }) => {
      for (let r = ref.start.row; r <= ref.end.row; r++) sheet.rowHeights.set(r, points);
    });
  }
  protected scalar(): unknown {
    return undefined;
  }
}

/**
 * The double keeps formats cell by cell, so it refuses a range of more cells than this (a whole
 * column): its own memory guard, not Excel's, which formats a range of any size in one call. A
 * consolidation of 168 wards borders its "Nguồn" sheet's 34,000 rows × 8 columns at once.
 */
const FORMAT_CELLS = 1_000_000;

function eachCell({ sheet, ref }: RangeModel, f: (cell: CellModel) => void): void {
  if (size(ref) > FORMAT_CELLS)
    throw new OfficeError("InvalidArgument", "the double formats cell by cell");
  for (const { row, column } of cellsOf(ref).flat()) f(cellFor(sheet, row, column));
}

const COLOR = /^#[0-9A-Fa-f]{6}$/;

export class FillDouble extends ProxyDouble<RangeModel> {
  set color(value: string) {
    this.set("color", value, (m) => {
      if (!COLOR.test(value)) throw new OfficeError("InvalidArgument", `fill color "${value}"`);
      eachCell(m, (c) => (c.fill = value.toUpperCase()));
    });
  }
  clear(): void {
    this.call("clear", [], (m) => eachCell(m, (c) => delete c.fill));
  }
  protected scalar(): unknown {
    return undefined;
  }
}

export class FontDouble extends ProxyDouble<RangeModel> {
  set color(value: string) {
    this.set("color", value, (m) => eachCell(m, (c) => (c.fontColor = value.toUpperCase())));
  }
  set bold(value: boolean) {
    this.set("bold", value, (m) => eachCell(m, (c) => (c.bold = value)));
  }
  set italic(value: boolean) {
    this.set("italic", value, (m) => eachCell(m, (c) => (c.italic = value)));
  }
  set size(value: number) {
    this.set("size", value, (m) => eachCell(m, (c) => (c.fontSize = value)));
  }
  protected scalar(): unknown {
    return undefined;
  }
}

const EDGES = [
  "EdgeTop",
  "EdgeBottom",
  "EdgeLeft",
  "EdgeRight",
  "InsideVertical",
  "InsideHorizontal",
];

export class BordersDouble extends ProxyDouble<RangeModel> {
  getItem(edge: string): BorderDouble {
    return new BorderDouble(this.context, `${this.path}.getItem(${edge})`, () => {
      if (!EDGES.includes(edge)) throw new OfficeError("InvalidArgument", `border ${edge}`);
      return { ...this.target(), edge };
    });
  }
  protected scalar(): unknown {
    return undefined;
  }
}

export class BorderDouble extends ProxyDouble<RangeModel & { edge: string }> {
  set style(value: string) {
    this.set("style", value, (m) =>
      eachCell(
        m,
        (c) => (c.borders = { ...c.borders, [m.edge]: { ...c.borders?.[m.edge], style: value } }),
      ),
    );
  }
  set weight(value: string) {
    this.set("weight", value, (m) =>
      eachCell(m, (c) => {
        const border = c.borders?.[m.edge] ?? { style: "Continuous" };
        c.borders = { ...c.borders, [m.edge]: { ...border, weight: value } };
      }),
    );
  }
  protected scalar(): unknown {
    return undefined;
  }
}

const OPERATORS = [
  "Between",
  "NotBetween",
  "EqualTo",
  "NotEqualTo",
  "GreaterThan",
  "LessThan",
  "GreaterThanOrEqualTo",
  "LessThanOrEqualTo",
];

/** A decimal or whole-number rule: a known operator, its formulas (two for Between). */
function checkNumberRule(rule: unknown): void {
  const r = rule as Record<string, { operator?: string; formula1?: unknown; formula2?: unknown }>;
  const basic = r.decimal ?? r.wholeNumber;
  if (!basic) return;
  if (!OPERATORS.includes(basic.operator ?? "")) {
    throw new OfficeError("InvalidArgument", `validation operator "${basic.operator}"`);
  }
  const two = basic.operator === "Between" || basic.operator === "NotBetween";
  if (basic.formula1 === undefined || (two && basic.formula2 === undefined)) {
    throw new OfficeError("InvalidArgument", `validation ${basic.operator} without its formulas`);
  }
}

/** RangeFormat.protection (ExcelApi 1.2): a cell locked or not once its sheet is protected. */
export class FormatProtectionDouble extends ProxyDouble<RangeModel> {
  set locked(value: boolean) {
    this.set("locked", value, (m) => {
      this.context.requires(2, "format.protection");
      eachCell(m, (c) => {
        if (value) delete c.locked;
        else c.locked = false;
      });
    });
  }
  protected scalar(): unknown {
    return undefined;
  }
}

/**
 * Setting a rule where one exists fails, as it does in Excel: clear() first. The input message,
 * error alert and blanks setting belong to the range's rule: the double wants the rule first.
 */
export class DataValidationDouble extends ProxyDouble<RangeModel> {
  private setPart(
    name: "prompt" | "errorAlert" | "ignoreBlanks",
    value: unknown,
    check: () => void,
  ): void {
    this.set(name, value, ({ sheet, ref }) => {
      this.context.requires(8, "dataValidation");
      check();
      const own = sheet.validations.find((v) => contains(ref, v.range) && contains(v.range, ref));
      if (!own) throw new OfficeError("InvalidOperation", `${name} before the range's rule`);
      Object.assign(own, { [name]: value });
    });
  }
  set prompt(value: { showPrompt?: boolean; title?: string; message?: string }) {
    this.setPart("prompt", value, () => {
      if ((value.title ?? "").length > 32 || (value.message ?? "").length > 255) {
        throw new OfficeError("InvalidArgument", "input message over Excel's lengths");
      }
    });
  }
  set errorAlert(value: { showAlert?: boolean; style?: string; title?: string; message?: string }) {
    this.setPart("errorAlert", value, () => {
      if (!["Stop", "Warning", "Information", undefined].includes(value.style)) {
        throw new OfficeError("InvalidArgument", `error alert style "${value.style}"`);
      }
      if ((value.title ?? "").length > 32 || (value.message ?? "").length > 225) {
        throw new OfficeError("InvalidArgument", "error alert over Excel's lengths");
      }
    });
  }
  set ignoreBlanks(value: boolean) {
    this.setPart("ignoreBlanks", value, () => undefined);
  }
  set rule(rule: unknown) {
    this.set("rule", rule, ({ sheet, ref }) => {
      this.context.requires(8, "dataValidation");
      if (sheet.validations.some((v) => intersects(v.range, ref))) {
        throw new OfficeError("InvalidOperation", "The range already has data validation");
      }
      checkNumberRule(rule);
      const list = (rule as { list?: { source?: unknown } }).list;
      if (list && typeof list.source === "string" && list.source.length > 255) {
        throw new OfficeError("InvalidArgument", "list source over 255 characters");
      }
      sheet.validations.push({ range: ref, rule });
    });
  }
  clear(): void {
    this.call("clear", [], ({ sheet, ref }) => {
      this.context.requires(8, "dataValidation");
      sheet.validations = sheet.validations.filter((v) => !contains(ref, v.range));
    });
  }
  protected scalar(): unknown {
    return undefined;
  }
}
