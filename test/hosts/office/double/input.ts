/**
 * What Excel makes of a value written through Range.values: the same parsing as typed input.
 * "=1+1" is a formula, "+1" and "-x" are formulas, "12", "12%", "3-5", "TRUE" and "#N/A" are a
 * number, a percentage, a date, a boolean and an error; a leading apostrophe keeps the rest as
 * text. A cell formatted as text ("@") keeps any string as it is.
 */
import { EXCEL_ERRORS } from "../../../../src/engine/model/cell";
import type { CellModel, Scalar } from "./model";

export type Content = Pick<CellModel, "value" | "error" | "formula"> & { numberFormat?: string };

const NUMBER = /^[+-]?(\d{1,3}(,\d{3})+|\d+)?(\.\d+)?([eE][+-]?\d+)?$/;
const DATE = /^(\d{1,2})[-/](\d{1,2})(?:[-/](\d{2,4}))?$/;

export function parseInput(raw: Scalar, cellFormat: string | undefined): Content {
  if (typeof raw !== "string") return { value: raw };
  if (raw === "") return {};
  if (cellFormat === "@") return { value: raw };
  if (raw.startsWith("'")) return { value: raw.slice(1) };
  if (raw.startsWith("=")) return formula(raw);
  const text = raw.trim();
  if (/\d/.test(text) && NUMBER.test(text)) return { value: Number(text.replace(/,/g, "")) };
  if (/^[+-]/.test(text)) return formula(`=${text}`);
  const percent = /^([+-]?\d+(\.\d+)?)%$/.exec(text);
  if (percent) return { value: Number(percent[1]) / 100, numberFormat: "0%" };
  const date = DATE.exec(text);
  // en-US reading: month-day(-year).
  if (date && Number(date[1]) <= 12 && Number(date[2]) <= 31)
    return { value: dateSerial(date), numberFormat: "d-mmm" };
  if (/^(true|false)$/i.test(text)) return { value: text.toUpperCase() === "TRUE" };
  if ((EXCEL_ERRORS as readonly string[]).includes(text.toUpperCase())) {
    return { error: text.toUpperCase() };
  }
  return { value: raw };
}

/** A formula with a cached result: arithmetic on literals is evaluated, anything else is 0. */
function formula(text: string): Content {
  const body = text.slice(1);
  const value = /^[\d+\-*/(). ]+$/.test(body) ? arithmetic(body) : 0;
  return { formula: text, value: Number.isFinite(value) ? value : 0 };
}

/** +, -, *, / and parentheses over numbers, by recursive descent. */
function arithmetic(text: string): number {
  const tokens = text.match(/\d+(\.\d+)?|[+\-*/()]/g) ?? [];
  let i = 0;
  const primary = (): number => {
    const t = tokens[i++];
    if (t === "(") {
      const v = sum();
      i++;
      return v;
    }
    if (t === "-") return -primary();
    if (t === "+") return primary();
    return Number(t);
  };
  const product = (): number => {
    let v = primary();
    while (tokens[i] === "*" || tokens[i] === "/")
      v = tokens[i++] === "*" ? v * primary() : v / primary();
    return v;
  };
  const sum = (): number => {
    let v = product();
    while (tokens[i] === "+" || tokens[i] === "-")
      v = tokens[i++] === "+" ? v + product() : v - product();
    return v;
  };
  return sum();
}

/** Month-day(-year) as an Excel date serial (1900 system), this year when none is given. */
function dateSerial(m: RegExpExecArray): number {
  const year = m[3] ? Number(m[3].length === 2 ? `20${m[3]}` : m[3]) : 2025;
  const utc = Date.UTC(year, Number(m[1]) - 1, Number(m[2]));
  return Math.round(utc / 86400000) + 25569;
}
