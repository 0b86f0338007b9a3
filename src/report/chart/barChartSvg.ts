import type { Language } from "../../engine/model/status";
import { formatNumber } from "../../engine/numbers/formatNumber";

export interface BarSeries {
  name: string;
  /** One value per category, in percent; null where there is none. */
  values: readonly (number | null)[];
  color: string;
}

export interface BarChart {
  title: string;
  categories: readonly string[];
  series: readonly BarSeries[];
  lang: Language;
}

/** Pixels of the drawing (it is embedded at this size, 96 to the inch). */
export const CHART_WIDTH = 620;
export const CHART_HEIGHT = 340;

const FONT = "Times New Roman, DejaVu Serif, serif";
const PLOT = { left: 48, right: 12, top: 58, bottom: 78 };
/** Axis tops beyond this are cut: a 900% indicator would flatten every other bar. */
const MAX_AXIS = 200;

function escape(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;");
}

/** A category name broken into at most three lines of about `width` characters. */
function wrap(text: string, width: number): string[] {
  const words = text.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let current = "";
  for (const word of words) {
    if (current && `${current} ${word}`.length > width) {
      lines.push(current);
      current = word;
    } else current = current ? `${current} ${word}` : word;
  }
  if (current) lines.push(current);
  if (lines.length <= 3) return lines;
  return [
    ...lines.slice(0, 2),
    `${lines
      .slice(2)
      .join(" ")
      .slice(0, width - 1)}…`,
  ];
}

function axisTop(values: readonly number[]): number {
  const highest = Math.max(100, ...values);
  return Math.min(MAX_AXIS, Math.ceil(highest / 20) * 20);
}

/**
 * A column chart in percent, drawn as SVG by hand: one group of bars per category, the value
 * written above each bar (vi-VN style), a dashed line at 100%, the legend on top. Bars above the
 * axis are cut at its top and keep their true value as the label.
 */
export function barChartSvg(chart: BarChart): string {
  const { categories, series, lang } = chart;
  const values = series.flatMap((s) => s.values.filter((v): v is number => v !== null));
  const top = axisTop(values);
  const plotWidth = CHART_WIDTH - PLOT.left - PLOT.right;
  const plotHeight = CHART_HEIGHT - PLOT.top - PLOT.bottom;
  const y = (v: number) => PLOT.top + plotHeight - (Math.min(v, top) / top) * plotHeight;
  const out: string[] = [];
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${CHART_WIDTH}" height="${CHART_HEIGHT}" viewBox="0 0 ${CHART_WIDTH} ${CHART_HEIGHT}" font-family="${FONT}">`,
    `<rect width="${CHART_WIDTH}" height="${CHART_HEIGHT}" fill="#ffffff"/>`,
    `<text x="${CHART_WIDTH / 2}" y="20" font-size="14" font-weight="bold" text-anchor="middle">${escape(chart.title)}</text>`,
  );
  // Legend.
  let lx = PLOT.left;
  for (const s of series) {
    out.push(
      `<rect x="${lx}" y="32" width="12" height="12" fill="${s.color}"/>`,
      `<text x="${lx + 16}" y="42" font-size="12">${escape(s.name)}</text>`,
    );
    lx += 24 + s.name.length * 7;
  }
  // Grid and axis.
  for (let v = 0; v <= top; v += top > 120 ? 40 : 20) {
    const gy = y(v).toFixed(1);
    out.push(
      `<line x1="${PLOT.left}" x2="${CHART_WIDTH - PLOT.right}" y1="${gy}" y2="${gy}" stroke="#d9d9d9" stroke-width="1"/>`,
      `<text x="${PLOT.left - 6}" y="${(y(v) + 4).toFixed(1)}" font-size="11" text-anchor="end">${v}%</text>`,
    );
  }
  const hundred = y(100).toFixed(1);
  out.push(
    `<line x1="${PLOT.left}" x2="${CHART_WIDTH - PLOT.right}" y1="${hundred}" y2="${hundred}" stroke="#c00000" stroke-width="1.2" stroke-dasharray="6 4"/>`,
  );
  const slot = plotWidth / Math.max(1, categories.length);
  const barWidth = Math.min(34, (slot * 0.8) / Math.max(1, series.length));
  categories.forEach((category, i) => {
    const start = PLOT.left + slot * i + (slot - barWidth * series.length) / 2;
    series.forEach((s, j) => {
      const v = s.values[i];
      if (v === null || v === undefined) return;
      const x = start + barWidth * j;
      const by = y(Math.max(0, v));
      const height = PLOT.top + plotHeight - by;
      out.push(
        `<rect x="${x.toFixed(1)}" y="${by.toFixed(1)}" width="${(barWidth - 2).toFixed(1)}" height="${height.toFixed(1)}" fill="${s.color}"/>`,
        `<text x="${(x + barWidth / 2 - 1).toFixed(1)}" y="${(by - 3).toFixed(1)}" font-size="10" text-anchor="middle">${escape(formatNumber(v, lang, 1))}</text>`,
      );
    });
    const labelWidth = Math.max(8, Math.floor(slot / 6.5));
    wrap(category, labelWidth).forEach((text, k) => {
      out.push(
        `<text x="${(PLOT.left + slot * i + slot / 2).toFixed(1)}" y="${PLOT.top + plotHeight + 16 + k * 13}" font-size="11" text-anchor="middle">${escape(text)}</text>`,
      );
    });
  });
  out.push(
    `<line x1="${PLOT.left}" x2="${CHART_WIDTH - PLOT.right}" y1="${PLOT.top + plotHeight}" y2="${PLOT.top + plotHeight}" stroke="#000000" stroke-width="1"/>`,
    `<line x1="${PLOT.left}" x2="${PLOT.left}" y1="${PLOT.top}" y2="${PLOT.top + plotHeight}" stroke="#000000" stroke-width="1"/>`,
    "</svg>",
  );
  return out.join("\n");
}
