/**
 * Range.conditionalFormats (ExcelApi 1.6), custom rules only: add("Custom") puts a format at the
 * top of the sheet's priority order, as Excel does; its rule formula must start with "="; a
 * priority moves it within the sheet's order. clearAll() removes the formats lying inside the
 * range.
 */
import { OfficeError, ProxyDouble } from "./context";
import { contains, type ConditionalFormatModel, type SheetModel } from "./model";
import type { RangeModel } from "./range";

const COLOR = /^#[0-9A-Fa-f]{6}$/;

type FormatTarget = { sheet: SheetModel; format: ConditionalFormatModel };

export class ConditionalFormatCollectionDouble extends ProxyDouble<RangeModel> {
  add(type: string): ConditionalFormatDouble {
    let created: ConditionalFormatModel | undefined;
    this.call("add", [type], ({ sheet, ref }) => {
      this.context.requires(6, "conditionalFormats");
      if (type !== "Custom") {
        throw new OfficeError(
          "InvalidArgument",
          `conditional format type "${type}" (the double has Custom only)`,
        );
      }
      created = { range: ref, type: "Custom", stopIfTrue: false };
      sheet.conditionalFormats.unshift(created);
    });
    return new ConditionalFormatDouble(this.context, `${this.path}.add(${type})`, () => {
      if (!created) throw new OfficeError("InvalidObjectPath", "The format is not added yet");
      return { sheet: this.target().sheet, format: created };
    });
  }
  clearAll(): void {
    this.call("clearAll", [], ({ sheet, ref }) => {
      this.context.requires(6, "conditionalFormats");
      sheet.conditionalFormats = sheet.conditionalFormats.filter((f) => !contains(ref, f.range));
    });
  }
  protected scalar(): unknown {
    return undefined;
  }
}

export class ConditionalFormatDouble extends ProxyDouble<FormatTarget> {
  get custom(): CustomConditionalFormatDouble {
    return this.child(
      "custom",
      () =>
        new CustomConditionalFormatDouble(this.context, `${this.path}.custom`, () =>
          this.resolve(),
        ),
    );
  }
  set stopIfTrue(value: boolean) {
    this.set("stopIfTrue", value, ({ format }) => {
      this.context.requires(6, "conditionalFormats");
      format.stopIfTrue = value === true;
    });
  }
  set priority(value: number) {
    this.set("priority", value, ({ sheet, format }) => {
      this.context.requires(6, "conditionalFormats");
      if (!Number.isInteger(value)) throw new OfficeError("InvalidArgument", `priority ${value}`);
      const list = sheet.conditionalFormats;
      list.splice(list.indexOf(format), 1);
      list.splice(Math.max(0, Math.min(value, list.length)), 0, format);
    });
  }
  protected scalar(): unknown {
    return undefined;
  }
}

export class CustomConditionalFormatDouble extends ProxyDouble<FormatTarget> {
  get rule(): ConditionalFormatRuleDouble {
    return this.child(
      "rule",
      () =>
        new ConditionalFormatRuleDouble(this.context, `${this.path}.rule`, () => this.resolve()),
    );
  }
  get format(): ConditionalRangeFormatDouble {
    return this.child(
      "format",
      () =>
        new ConditionalRangeFormatDouble(this.context, `${this.path}.format`, () => this.resolve()),
    );
  }
  protected scalar(): unknown {
    return undefined;
  }
}

export class ConditionalFormatRuleDouble extends ProxyDouble<FormatTarget> {
  set formula(value: string) {
    this.set("formula", value, ({ format }) => {
      if (typeof value !== "string" || !value.startsWith("=")) {
        throw new OfficeError("InvalidArgument", `a rule's formula starts with "=": "${value}"`);
      }
      format.formula = value;
    });
  }
  protected scalar(): unknown {
    return undefined;
  }
}

export class ConditionalRangeFormatDouble extends ProxyDouble<FormatTarget> {
  get fill(): ColorDouble {
    return this.child(
      "fill",
      () =>
        new ColorDouble(
          this.context,
          `${this.path}.fill`,
          () => this.resolve(),
          (f, c) => (f.fill = c),
        ),
    );
  }
  get font(): ColorDouble {
    return this.child(
      "font",
      () =>
        new ColorDouble(
          this.context,
          `${this.path}.font`,
          () => this.resolve(),
          (f, c) => (f.fontColor = c),
        ),
    );
  }
  protected scalar(): unknown {
    return undefined;
  }
}

export class ColorDouble extends ProxyDouble<FormatTarget> {
  constructor(
    context: ConstructorParameters<typeof ProxyDouble>[0],
    path: string,
    resolver: () => ReturnType<ProxyDouble<FormatTarget>["resolve"]>,
    private readonly write: (format: ConditionalFormatModel, color: string) => void,
  ) {
    super(context, path, resolver);
  }
  set color(value: string) {
    this.set("color", value, ({ format }) => {
      if (!COLOR.test(value)) throw new OfficeError("InvalidArgument", `color "${value}"`);
      this.write(format, value.toUpperCase());
    });
  }
  protected scalar(): unknown {
    return undefined;
  }
}
