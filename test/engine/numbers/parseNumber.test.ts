import fc from "fast-check";
import { parseNumberText, type NumberStyle } from "../../../src/engine/numbers";

type Proven = NumberStyle | undefined;

describe("parseNumberText: figures from the seed articles", () => {
  test.each<[string, string, number, boolean, Proven]>([
    ["Thu NSNN trên địa bàn", "8.664,9", 8664.9, false, "vi"],
    ["Chi cân đối NSNN địa phương", "1.130,756", 1130.756, false, "vi"],
    ["Tỷ lệ sinh con thứ 3 trở lên", "2,97", 2.97, false, "vi"],
    ["Thương mại, dịch vụ", "61,6%", 61.6, true, "vi"],
    ["tăng so với cùng kỳ", "9,54%", 9.54, true, "vi"],
    ["nông nghiệp", "0,1%", 0.1, true, "vi"],
    ["hoàn thành dự toán", "100%", 100, true, undefined],
    ["bằng dự toán", "96%", 96, true, undefined],
  ])("%s: %j", (_label, text, value, percentSign, style) => {
    const parsed = parseNumberText(text);
    expect(parsed).toEqual(
      style === undefined
        ? { ok: true, value, percentSign }
        : { ok: true, value, percentSign, style },
    );
  });

  test.each<[string, string, number, number]>([
    ["tổng giá trị sản xuất (tỷ đồng)", "50.068", 50.068, 50068],
    ["doanh nghiệp đang hoạt động", "18.574", 18.574, 18574],
    ["lao động được tạo việc làm", "4.500", 4.5, 4500],
    ["tổng chi ngân sách (tỷ đồng)", "1.842", 1.842, 1842],
    ["dự toán thu (tỷ đồng)", "4.435", 4.435, 4435],
  ])("%s: %j is ambiguous until a style settles it", (_label, text, asEn, asVi) => {
    expect(parseNumberText(text)).toEqual({ ok: false, reason: "ambiguous", asVi, asEn });
    expect(parseNumberText(text, "vi")).toEqual({ ok: true, value: asVi, percentSign: false });
    expect(parseNumberText(text, "en")).toEqual({ ok: true, value: asEn, percentSign: false });
  });
});

describe("parseNumberText: unambiguous numbers", () => {
  test.each<[string, number, boolean, Proven]>([
    // Vietnamese style
    ["8.664,9", 8664.9, false, "vi"],
    ["1.130,756", 1130.756, false, "vi"],
    ["2,97", 2.97, false, "vi"],
    ["3.000.000", 3000000, false, "vi"],
    ["1.234.567,5", 1234567.5, false, "vi"],
    ["1234,567", 1234.567, false, "vi"],
    ["0,368", 0.368, false, "vi"],
    ["00,368", 0.368, false, "vi"],
    [",5", 0.5, false, "vi"],
    // English style
    ["8,664.9", 8664.9, false, "en"],
    ["1,234,567", 1234567, false, "en"],
    ["1,234,567.25", 1234567.25, false, "en"],
    ["0.368", 0.368, false, "en"],
    ["61.6", 61.6, false, "en"],
    ["1234.567", 1234.567, false, "en"],
    [".5", 0.5, false, "en"],
    // no separator: no style
    ["4500", 4500, false, undefined],
    ["0", 0, false, undefined],
    ["007", 7, false, undefined],
    ["+5", 5, false, undefined],
    ["-5", -5, false, undefined],
    ["\u22125", -5, false, undefined],
    ["\u20135", -5, false, undefined],
    ["- 5", -5, false, undefined],
    ["-8.664,9", -8664.9, false, "vi"],
    ["\u22122,97", -2.97, false, "vi"],
    // accounting negatives
    ["(5)", -5, false, undefined],
    ["( 5 )", -5, false, undefined],
    ["(1.130,756)", -1130.756, false, "vi"],
    ["(5%)", -5, true, undefined],
    ["(5)%", -5, true, undefined],
    // percent signs: the number shown, not divided by 100
    ["12%", 12, true, undefined],
    ["12 %", 12, true, undefined],
    ["12,5%", 12.5, true, "vi"],
    ["12.5%", 12.5, true, "en"],
    ["-3%", -3, true, undefined],
    ["12\u00a0%", 12, true, undefined],
    ["12\uff05", 12, true, undefined],
    // spaces of every kind, as thousands separators too
    ["8 664,9", 8664.9, false, "vi"],
    ["8\u00a0664,9", 8664.9, false, "vi"],
    ["8\u202f664,9", 8664.9, false, "vi"],
    ["4 500", 4500, false, undefined],
    ["4\u00a0500", 4500, false, undefined],
    ["1 234 567", 1234567, false, undefined],
    ["1 234 567.5", 1234567.5, false, "en"],
    ["1 234,567", 1234.567, false, "vi"],
    ["  42  ", 42, false, undefined],
    ["\u00a0\t42\n", 42, false, undefined],
    ["\u00a08.664,9\u202f", 8664.9, false, "vi"],
    // exponent notation as Excel shows it: the mantissa's separator is decimal
    ["1.5E3", 1500, false, "en"],
    ["1,5E+03", 1500, false, "vi"],
    ["2E5", 200000, false, undefined],
    ["1.23457E-05", 0.0000123457, false, "en"],
    ["-1,5e3", -1500, false, "vi"],
    // -0 is 0
    ["-0", 0, false, undefined],
    ["(0)", 0, false, undefined],
  ])("%j → %p", (text, value, percentSign, style) => {
    const parsed = parseNumberText(text);
    expect(parsed).toEqual(
      style === undefined
        ? { ok: true, value, percentSign }
        : { ok: true, value, percentSign, style },
    );
    if (parsed.ok) expect(Object.is(parsed.value, -0)).toBe(false);
  });

  test.each<[string, NumberStyle, number, NumberStyle]>([
    ["2,97", "en", 2.97, "vi"],
    ["8.664,9", "en", 8664.9, "vi"],
    ["8,664.9", "vi", 8664.9, "en"],
    ["3.000.000", "en", 3000000, "vi"],
    ["1,234,567", "vi", 1234567, "en"],
    ["0.368", "vi", 0.368, "en"],
  ])(
    "%j under style %s is still read its own way (%p, proves %s)",
    (text, style, value, proven) => {
      expect(parseNumberText(text, style)).toEqual({
        ok: true,
        value,
        percentSign: false,
        style: proven,
      });
    },
  );
});

describe("parseNumberText: a lone separator before exactly three digits", () => {
  test.each<[string, number, number]>([
    ["49,368", 49.368, 49368],
    ["49.368", 49368, 49.368],
    ["50.068", 50068, 50.068],
    ["1.000", 1000, 1],
    ["1,000", 1, 1000],
    ["999.999", 999999, 999.999],
    ["-49,368", -49.368, -49368],
    ["(50.068)", -50068, -50.068],
  ])("%j is ambiguous: vi %p, en %p", (text, asVi, asEn) => {
    expect(parseNumberText(text)).toEqual({ ok: false, reason: "ambiguous", asVi, asEn });
    expect(parseNumberText(text, "vi")).toEqual({ ok: true, value: asVi, percentSign: false });
    expect(parseNumberText(text, "en")).toEqual({ ok: true, value: asEn, percentSign: false });
  });

  test("the percent sign is kept once a style settles it", () => {
    expect(parseNumberText("49,368%")).toEqual({
      ok: false,
      reason: "ambiguous",
      asVi: 49.368,
      asEn: 49368,
    });
    expect(parseNumberText("49,368%", "vi")).toEqual({
      ok: true,
      value: 49.368,
      percentSign: true,
    });
  });
});

describe("parseNumberText: not numbers", () => {
  test.each([
    "abc",
    "12 tỷ",
    "1.842 tỷ đồng",
    "1.2.3,4,5",
    "1,23,456",
    "1.23.456",
    "12,34,567.8",
    "1,234.567,8",
    "0.123.456",
    "1.234,567.8",
    "--5",
    "5-",
    "+-5",
    "-(5)",
    "(-5)",
    "(5",
    "5)",
    "5.",
    "5,",
    "1..2",
    "1.,2",
    "%",
    "-",
    "()",
    "5%%",
    "(5%)%",
    "12 34",
    "0 500",
    "1 2345",
    "4 500.000,5",
    "1E",
    "E5",
    "1E999",
    "-1e999",
    "1.000E5.5",
    "Infinity",
    "NaN",
    "0x10",
    "1_000",
    "#DIV/0!",
    "13-14",
    "3–5%",
    "１２",
    "9".repeat(400),
  ])("%j", (text) => {
    expect(parseNumberText(text)).toEqual({ ok: false, reason: "not_a_number" });
    expect(parseNumberText(text, "vi")).toEqual({ ok: false, reason: "not_a_number" });
  });

  test.each(["", " ", "   ", "\u00a0", "\u202f\t\n", "\u200b"])("%j is empty", (text) => {
    expect(parseNumberText(text)).toEqual({ ok: false, reason: "empty" });
  });
});

describe("parseNumberText: properties", () => {
  const checkTotal = (text: string): void => {
    const parsed = parseNumberText(text);
    if (parsed.ok) expect(Number.isFinite(parsed.value)).toBe(true);
    if (!parsed.ok && parsed.reason === "ambiguous") {
      expect(Number.isFinite(parsed.asVi)).toBe(true);
      expect(Number.isFinite(parsed.asEn)).toBe(true);
    }
    for (const style of ["vi", "en"] as const) {
      const settled = parseNumberText(text, style);
      expect(settled.ok === false && settled.reason === "ambiguous").toBe(false);
      if (settled.ok) expect(Number.isFinite(settled.value)).toBe(true);
    }
  };

  const numberish = fc
    .array(
      fc.constantFrom(
        ..."0123456789".split(""),
        ".",
        ",",
        " ",
        "\u00a0",
        "\u202f",
        "-",
        "+",
        "\u2212",
        "\u2013",
        "(",
        ")",
        "%",
        "e",
        "E",
      ),
      { maxLength: 24 },
    )
    .map((chars) => chars.join(""));

  test("never throws on arbitrary strings and never returns a non-finite value", () => {
    fc.assert(fc.property(fc.string(), checkTotal), { numRuns: 2000 });
  });

  test("never throws on arbitrary Unicode", () => {
    fc.assert(fc.property(fc.string({ unit: "binary", maxLength: 40 }), checkTotal), {
      numRuns: 2000,
    });
  });

  test("never throws on strings of digits, separators, spaces and signs", () => {
    fc.assert(fc.property(numberish, checkTotal), { numRuns: 5000 });
  });

  test("an ambiguous text settled by a style gives that style's reading", () => {
    fc.assert(
      fc.property(numberish, (text) => {
        const parsed = parseNumberText(text);
        if (parsed.ok || parsed.reason !== "ambiguous") return;
        expect(parseNumberText(text, "vi")).toMatchObject({ ok: true, value: parsed.asVi });
        expect(parseNumberText(text, "en")).toMatchObject({ ok: true, value: parsed.asEn });
      }),
      { numRuns: 5000 },
    );
  });

  test("a text that proves a style reads the same whatever style is passed", () => {
    fc.assert(
      fc.property(numberish, (text) => {
        const parsed = parseNumberText(text);
        if (!parsed.ok || parsed.style === undefined) return;
        expect(parseNumberText(text, "vi")).toEqual(parsed);
        expect(parseNumberText(text, "en")).toEqual(parsed);
      }),
      { numRuns: 5000 },
    );
  });
});
