import fc from "fast-check";
import type { Target } from "../../../src/engine/model/target";
import { TARGET_KINDS } from "../../../src/engine/model/target";
import type { NumberStyle } from "../../../src/engine/numbers/parseNumber";
import { parseTargetText, type ParsedTarget } from "../../../src/engine/targets/parseTarget";

function read(text: string, style?: NumberStyle): Target | ParsedTarget {
  const parsed = parseTargetText(text, style);
  return parsed.ok ? parsed.target : parsed;
}

const pct = { percentSign: true } as const;

describe("parseTargetText: the seeds' own wording", () => {
  test.each<[string, Target]>([
    ["từ 12% trở lên", { kind: "at_least", value: 12, ...pct }],
    [
      "phấn đấu tốc độ tăng trưởng giá trị sản xuất của các thành phần kinh tế do quận quản lý từ 12% trở lên",
      { kind: "at_least", value: 12, ...pct },
    ],
    ["ít nhất 97%", { kind: "at_least", value: 97, ...pct }],
    [
      "tỷ lệ giải ngân vốn đầu tư công đạt ít nhất 97% nguồn vốn ngân sách TP giao",
      { kind: "at_least", value: 97, ...pct },
    ],
    ["tối thiểu 10", { kind: "at_least", value: 10 }],
    ["phấn đấu mở rộng nâng cấp tối thiểu 10 hẻm", { kind: "at_least", value: 10 }],
    ["trên 95%", { kind: "at_least", value: 95, strict: true, ...pct }],
    ["đạt trên 95%", { kind: "at_least", value: 95, strict: true, ...pct }],
    ["trên 70%", { kind: "at_least", value: 70, strict: true, ...pct }],
    ["13-14%", { kind: "range", value: 13, max: 14, ...pct }],
    [
      "kéo giảm tỷ lệ phạm pháp hình sự từ 3 - 5%",
      { kind: "decrease", value: 3, max: 5, relative: true, ...pct },
    ],
    ["giảm từ 3 - 5%", { kind: "decrease", value: 3, max: 5, relative: true, ...pct }],
    ["vượt chỉ tiêu từ 6% đến 8%", { kind: "increase", value: 6, max: 8, relative: true, ...pct }],
    [
      "phấn đấu vượt chỉ tiêu từ 6% đến 8%",
      { kind: "increase", value: 6, max: 8, relative: true, ...pct },
    ],
    ["giảm 600 hộ", { kind: "decrease", value: 600, relative: false }],
    ["giảm 600 hộ nghèo", { kind: "decrease", value: 600, relative: false }],
    ["duy trì 100%", { kind: "maintain", value: 100, ...pct }],
    [
      "Duy trì tỷ lệ phường đạt chuẩn Quốc gia về y tế 100%",
      { kind: "maintain", value: 100, ...pct },
    ],
    ["hoàn thành 3 đồ án", { kind: "milestone", value: 3 }],
    ["hoàn thành 3 đồ án quy hoạch phân khu", { kind: "milestone", value: 3 }],
    ["hoàn thành 8 công trình", { kind: "milestone", value: 8 }],
    ["hoàn thành chỉ tiêu giao quân", { kind: "milestone" }],
    ["80%", { kind: "at_least", value: 80, ...pct }],
    ["250 tỷ đồng", { kind: "at_least", value: 250 }],
    ["đạt 250 tỷ đồng", { kind: "at_least", value: 250 }],
    ["2,97", { kind: "at_least", value: 2.97 }],
    ["82,9%", { kind: "at_least", value: 82.9, ...pct }],
    ["8.664,9", { kind: "at_least", value: 8664.9 }],
    ["phấn đấu hoàn thành 100% dự toán", { kind: "at_least", value: 100, ...pct }],
  ])("%s", (text, expected) => {
    expect(read(text)).toStrictEqual(expected);
  });

  test("giảm 1.000 hộ is ambiguous without a style", () => {
    expect(parseTargetText("giảm 1.000 hộ")).toStrictEqual({
      ok: false,
      reason: "ambiguous_number",
      text: "giảm 1.000 hộ",
      number: "1.000",
      asVi: 1000,
      asEn: 1,
    });
  });

  test.each<[string, NumberStyle, Target]>([
    ["giảm 1.000 hộ", "vi", { kind: "decrease", value: 1000, relative: false }],
    ["giảm 1.000 hộ", "en", { kind: "decrease", value: 1, relative: false }],
    ["4.500", "vi", { kind: "at_least", value: 4500 }],
    ["4,500", "en", { kind: "at_least", value: 4500 }],
    ["1.842 tỷ đồng", "vi", { kind: "at_least", value: 1842 }],
  ])("%s in style %s", (text, style, expected) => {
    expect(read(text, style)).toStrictEqual(expected);
  });
});

type Row = [string, Target];

const AT_LEAST: Row[] = [
  ["từ 12% trở lên", { kind: "at_least", value: 12, ...pct }],
  ["12% trở lên", { kind: "at_least", value: 12, ...pct }],
  ["12 % trở lên", { kind: "at_least", value: 12, ...pct }],
  ["TỪ 12% TRỞ LÊN", { kind: "at_least", value: 12, ...pct }],
  ["tu 12% tro len", { kind: "at_least", value: 12, ...pct }],
  ["  từ   12%\u00a0trở lên ", { kind: "at_least", value: 12, ...pct }],
  ["ít nhất 97%", { kind: "at_least", value: 97, ...pct }],
  ["Ít nhất 97 %", { kind: "at_least", value: 97, ...pct }],
  ["tối thiểu 10", { kind: "at_least", value: 10 }],
  ["không dưới 10", { kind: "at_least", value: 10 }],
  ["không ít hơn 10", { kind: "at_least", value: 10 }],
  ["lớn hơn hoặc bằng 10", { kind: "at_least", value: 10 }],
  [">= 12", { kind: "at_least", value: 12 }],
  [">=12", { kind: "at_least", value: 12 }],
  ["=> 12", { kind: "at_least", value: 12 }],
  ["≥12", { kind: "at_least", value: 12 }],
  ["≥ 12%", { kind: "at_least", value: 12, ...pct }],
  ["at least 12", { kind: "at_least", value: 12 }],
  ["At Least 12%", { kind: "at_least", value: 12, ...pct }],
  ["12 or more", { kind: "at_least", value: 12 }],
  ["12% or above", { kind: "at_least", value: 12, ...pct }],
  ["min 12", { kind: "at_least", value: 12 }],
  ["minimum 12", { kind: "at_least", value: 12 }],
  ["no less than 12", { kind: "at_least", value: 12 }],
  ["12+", { kind: "at_least", value: 12 }],
  ["12", { kind: "at_least", value: 12 }],
  ["12%", { kind: "at_least", value: 12, ...pct }],
  ["12,5%", { kind: "at_least", value: 12.5, ...pct }],
  ["khoảng 12%", { kind: "at_least", value: 12, ...pct }],
  ["phấn đấu đạt 12%", { kind: "at_least", value: 12, ...pct }],
  ["8%/năm", { kind: "at_least", value: 8, ...pct }],
  ["4 500", { kind: "at_least", value: 4500 }],
  ["-5", { kind: "at_least", value: -5 }],
  ["−5%", { kind: "at_least", value: -5, ...pct }],
  ["tốc độ tăng trưởng 8%", { kind: "at_least", value: 8, ...pct }],
];

const ABOVE: Row[] = [
  ["trên 70%", { kind: "at_least", value: 70, strict: true, ...pct }],
  ["Trên 70 %", { kind: "at_least", value: 70, strict: true, ...pct }],
  ["đạt trên 95%", { kind: "at_least", value: 95, strict: true, ...pct }],
  ["> 70", { kind: "at_least", value: 70, strict: true }],
  [">70", { kind: "at_least", value: 70, strict: true }],
  ["hơn 70", { kind: "at_least", value: 70, strict: true }],
  ["cao hơn 70", { kind: "at_least", value: 70, strict: true }],
  ["more than 70", { kind: "at_least", value: 70, strict: true }],
  ["over 70", { kind: "at_least", value: 70, strict: true }],
  ["above 70%", { kind: "at_least", value: 70, strict: true, ...pct }],
  ["greater than 70", { kind: "at_least", value: 70, strict: true }],
];

const AT_MOST: Row[] = [
  ["không quá 3", { kind: "at_most", value: 3 }],
  ["Không Quá 3%", { kind: "at_most", value: 3, ...pct }],
  ["tối đa 5", { kind: "at_most", value: 5 }],
  ["<=3", { kind: "at_most", value: 3 }],
  ["<= 3", { kind: "at_most", value: 3 }],
  ["≤ 3", { kind: "at_most", value: 3 }],
  ["≤3%", { kind: "at_most", value: 3, ...pct }],
  ["không vượt quá 3", { kind: "at_most", value: 3 }],
  ["3 trở xuống", { kind: "at_most", value: 3 }],
  ["nhỏ hơn hoặc bằng 3", { kind: "at_most", value: 3 }],
  ["at most 3", { kind: "at_most", value: 3 }],
  ["no more than 3", { kind: "at_most", value: 3 }],
  ["not more than 3", { kind: "at_most", value: 3 }],
  ["up to 3", { kind: "at_most", value: 3 }],
  ["max 3", { kind: "at_most", value: 3 }],
  ["3 or less", { kind: "at_most", value: 3 }],
];

const BELOW: Row[] = [
  ["dưới 3", { kind: "at_most", value: 3, strict: true }],
  ["dưới 3%", { kind: "at_most", value: 3, strict: true, ...pct }],
  ["< 3", { kind: "at_most", value: 3, strict: true }],
  ["<3", { kind: "at_most", value: 3, strict: true }],
  ["ít hơn 3", { kind: "at_most", value: 3, strict: true }],
  ["thấp hơn 3", { kind: "at_most", value: 3, strict: true }],
  ["less than 3", { kind: "at_most", value: 3, strict: true }],
  ["below 3", { kind: "at_most", value: 3, strict: true }],
  ["under 3", { kind: "at_most", value: 3, strict: true }],
];

const RANGE: Row[] = [
  ["13-14", { kind: "range", value: 13, max: 14 }],
  ["13 – 14%", { kind: "range", value: 13, max: 14, ...pct }],
  ["13–14%", { kind: "range", value: 13, max: 14, ...pct }],
  ["13—14%", { kind: "range", value: 13, max: 14, ...pct }],
  ["13 -14", { kind: "range", value: 13, max: 14 }],
  ["13%-14%", { kind: "range", value: 13, max: 14, ...pct }],
  ["13 ÷ 14%", { kind: "range", value: 13, max: 14, ...pct }],
  ["13~14", { kind: "range", value: 13, max: 14 }],
  ["từ 13 đến 14%", { kind: "range", value: 13, max: 14, ...pct }],
  ["từ 13% đến 14%", { kind: "range", value: 13, max: 14, ...pct }],
  ["từ 13 - 14%", { kind: "range", value: 13, max: 14, ...pct }],
  ["13 đến 14", { kind: "range", value: 13, max: 14 }],
  ["13 tới 14", { kind: "range", value: 13, max: 14 }],
  ["khoảng 13-14%", { kind: "range", value: 13, max: 14, ...pct }],
  ["trong khoảng 13 - 14", { kind: "range", value: 13, max: 14 }],
  ["13 to 14", { kind: "range", value: 13, max: 14 }],
  ["from 13 to 14", { kind: "range", value: 13, max: 14 }],
  ["between 13 and 14", { kind: "range", value: 13, max: 14 }],
  ["tăng trưởng từ 13 đến 14%", { kind: "range", value: 13, max: 14, ...pct }],
  ["từ 3 tỷ đến 5 tỷ đồng", { kind: "range", value: 3, max: 5 }],
  ["12,5-13,5%", { kind: "range", value: 12.5, max: 13.5, ...pct }],
  ["từ -5 đến -3", { kind: "range", value: -5, max: -3 }],
  ["14-13", { kind: "range", value: 14, max: 13 }],
  ["từ 14 đến 13%", { kind: "range", value: 14, max: 13, ...pct }],
];

const INCREASE: Row[] = [
  ["tăng 6-8%", { kind: "increase", value: 6, max: 8, relative: true, ...pct }],
  ["tăng 6 – 8%", { kind: "increase", value: 6, max: 8, relative: true, ...pct }],
  ["tăng 5%", { kind: "increase", value: 5, relative: true, ...pct }],
  ["Tăng 5 %", { kind: "increase", value: 5, relative: true, ...pct }],
  ["tăng 200 hộ", { kind: "increase", value: 200, relative: false }],
  ["tăng 200", { kind: "increase", value: 200, relative: false }],
  ["tăng thêm 200 hộ", { kind: "increase", value: 200, relative: false }],
  ["tăng 5% trở lên", { kind: "increase", value: 5, relative: true, ...pct }],
  ["vượt 6-8%", { kind: "increase", value: 6, max: 8, relative: true, ...pct }],
  ["vượt dự toán từ 6% đến 8%", { kind: "increase", value: 6, max: 8, relative: true, ...pct }],
  ["tăng thu ngân sách 10%", { kind: "increase", value: 10, relative: true, ...pct }],
  ["increase 5%", { kind: "increase", value: 5, relative: true, ...pct }],
  ["increase by 5%", { kind: "increase", value: 5, relative: true, ...pct }],
  ["Increase 200", { kind: "increase", value: 200, relative: false }],
  ["up 5%", { kind: "increase", value: 5, relative: true, ...pct }],
  ["up 6 to 8%", { kind: "increase", value: 6, max: 8, relative: true, ...pct }],
  ["tăng 8-6%", { kind: "increase", value: 8, max: 6, relative: true, ...pct }],
];

const DECREASE: Row[] = [
  ["giảm 3-5%", { kind: "decrease", value: 3, max: 5, relative: true, ...pct }],
  ["kéo giảm 3 - 5%", { kind: "decrease", value: 3, max: 5, relative: true, ...pct }],
  ["giảm 600 hộ", { kind: "decrease", value: 600, relative: false }],
  ["giảm từ 3% đến 5%", { kind: "decrease", value: 3, max: 5, relative: true, ...pct }],
  ["Giảm 0,8%", { kind: "decrease", value: 0.8, relative: true, ...pct }],
  ["reduce 3-5%", { kind: "decrease", value: 3, max: 5, relative: true, ...pct }],
  ["reduce by 3%", { kind: "decrease", value: 3, relative: true, ...pct }],
  ["decrease 600", { kind: "decrease", value: 600, relative: false }],
  ["down 2%", { kind: "decrease", value: 2, relative: true, ...pct }],
];

const MAINTAIN: Row[] = [
  ["duy trì 100%", { kind: "maintain", value: 100, ...pct }],
  ["Duy trì 100 %", { kind: "maintain", value: 100, ...pct }],
  ["giữ vững 100%", { kind: "maintain", value: 100, ...pct }],
  ["duy trì ở mức 95%", { kind: "maintain", value: 95, ...pct }],
  ["maintain 100%", { kind: "maintain", value: 100, ...pct }],
  ["maintain 12", { kind: "maintain", value: 12 }],
];

const MILESTONE: Row[] = [
  ["hoàn thành", { kind: "milestone" }],
  ["Hoàn thành", { kind: "milestone" }],
  ["HOÀN THÀNH", { kind: "milestone" }],
  ["hoan thanh", { kind: "milestone" }],
  ["phấn đấu hoàn thành", { kind: "milestone" }],
  ["hoàn thành 3 đồ án", { kind: "milestone", value: 3 }],
  ["hoàn thành 3", { kind: "milestone", value: 3 }],
  ["đạt", { kind: "milestone" }],
  ["Đạt", { kind: "milestone" }],
  ["complete", { kind: "milestone" }],
  ["Completed", { kind: "milestone" }],
  ["done", { kind: "milestone" }],
  ["complete 3 projects", { kind: "milestone", value: 3 }],
  ["hoàn thành 100%", { kind: "at_least", value: 100, ...pct }],
];

describe.each<[string, Row[]]>([
  ["at_least", AT_LEAST],
  ["at_least strict", ABOVE],
  ["at_most", AT_MOST],
  ["at_most strict", BELOW],
  ["range", RANGE],
  ["increase", INCREASE],
  ["decrease", DECREASE],
  ["maintain", MAINTAIN],
  ["milestone", MILESTONE],
])("parseTargetText: %s", (_name, rows) => {
  test.each(rows)("%s", (text, expected) => {
    expect(read(text, "vi")).toStrictEqual(expected);
  });
});

describe("parseTargetText: what it does not read", () => {
  test.each(["", "   ", "\u00a0\t", "\u200b"])("%j is empty", (text) => {
    expect(parseTargetText(text)).toStrictEqual({ ok: false, reason: "empty" });
  });

  test.each([
    "sẽ xem xét",
    "n/a",
    "N/A",
    "???",
    "12 13",
    "12, 13",
    "23/25",
    "-",
    "x",
    "khoảng",
    "duy trì",
    "tăng",
    "không tăng 5%",
    "chưa hoàn thành",
    "tăng cường 5",
    "hoàn thành trong năm 2023",
    "Quý III/2023",
    "12 đến",
    "từ 13 đến",
    "13 - 14 - 15",
    "1.2.3,4,5",
    "#",
    "12 % %",
  ])("%j is unknown", (text) => {
    expect(parseTargetText(text)).toStrictEqual({
      ok: false,
      reason: "unknown",
      text,
    });
  });
});

const VOCABULARY = [
  "từ",
  "trở lên",
  "trở xuống",
  "ít nhất",
  "tối thiểu",
  "tối đa",
  "không",
  "quá",
  "dưới",
  "trên",
  "hơn",
  "đến",
  "tới",
  "tăng",
  "giảm",
  "kéo",
  "vượt",
  "duy trì",
  "hoàn thành",
  "đạt",
  "khoảng",
  "hộ",
  "tỷ đồng",
  "at least",
  "at most",
  "more than",
  "less than",
  "to",
  "from",
  "between",
  "and",
  "or more",
  "increase",
  "decrease",
  "maintain",
  "complete",
  "12",
  "3",
  "1.000",
  "8.664,9",
  "2,97",
  "0",
  "%",
  "-",
  "–",
  "−",
  "~",
  "÷",
  ">",
  "<",
  ">=",
  "≥",
  "≤",
  "=",
  "+",
  "/",
  ".",
  ",",
  "#",
  "\u00a0",
  " ",
];

function checkResult(parsed: ParsedTarget, text: string): void {
  if (parsed.ok) {
    expect(TARGET_KINDS).toContain(parsed.target.kind);
    for (const bound of [parsed.target.value, parsed.target.max]) {
      if (bound !== undefined) expect(Number.isFinite(bound)).toBe(true);
    }
  } else if (parsed.reason !== "empty") {
    expect(parsed.text).toBe(text);
  }
}

describe("parseTargetText: never throws", () => {
  const styles = fc.constantFrom<NumberStyle | undefined>(undefined, "vi", "en");

  test("on arbitrary strings", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 60 }), styles, (text, style) => {
        checkResult(parseTargetText(text, style), text);
      }),
      { numRuns: 500 },
    );
  });

  test("on arbitrary code units, lone surrogates included", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 60 }), styles, (text, style) => {
        checkResult(parseTargetText(text, style), text);
      }),
      { numRuns: 300 },
    );
  });

  test("on strings assembled from the vocabulary, digits and separators", () => {
    const piece = fc.oneof(
      fc.constantFrom(...VOCABULARY),
      fc.integer({ min: 0, max: 99999 }).map(String),
    );
    const joiner = fc.constantFrom(" ", "", "  ");
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), joiner, styles, (pieces, glue, style) => {
        const text = pieces.join(glue);
        checkResult(parseTargetText(text, style), text);
      }),
      { numRuns: 2000 },
    );
  });

  test("on a very long text", () => {
    const text = "tăng ".repeat(5000) + "5%";
    expect(parseTargetText(text)).toStrictEqual({
      ok: false,
      reason: "unknown",
      text,
    });
  });
});
