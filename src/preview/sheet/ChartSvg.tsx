import type { Language } from "../../engine/model/status";
import { formatNumber } from "../../engine/numbers/formatNumber";
import type { ChartData } from "./chartData";
import { valueScale } from "./chartScale";

/** Excel's default series colours (Office theme accents 1–6). */
const COLOURS = ["#4472C4", "#ED7D31", "#A5A5A5", "#FFC000", "#5B9BD5", "#70AD47"];

const FONT = 11;

function shorten(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

export interface ChartSvgProps {
  data: ChartData;
  width: number;
  height: number;
  lang: Language;
}

/**
 * A chart the add-in wrote, drawn from its sheet's cells as Excel draws a clustered column
 * (vertical) or bar (horizontal) chart: the title, a value axis from 0 with gridlines, the
 * categories, a bar per series and the legend below.
 */
export function ChartSvg({ data, width, height, lang }: ChartSvgProps) {
  const { categories, series } = data;
  const scale = valueScale(series.flatMap((s) => s.values));
  const horizontal = data.chartType === "barClustered";
  const top = 32;
  const legend = 24;
  const bottom = height - legend - (horizontal ? 18 : 36);
  const left = horizontal ? Math.min(180, width * 0.35) : 44;
  const right = width - 12;
  const span = scale.max - scale.min;
  const band = (horizontal ? bottom - top : right - left) / Math.max(1, categories.length);
  const bar = (band * 0.7) / Math.max(1, series.length);
  // Where a value lies along the value axis, in pixels.
  const along = (value: number) =>
    horizontal
      ? left + ((value - scale.min) / span) * (right - left)
      : bottom - ((value - scale.min) / span) * (bottom - top);
  const zero = along(0);
  const label = (value: number) => formatNumber(value, lang, 2);

  return (
    <svg
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      role="img"
      aria-label={data.title}
      fontFamily="Segoe UI, Calibri, Arial, sans-serif"
      fontSize={FONT}
    >
      <title>{data.title}</title>
      <rect width={width} height={height} fill="#FFFFFF" stroke="#BFBFBF" />
      <text x={width / 2} y={20} textAnchor="middle" fontSize={14} fill="#404040">
        {shorten(data.title, Math.floor(width / 8))}
      </text>
      {scale.ticks.map((tick) => {
        const at = along(tick);
        return horizontal ? (
          <g key={tick}>
            <line x1={at} x2={at} y1={top} y2={bottom} stroke="#D9D9D9" />
            <text x={at} y={bottom + 14} textAnchor="middle" fill="#595959">
              {label(tick)}
            </text>
          </g>
        ) : (
          <g key={tick}>
            <line x1={left} x2={right} y1={at} y2={at} stroke="#D9D9D9" />
            <text x={left - 4} y={at + 4} textAnchor="end" fill="#595959">
              {label(tick)}
            </text>
          </g>
        );
      })}
      {categories.map((category, i) => {
        const start = (horizontal ? top : left) + i * band + band * 0.15;
        return (
          <g key={i}>
            {series.map((s, j) => {
              const value = s.values[i];
              if (value === null || value === undefined) return null;
              const end = along(value);
              const from = Math.min(zero, end);
              const size = Math.abs(end - zero);
              return horizontal ? (
                <rect
                  key={j}
                  x={from}
                  y={start + j * bar}
                  width={size}
                  height={bar}
                  fill={COLOURS[j % COLOURS.length]}
                >
                  <title>{`${s.name} – ${category}: ${label(value)}`}</title>
                </rect>
              ) : (
                <rect
                  key={j}
                  x={start + j * bar}
                  y={from}
                  width={bar}
                  height={size}
                  fill={COLOURS[j % COLOURS.length]}
                >
                  <title>{`${s.name} – ${category}: ${label(value)}`}</title>
                </rect>
              );
            })}
            {horizontal ? (
              <text
                x={left - 4}
                y={start + band * 0.35 + 4}
                textAnchor="end"
                fill="#404040"
                data-category={category}
              >
                {shorten(category, Math.floor(left / 6))}
              </text>
            ) : (
              <text
                x={start + band * 0.35}
                y={bottom + 14}
                textAnchor="middle"
                fill="#404040"
                data-category={category}
              >
                {shorten(category, Math.max(4, Math.floor(band / 6)))}
              </text>
            )}
          </g>
        );
      })}
      <line
        x1={horizontal ? zero : left}
        x2={horizontal ? zero : right}
        y1={horizontal ? top : zero}
        y2={horizontal ? bottom : zero}
        stroke="#7F7F7F"
      />
      {series.map((s, j) => {
        const x = 12 + j * ((width - 24) / Math.max(1, series.length));
        return (
          <g key={j}>
            <rect x={x} y={height - 16} width={10} height={10} fill={COLOURS[j % COLOURS.length]} />
            <text x={x + 14} y={height - 7} fill="#404040">
              {shorten(s.name, Math.floor((width - 24) / Math.max(1, series.length) / 6.5))}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
