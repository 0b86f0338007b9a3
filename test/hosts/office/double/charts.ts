/**
 * Charts (ExcelApi 1.1) on the strict double: Worksheet.charts.add(type, sourceData, seriesBy),
 * Chart.title.text and Chart.setPosition(startCell, endCell). The charts of a sheet are kept
 * beside its model (chartsOf), so a deleted sheet takes its charts with it.
 *
 * WorksheetDouble (worksheet.ts) gets its `charts` property here, by declaration merging, to
 * keep the chart code in one file.
 */
import type { RangeRef } from "../../../../src/workbook/a1";
import { OfficeError, ProxyDouble, type Resolved } from "./context";
import { refAddress, type SheetModel } from "./model";
import { RangeDouble } from "./range";
import { parseOfficeRange } from "./refs";
import { WorksheetDouble } from "./worksheet";

export interface ChartModel {
  name: string;
  /** Excel.ChartType as passed to add(), e.g. "ColumnClustered". */
  type: string;
  seriesBy: string;
  /** The sheet and range of the source data. */
  sourceSheet: string;
  source: string;
  /** Unset until Chart.title.text is set (Excel then shows no title). */
  title?: string;
  /** Bare A1 cells given to setPosition; unset until it is called. */
  position?: { from: string; to?: string };
}

/** The chart types the double knows (a subset of Excel.ChartType). */
const CHART_TYPES = new Set([
  "ColumnClustered",
  "ColumnStacked",
  "BarClustered",
  "BarStacked",
  "Line",
  "Pie",
  "XYScatter",
]);
const SERIES_BY = new Set(["Auto", "Columns", "Rows"]);

const sheetCharts = new WeakMap<SheetModel, ChartModel[]>();

/** The charts on a sheet of the double's model, in the order they were added. */
export function chartsOf(sheet: SheetModel): ChartModel[] {
  let charts = sheetCharts.get(sheet);
  if (!charts) {
    charts = [];
    sheetCharts.set(sheet, charts);
  }
  return charts;
}

/** A cell argument of setPosition: a Range proxy of this context, or an address on the sheet. */
function cellRef(context: ProxyDouble<unknown>["context"], arg: unknown): RangeRef {
  if (arg instanceof RangeDouble) {
    if (arg.context !== context) {
      throw new OfficeError("InvalidArgument", "A range from another request context");
    }
    return arg.argument().ref;
  }
  if (typeof arg !== "string") throw new OfficeError("InvalidArgument", "setPosition wants cells");
  return parseOfficeRange(arg);
}

export class ChartTitleDouble extends ProxyDouble<ChartModel> {
  set text(value: string) {
    this.set("text", value, (chart) => {
      if (typeof value !== "string") throw new OfficeError("InvalidArgument", "title text");
      chart.title = value;
    });
  }
  protected scalar(chart: ChartModel, name: string): unknown {
    return name === "text" ? (chart.title ?? "") : undefined;
  }
}

export class ChartDouble extends ProxyDouble<ChartModel> {
  get name(): string {
    return this.get("name");
  }
  get title(): ChartTitleDouble {
    return this.child(
      "title",
      () => new ChartTitleDouble(this.context, `${this.path}.title`, () => this.target()),
    );
  }
  setPosition(startCell: RangeDouble | string, endCell?: RangeDouble | string): void {
    const args = [String(startCell), endCell === undefined ? undefined : String(endCell)];
    this.call("setPosition", args, (chart) => {
      const from = refAddress(cellRef(this.context, startCell));
      const to = endCell === undefined ? undefined : refAddress(cellRef(this.context, endCell));
      chart.position = to === undefined ? { from } : { from, to };
    });
  }
  protected scalar(chart: ChartModel, name: string): unknown {
    if (name === "name") return chart.name;
    if (name === "chartType") return chart.type;
    return undefined;
  }
}

export class ChartCollectionDouble extends ProxyDouble<SheetModel> {
  add(type: string, sourceData: RangeDouble, seriesBy = "Auto"): ChartDouble {
    let created: ChartModel | undefined;
    this.call("add", [type, String(sourceData), seriesBy], (sheet) => {
      this.context.requires(1, "charts");
      if (!CHART_TYPES.has(type)) throw new OfficeError("InvalidArgument", `chart type ${type}`);
      if (!SERIES_BY.has(seriesBy))
        throw new OfficeError("InvalidArgument", `seriesBy ${seriesBy}`);
      if (!(sourceData instanceof RangeDouble) || sourceData.context !== this.context) {
        throw new OfficeError("InvalidArgument", "sourceData must be a Range of this context");
      }
      const source = sourceData.argument();
      const charts = chartsOf(sheet);
      created = {
        name: `Chart ${charts.length + 1}`,
        type,
        seriesBy,
        sourceSheet: source.sheet.name,
        source: refAddress(source.ref),
      };
      charts.push(created);
    });
    return new ChartDouble(this.context, `${this.path}.add(${type})`, () => {
      if (!created) throw new OfficeError("InvalidObjectPath", "The chart is not added yet");
      return created;
    });
  }
  protected scalar(): unknown {
    return undefined;
  }
}

declare module "./worksheet" {
  interface WorksheetDouble {
    /** Worksheet.charts (ExcelApi 1.1), defined in charts.ts. */
    readonly charts: ChartCollectionDouble;
  }
}

const collections = new WeakMap<WorksheetDouble, ChartCollectionDouble>();

Object.defineProperty(WorksheetDouble.prototype, "charts", {
  get(this: WorksheetDouble): ChartCollectionDouble {
    let charts = collections.get(this);
    if (!charts) {
      const resolveSheet = (): Resolved<SheetModel> => this.resolve();
      charts = new ChartCollectionDouble(this.context, `${this.path}.charts`, resolveSheet);
      collections.set(this, charts);
    }
    return charts;
  },
});
