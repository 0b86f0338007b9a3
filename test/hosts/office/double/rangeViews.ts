/** Range.getMergedAreasOrNullObject() and Range.getVisibleView(). */
import type { RangeRef } from "../../../../src/workbook/a1";
import { CollectionDouble, NULL_OBJECT, ProxyDouble } from "./context";
import { cellsOf, type SheetModel } from "./model";
import { qualifiedAddress, RangeDouble, type RangeModel } from "./range";

interface AreasModel {
  sheet: SheetModel;
  areas: RangeRef[];
}

export class RangeAreasDouble extends ProxyDouble<AreasModel> {
  get areaCount(): number {
    return this.get("areaCount");
  }
  get areas(): AreaCollectionDouble {
    return this.child(
      "areas",
      () =>
        new AreaCollectionDouble(this.context, `${this.path}.areas`, () => {
          const found = this.resolve();
          return found === NULL_OBJECT
            ? NULL_OBJECT
            : found.areas.map((ref) => ({ sheet: found.sheet, ref }));
        }),
    );
  }
  protected scalar(m: AreasModel, name: string): unknown {
    if (name === "areaCount") return m.areas.length;
    if (name === "address") return m.areas.map((ref) => qualifiedAddress(m.sheet, ref)).join(", ");
    return undefined;
  }
}

export class AreaCollectionDouble extends CollectionDouble<RangeModel, RangeDouble> {
  protected itemProxy(model: RangeModel, index: number): RangeDouble {
    return new RangeDouble(this.context, `${this.path}[${index}]`, () => model);
  }
}

export class RangeViewDouble extends ProxyDouble<RangeModel> {
  get cellAddresses(): string[][] {
    return this.get("cellAddresses");
  }
  protected scalar({ sheet, ref }: RangeModel, name: string): unknown {
    if (name !== "cellAddresses") return undefined;
    return cellsOf(ref)
      .filter(([first]) => !sheet.hiddenRows.has(first.row))
      .map((row) =>
        row
          .filter(({ column }) => !sheet.hiddenColumns.has(column))
          .map(({ row: r, column: c }) =>
            qualifiedAddress(sheet, { start: { row: r, column: c }, end: { row: r, column: c } }),
          ),
      );
  }
}

/** A range proxy on a sheet proxy's model, found when first used. */
