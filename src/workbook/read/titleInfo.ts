import type { PeriodId } from "../../engine/model/period";
import { foldDashes, foldText } from "../../engine/text/normalize";
import { periodInText } from "./periodPhrase";
import type { SheetGrid } from "./sheetGrid";
import { isCommitteeText, unitName } from "./unitName";

/** What the rows above a table say about it. */
export interface TitleInfo {
  unit?: string;
  period?: PeriodId;
  year?: number;
  /** A span of years the title names ("giai đoạn 2016-2020", "5 năm 2021 - 2025"). */
  span?: YearSpan;
}

/** Years from `from` to `to`, both included. */
export interface YearSpan {
  from: number;
  to: number;
}

export interface TitleOptions {
  /** A value after "Đơn vị:" that is not the unit ("Đơn vị: triệu đồng" in a budget form). */
  notUnit?: (text: string) => boolean;
}

type KeyKind = "unit" | "period" | "year";

const KEYS: Record<KeyKind, RegExp> = {
  unit: /^(dia ban|don vi|don vi bao cao|ten don vi|co quan bao cao|don vi thuc hien|unit)$/,
  period: /^(ky bao cao|ky nhap lieu|ky so lieu|ky|thoi gian|thoi ky bao cao|(reporting )?period)$/,
  year: /^(nam( (bao cao|ke hoach|nhap bieu mau|nhap lieu|so lieu))?|year|plan year)$/,
};

/** "Địa bàn", "Đơn vị", "Kỳ báo cáo", "Kỳ nhập liệu", "Năm", "Năm nhập biểu mẫu", "Unit"… */
function keyKind(key: string): KeyKind | undefined {
  const folded = foldText(key)
    .replace(/[:.]+$/, "")
    .trim();
  if (folded.length > 30) return undefined;
  return (Object.keys(KEYS) as KeyKind[]).find((kind) => KEYS[kind].test(folded));
}

function yearIn(text: string): number | undefined {
  const m = /(?:^|\D)((?:19|20)\d\d)(?!\d)/.exec(text);
  return m ? Number(m[1]) : undefined;
}

/** "năm 2020" (or "plan 2024", "year 2024") in a title: the plan year. */
function titleYear(folded: string): number | undefined {
  const m = /\b(?:nam|year|plan) ((?:19|20)\d\d)(?!\d)/.exec(folded);
  return m ? Number(m[1]) : undefined;
}

const SPAN = /(?:^|\D)((?:19|20)\d\d) ?[-/] ?((?:19|20)\d\d)(?!\d)/;

/** "2016-2020", "2016 – 2020": a span of years, and the text without it. */
function spanIn(folded: string): { span: YearSpan; rest: string } | undefined {
  const m = SPAN.exec(foldDashes(folded));
  // Two years apart at least: "năm học 2019-2020" is a school year, not a plan period.
  if (!m || Number(m[2]) - Number(m[1]) < 2) return undefined;
  return {
    span: { from: Number(m[1]), to: Number(m[2]) },
    rest: folded.slice(0, m.index) + " " + folded.slice(m.index + m[0].length),
  };
}

class TitleReader {
  readonly info: TitleInfo = {};

  constructor(private readonly notUnit: (text: string) => boolean) {}

  keyValue(kind: KeyKind, value: string): void {
    const text = value.trim();
    if (text === "") return;
    if (kind === "unit" && this.info.unit === undefined && !this.notUnit(text)) {
      this.info.unit = unitName(text);
    }
    if (kind === "period" && this.info.period === undefined) {
      const period = periodInText(text);
      if (period) this.info.period = period;
    }
    const spanned = kind === "year" ? spanIn(foldText(text)) : undefined;
    if (spanned && this.info.span === undefined) this.info.span = spanned.span;
    if (kind === "year" && !spanned && this.info.year === undefined) {
      const year = yearIn(text);
      if (year !== undefined) this.info.year = year;
    }
  }

  title(text: string): void {
    const whole = foldText(text);
    const spanned = spanIn(whole);
    if (spanned && this.info.span === undefined) this.info.span = spanned.span;
    // "5 năm 2016-2020" names a span, not the year 2016.
    const folded = spanned ? spanned.rest : whole;
    if (this.info.unit === undefined && isCommitteeText(text)) {
      const unit = unitName(text.split(/[\r\n]/)[0]);
      if (!isCommitteeText(unit)) this.info.unit = unit;
    }
    if (this.info.period === undefined) {
      const period = periodInText(folded);
      if (period && period !== "year") this.info.period = period;
    }
    if (this.info.year === undefined) {
      const year = titleYear(folded);
      if (year !== undefined) this.info.year = year;
    }
  }
}

/**
 * Reads the unit, period and year from title cells ("UBND huyện X", "Biểu 07: … năm 2020",
 * "Kỳ báo cáo: 6 tháng") and key/value rows ("Địa bàn:" | "Xã Thuận Hạnh"; "Năm: 2021"),
 * the nearest rows first. Key/value rows win over titles.
 */
export function readTitleInfo(
  grid: SheetGrid,
  fromRow: number,
  toRow: number,
  options: TitleOptions = {},
): TitleInfo {
  const notUnit = options.notUnit ?? (() => false);
  const keyed = new TitleReader(notUnit);
  const titled = new TitleReader(notUnit);
  for (let row = toRow; row >= fromRow; row--) {
    const columns = grid.filledColumns(row);
    for (let i = 0; i < columns.length; i++) {
      const text = grid.text(row, columns[i]);
      if (text === "") continue;
      const inline = /^([^:：]{1,40}?)\s*[:：]\s*(.+)$/s.exec(text);
      const inlineKind = inline ? keyKind(inline[1]) : undefined;
      if (inline && inlineKind) {
        keyed.keyValue(inlineKind, inline[2]);
        continue;
      }
      const kind = keyKind(text);
      if (kind && i + 1 < columns.length) {
        keyed.keyValue(kind, grid.text(row, columns[i + 1]));
        i++;
        continue;
      }
      titled.title(text);
    }
  }
  return { ...titled.info, ...keyed.info };
}
