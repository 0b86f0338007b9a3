import { address, parseAddress, parseRange, rangeAddress } from "../../../workbook/a1";
import type { ChartChange } from "../../../workbook/changeSet";
import type { CellValue } from "../../../workbook/snapshot";
import type { ChartSpec } from "./chartSpec";
import { chartXml } from "./chartXml";
import { chartAnchorXml, drawingXml } from "./drawingXml";
import { cellValueOf } from "./cellValue";
import { CONTENT_TYPES, withOverride } from "./contentTypes";
import type { PackageEdit } from "./packageEdit";
import {
  nextRelId,
  parseRelationships,
  relativeTarget,
  relsPathOf,
  resolveTarget,
  withRelationship,
} from "./relationships";
import type { SheetEntry } from "./workbookDoc";
import { attribute } from "./xmlText";

/**
 * Charts a change set adds, written when the edit finishes (so their cached values are the
 * cells' final values): a chart part each, the sheet's drawing (created, or the one it has,
 * extended), their relationships and content types. The XML comes from chartXml and drawingXml.
 */
export class ChartWrites {
  private readonly pending: { entry: SheetEntry; change: ChartChange }[] = [];

  constructor(private readonly edit: PackageEdit) {
    edit.finishers.push(() => this.finish());
  }

  add(entry: SheetEntry, change: ChartChange): void {
    this.pending.push({ entry, change });
  }

  private finish(): void {
    const bySheet = new Map<SheetEntry, ChartChange[]>();
    for (const { entry, change } of this.pending) {
      if (!this.edit.workbook.sheets.includes(entry)) continue;
      bySheet.set(entry, [...(bySheet.get(entry) ?? []), change]);
    }
    for (const [entry, changes] of bySheet)
      this.writeSheetCharts(
        entry,
        changes.map((c) => this.spec(entry, c)),
      );
  }

  private spec(entry: SheetEntry, change: ChartChange): ChartSpec {
    const rows = this.edit.sheet(entry).rows();
    const value = (row: number, column: number): CellValue => {
      const r = rows.find(row);
      const text = r ? rows.cell(r, column) : undefined;
      return text === undefined ? null : cellValueOf(text, () => this.edit.sharedStrings());
    };
    const data = parseRange(change.data);
    const from = parseAddress(change.position.from);
    const to = parseAddress(change.position.to);
    if (!data || !from || !to) throw new Error(`Chart on "${entry.name}" lost its ranges`);
    const firstRow = data.start.row + 1;
    const lastRow = data.end.row;
    const rowNumbers = Array.from({ length: lastRow - firstRow + 1 }, (_, i) => firstRow + i);
    const categoryColumn = data.start.column;
    const series = [];
    for (let column = categoryColumn + 1; column <= data.end.column; column++) {
      series.push({
        nameRef: address(data.start.row, column),
        name: asText(value(data.start.row, column)),
        valuesRef: rangeAddress({ row: firstRow, column }, { row: lastRow, column }),
        values: rowNumbers.map((row) => {
          const v = value(row, column);
          return typeof v === "number" ? v : null;
        }),
      });
    }
    return {
      sheet: entry.name,
      chartType: change.chartType,
      title: change.title,
      categoriesRef: rangeAddress(
        { row: firstRow, column: categoryColumn },
        { row: lastRow, column: categoryColumn },
      ),
      categories: rowNumbers.map((row) => asText(value(row, categoryColumn))),
      series,
      from,
      to,
    };
  }

  private writeSheetCharts(entry: SheetEntry, specs: ChartSpec[]): void {
    const { pkg } = this.edit;
    const sheetPath = entry.path as string;
    const doc = this.edit.sheet(entry);
    const base = sheetPath.split("/").slice(0, -2).join("/");
    let types = pkg.need("[Content_Types].xml");
    let sheetRels = pkg.read(relsPathOf(sheetPath));
    const drawingTag = doc.child("drawing");
    const existingId = drawingTag ? attribute(drawingTag, "r:id") : undefined;
    const existing = parseRelationships(sheetRels).find((r) => r.id === existingId);
    let drawingPath: string;
    let drawing: string;
    if (existing) {
      drawingPath = resolveTarget(sheetPath, existing.target);
      drawing = pkg.need(drawingPath);
    } else {
      drawingPath = pkg.freeName(`${base}/drawings`, "drawing", "xml");
      drawing = drawingXml([]);
      const id = nextRelId(parseRelationships(sheetRels));
      sheetRels = withRelationship(sheetRels, {
        id,
        type: this.edit.relType("drawing"),
        target: relativeTarget(sheetPath, drawingPath),
      });
      doc.setChild("drawing", `<${doc.prefix}drawing xmlns:r="${this.edit.relNs}" r:id="${id}"/>`);
      types = withOverride(types, drawingPath, CONTENT_TYPES.drawing);
    }
    let drawingRels = pkg.read(relsPathOf(drawingPath));
    let shapeId = nextShapeId(drawing);
    const anchors: string[] = [];
    for (const spec of specs) {
      const chartPath = pkg.freeName(`${base}/charts`, "chart", "xml");
      pkg.write(chartPath, chartXml(spec));
      types = withOverride(types, chartPath, CONTENT_TYPES.chart);
      const id = nextRelId(parseRelationships(drawingRels));
      drawingRels = withRelationship(drawingRels, {
        id,
        type: this.edit.relType("chart"),
        target: relativeTarget(drawingPath, chartPath),
      });
      anchors.push(chartAnchorXml(spec, shapeId++, id));
    }
    pkg.write(drawingPath, withAnchors(drawing, anchors));
    if (drawingRels !== undefined) pkg.write(relsPathOf(drawingPath), drawingRels);
    if (sheetRels !== undefined) pkg.write(relsPathOf(sheetPath), sheetRels);
    pkg.write("[Content_Types].xml", types);
  }
}

function asText(value: CellValue): string {
  if (value === null) return "";
  if (typeof value === "object") return value.error;
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  return String(value);
}

/** One past the highest shape id in the drawing (ids are unique within a drawing). */
function nextShapeId(drawing: string): number {
  const ids = [...drawing.matchAll(/<(?:\w+:)?cNvPr\b[^>]*\sid\s*=\s*"(\d+)"/g)].map((m) =>
    Number(m[1]),
  );
  return Math.max(1, ...ids) + 1;
}

function withAnchors(drawing: string, anchors: string[]): string {
  const close = /<\/(?:\w+:)?wsDr>\s*$/.exec(drawing);
  if (close) return drawing.slice(0, close.index) + anchors.join("") + drawing.slice(close.index);
  const empty = /<((?:\w+:)?wsDr)\b([^>]*)\/>\s*$/.exec(drawing);
  if (!empty) throw new Error("The sheet's drawing part has no end tag to add charts before");
  return `${drawing.slice(0, empty.index)}<${empty[1]}${empty[2]}>${anchors.join("")}</${empty[1]}>`;
}
