import type { ChartSeries, ChartSpec } from "./chartSpec";
import { escapeXml } from "./xmlEscape";

const C_NS = "http://schemas.openxmlformats.org/drawingml/2006/chart";
const A_NS = "http://schemas.openxmlformats.org/drawingml/2006/main";
const R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/** The axis ids a chart part pairs its axes with (any two numbers unique in the part). */
const CATEGORY_AXIS = 500000001;
const VALUE_AXIS = 500000002;

/** "'Biểu đồ % KH'!$A$5:$A$9": a range of the sheet as a chart formula names it. */
export function chartFormula(sheet: string, a1: string): string {
  const quoted = `'${sheet.replace(/'/g, "''")}'`;
  const absolute = a1
    .split(":")
    .map((cell) => cell.replace(/^\$?([A-Za-z]+)\$?(\d+)$/, "$$$1$$$2").toUpperCase())
    .join(":");
  return `${quoted}!${absolute}`;
}

/**
 * xl/charts/chartN.xml for a clustered column or bar chart, elements in the order the schema
 * (CT_ChartSpace, CT_Chart, CT_BarChart, CT_BarSer, CT_CatAx, CT_ValAx) requires.
 */
export function chartXml(spec: ChartSpec): string {
  const horizontal = spec.chartType === "barClustered";
  const series = spec.series.map((s, i) => seriesXml(spec, s, i)).join("");
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<c:chartSpace xmlns:c="${C_NS}" xmlns:a="${A_NS}" xmlns:r="${R_NS}">` +
    `<c:roundedCorners val="0"/>` +
    `<c:chart>` +
    titleXml(spec.title) +
    `<c:autoTitleDeleted val="${spec.title ? 0 : 1}"/>` +
    `<c:plotArea><c:layout/>` +
    `<c:barChart><c:barDir val="${horizontal ? "bar" : "col"}"/><c:grouping val="clustered"/>` +
    `<c:varyColors val="0"/>${series}<c:gapWidth val="150"/>` +
    `<c:axId val="${CATEGORY_AXIS}"/><c:axId val="${VALUE_AXIS}"/></c:barChart>` +
    `<c:catAx><c:axId val="${CATEGORY_AXIS}"/><c:scaling><c:orientation val="minMax"/></c:scaling>` +
    `<c:delete val="0"/><c:axPos val="${horizontal ? "l" : "b"}"/>` +
    `<c:numFmt formatCode="General" sourceLinked="1"/><c:majorTickMark val="out"/>` +
    `<c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/><c:crossAx val="${VALUE_AXIS}"/>` +
    `<c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/>` +
    `<c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>` +
    `<c:valAx><c:axId val="${VALUE_AXIS}"/><c:scaling><c:orientation val="minMax"/></c:scaling>` +
    `<c:delete val="0"/><c:axPos val="${horizontal ? "b" : "l"}"/><c:majorGridlines/>` +
    `<c:numFmt formatCode="General" sourceLinked="1"/><c:majorTickMark val="out"/>` +
    `<c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>` +
    `<c:crossAx val="${CATEGORY_AXIS}"/><c:crosses val="autoZero"/>` +
    `<c:crossBetween val="between"/></c:valAx>` +
    `</c:plotArea>` +
    `<c:legend><c:legendPos val="b"/><c:overlay val="0"/></c:legend>` +
    `<c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/>` +
    `</c:chart></c:chartSpace>`
  );
}

function titleXml(title: string): string {
  if (!title) return "";
  return (
    `<c:title><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr b="1"/></a:pPr>` +
    `<a:r><a:rPr lang="vi-VN" b="1"/><a:t>${escapeXml(title)}</a:t></a:r></a:p></c:rich></c:tx>` +
    `<c:overlay val="0"/></c:title>`
  );
}

/**
 * Office's default accent colours, one a series. Excel fills a series without spPr from its
 * chart style, but LibreOffice draws it with no fill at all (no bars), so the fill is written.
 */
const SERIES_COLOURS = ["4472C4", "ED7D31", "A5A5A5", "FFC000", "5B9BD5", "70AD47"];

function seriesFill(index: number): string {
  const colour = SERIES_COLOURS[index % SERIES_COLOURS.length];
  return `<c:spPr><a:solidFill><a:srgbClr val="${colour}"/></a:solidFill></c:spPr>`;
}

function seriesXml(spec: ChartSpec, series: ChartSeries, index: number): string {
  const name = chartFormula(spec.sheet, series.nameRef);
  return (
    `<c:ser><c:idx val="${index}"/><c:order val="${index}"/>` +
    `<c:tx><c:strRef><c:f>${escapeXml(name)}</c:f>${strCache([series.name])}</c:strRef></c:tx>` +
    seriesFill(index) +
    `<c:invertIfNegative val="0"/>` +
    `<c:cat><c:strRef><c:f>${escapeXml(chartFormula(spec.sheet, spec.categoriesRef))}</c:f>` +
    `${strCache(spec.categories)}</c:strRef></c:cat>` +
    `<c:val><c:numRef><c:f>${escapeXml(chartFormula(spec.sheet, series.valuesRef))}</c:f>` +
    `${numCache(series.values)}</c:numRef></c:val>` +
    `</c:ser>`
  );
}

/** Cached text points; empty texts are left out, as Excel leaves out empty cells. */
function strCache(texts: string[]): string {
  const points = texts
    .map((text, i) => (text === "" ? "" : `<c:pt idx="${i}"><c:v>${escapeXml(text)}</c:v></c:pt>`))
    .join("");
  return `<c:strCache><c:ptCount val="${texts.length}"/>${points}</c:strCache>`;
}

function numCache(values: (number | null)[]): string {
  const points = values
    .map((v, i) => (v === null ? "" : `<c:pt idx="${i}"><c:v>${v}</c:v></c:pt>`))
    .join("");
  return (
    `<c:numCache><c:formatCode>General</c:formatCode>` +
    `<c:ptCount val="${values.length}"/>${points}</c:numCache>`
  );
}
