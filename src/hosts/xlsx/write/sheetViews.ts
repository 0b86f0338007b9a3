import { address } from "../../../workbook/a1";
import { childElements } from "./xmlScan";
import { asStartTag, attribute, withAttribute } from "./xmlText";

/**
 * Edits of a worksheet's <sheetViews>: the first <sheetView> (the one Excel opens) gets frozen
 * panes, the tab selection or an active cell; every other attribute and child (zoom, grid lines,
 * right-to-left, other views) keeps its text.
 */

/** sheetViews text for a sheet that has none. */
export function emptySheetViews(prefix: string): string {
  return `<${prefix}sheetViews><${prefix}sheetView workbookViewId="0"/></${prefix}sheetViews>`;
}

interface ViewParts {
  before: string;
  open: string;
  children: { name: string; text: string; tag: string }[];
  close: string;
  after: string;
}

function firstView(sheetViews: string, prefix: string): ViewParts {
  const outer = childElements(sheetViews)[0];
  const view = outer
    ? childElements(sheetViews, outer.contentStart, outer.contentEnd).find(
        (c) => c.name === "sheetView",
      )
    : undefined;
  if (!outer || !view) {
    const fresh = emptySheetViews(prefix);
    return firstView(fresh, prefix);
  }
  const selfClosing = view.contentStart === view.end;
  return {
    before:
      outer.contentStart === outer.end
        ? sheetViews.slice(0, outer.start) + asStartTag(outer.openTag)
        : sheetViews.slice(0, view.start),
    open: asStartTag(view.openTag),
    children: selfClosing
      ? []
      : childElements(sheetViews, view.contentStart, view.contentEnd).map((c) => ({
          name: c.name,
          text: sheetViews.slice(c.start, c.end),
          tag: c.openTag,
        })),
    close: `</${view.qname}>`,
    after: outer.contentStart === outer.end ? `</${outer.qname}>` : sheetViews.slice(view.end),
  };
}

function joinView(parts: ViewParts): string {
  return (
    parts.before +
    parts.open +
    parts.children.map((c) => c.text).join("") +
    parts.close +
    parts.after
  );
}

/** Freezes the top `rows` and left `columns` (0 and 0 unfreezes). */
export function withFreeze(
  sheetViews: string | undefined,
  prefix: string,
  rows: number,
  columns: number,
): string {
  const parts = firstView(sheetViews ?? emptySheetViews(prefix), prefix);
  const oldSelection = parts.children.find((c) => c.name === "selection");
  const activeCell = oldSelection ? attribute(oldSelection.tag, "activeCell") : undefined;
  const kept = parts.children.filter((c) => c.name !== "pane" && c.name !== "selection");
  const added: { name: string; text: string; tag: string }[] = [];
  if (rows > 0 || columns > 0) {
    const pane = rows > 0 && columns > 0 ? "bottomRight" : rows > 0 ? "bottomLeft" : "topRight";
    const topLeft = address(rows + 1, columns + 1);
    const split =
      (columns > 0 ? ` xSplit="${columns}"` : "") + (rows > 0 ? ` ySplit="${rows}"` : "");
    const paneXml = `<${prefix}pane${split} topLeftCell="${topLeft}" activePane="${pane}" state="frozen"/>`;
    added.push({ name: "pane", text: paneXml, tag: paneXml });
    const cell = activeCell ?? topLeft;
    const selection = `<${prefix}selection pane="${pane}" activeCell="${cell}" sqref="${cell}"/>`;
    added.push({ name: "selection", text: selection, tag: selection });
  } else if (oldSelection && attribute(oldSelection.tag, "pane") === undefined) {
    added.push(oldSelection);
  } else if (activeCell) {
    const selection = `<${prefix}selection activeCell="${activeCell}" sqref="${activeCell}"/>`;
    added.push({ name: "selection", text: selection, tag: selection });
  }
  parts.children = [...added, ...kept];
  return joinView(parts);
}

/** Marks the first view as the selected tab, or not. */
export function withTabSelected(
  sheetViews: string | undefined,
  prefix: string,
  selected: boolean,
): string {
  const parts = firstView(sheetViews ?? emptySheetViews(prefix), prefix);
  parts.open = withAttribute(parts.open, "tabSelected", selected ? "1" : undefined);
  return joinView(parts);
}

/** True when the sheet's first view is a selected tab. */
export function isTabSelected(sheetViews: string | undefined): boolean {
  if (!sheetViews) return false;
  const view = /<(?:[\w.-]+:)?sheetView\b[^>]*>/.exec(sheetViews);
  const value = view ? attribute(view[0], "tabSelected") : undefined;
  return value === "1" || value === "true";
}

/** Makes `cell` the active cell of the view's active pane. */
export function withActiveCell(
  sheetViews: string | undefined,
  prefix: string,
  cell: string,
): string {
  const parts = firstView(sheetViews ?? emptySheetViews(prefix), prefix);
  const pane = parts.children.find((c) => c.name === "pane");
  const activePane = pane ? (attribute(pane.tag, "activePane") ?? "bottomRight") : undefined;
  const paneAttr = activePane ? ` pane="${activePane}"` : "";
  const selection = `<${prefix}selection${paneAttr} activeCell="${cell}" sqref="${cell}"/>`;
  const others = parts.children.filter(
    (c) => c.name !== "selection" || attribute(c.tag, "pane") !== activePane,
  );
  const at = others.findIndex((c) => c.name !== "pane");
  const index = at < 0 ? others.length : at;
  others.splice(index, 0, { name: "selection", text: selection, tag: selection });
  parts.children = others;
  return joinView(parts);
}
