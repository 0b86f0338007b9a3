import fc from "fast-check";
import { formatNumber, parseNumberText, type NumberStyle } from "../../../src/engine/numbers";

describe("formatNumber", () => {
  test.each<[number, string, string]>([
    [8664.9, "8.664,9", "8,664.9"],
    [1130.756, "1.130,756", "1,130.756"],
    [2.97, "2,97", "2.97"],
    [50068, "50.068", "50,068"],
    [4500, "4.500", "4,500"],
    [1842, "1.842", "1,842"],
    [999, "999", "999"],
    [1000, "1.000", "1,000"],
    [3000000, "3.000.000", "3,000,000"],
    [1234567.5, "1.234.567,5", "1,234,567.5"],
    [-5, "-5", "-5"],
    [-8664.9, "-8.664,9", "-8,664.9"],
    [0.1, "0,1", "0.1"],
    [0, "0", "0"],
    [-0, "0", "0"],
    [12.5, "12,5", "12.5"],
    [1.23456, "1,235", "1.235"],
    [0.0005, "0,001", "0.001"],
    [-0.0004, "0", "0"],
    [999.9996, "1.000", "1,000"],
    [1e21, "1.000.000.000.000.000.000.000", "1,000,000,000,000,000,000,000"],
  ])("%p → vi %j, en %j", (value, vi, en) => {
    expect(formatNumber(value, "vi")).toBe(vi);
    expect(formatNumber(value, "en")).toBe(en);
  });

  test.each<[number, number, string]>([
    [8664.94, 1, "8.664,9"],
    [8664.96, 1, "8.665"],
    [2.5, 0, "3"],
    [-2.5, 0, "-3"],
    [1.130756, 6, "1,130756"],
    [1.5, -1, "2"],
    [1.23456, Number.NaN, "1,235"],
    [1.25, 1.9, "1,3"],
    [1.005, 2, "1,01"],
    [1e-7, 7, "0,0000001"],
    [1.5e-7, 3, "0"],
    [-1.5e-7, 3, "0"],
    [0.95, 0, "1"],
  ])("%p with maxDecimals %p → %j", (value, maxDecimals, vi) => {
    expect(formatNumber(value, "vi", maxDecimals)).toBe(vi);
  });

  test.each<[number, string]>([
    [Number.NaN, "NaN"],
    [Number.POSITIVE_INFINITY, "∞"],
    [Number.NEGATIVE_INFINITY, "-∞"],
  ])("non-finite %p → %j, which does not parse", (value, text) => {
    expect(formatNumber(value, "vi")).toBe(text);
    expect(parseNumberText(text, "vi").ok).toBe(false);
  });

  test("never uses non-breaking spaces or a Unicode minus", () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true }), fc.constantFrom<NumberStyle>("vi", "en"), (x, s) => {
        expect(formatNumber(x, s)).toMatch(/^-?(\d[\d.,]*|∞)$/);
      }),
    );
  });

  test("agrees with Intl.NumberFormat where Node has the locale data", () => {
    const locales: Record<NumberStyle, string> = { vi: "vi-VN", en: "en-US" };
    for (const style of ["vi", "en"] as const) {
      const intl = new Intl.NumberFormat(locales[style], { maximumFractionDigits: 3 });
      if (intl.resolvedOptions().locale !== locales[style]) continue;
      fc.assert(
        fc.property(fc.double({ noNaN: true, min: -1e15, max: 1e15 }), (x) => {
          const intlText = intl.format(x);
          if (/^-0$/.test(intlText)) return;
          expect(formatNumber(x, style)).toBe(intlText);
        }),
        { numRuns: 2000 },
      );
    }
  });
});

describe("formatNumber round-trips through parseNumberText", () => {
  const styles = fc.constantFrom<NumberStyle>("vi", "en");

  const roundTrips = (x: number, style: NumberStyle): void => {
    const parsed = parseNumberText(formatNumber(x, style), style);
    expect(parsed.ok).toBe(true);
    if (parsed.ok) expect(parsed.value).toBe(x + 0);
  };

  test.each<[number, NumberStyle]>([
    [50068, "vi"],
    [50.068, "vi"],
    [50068, "en"],
    [50.068, "en"],
    [-0, "vi"],
    [0.368, "vi"],
    [Number.MAX_SAFE_INTEGER, "vi"],
    [Number.MAX_VALUE, "en"],
  ])("%p in %s", (x, style) => roundTrips(x, style));

  test("integers", () => {
    fc.assert(fc.property(fc.integer(), styles, roundTrips), { numRuns: 2000 });
    fc.assert(fc.property(fc.maxSafeInteger(), styles, roundTrips), { numRuns: 2000 });
  });

  test("numbers with up to 3 decimals", () => {
    const threeDecimals = fc
      .double({ noNaN: true, noDefaultInfinity: true, min: -1e12, max: 1e12 })
      .map((x) => Math.round(x * 1000) / 1000);
    fc.assert(fc.property(threeDecimals, styles, roundTrips), { numRuns: 5000 });
  });

  test("small numbers with up to 3 decimals", () => {
    const small = fc.integer({ min: -10_000_000, max: 10_000_000 }).map((n) => n / 1000);
    fc.assert(fc.property(small, styles, roundTrips), { numRuns: 5000 });
  });

  test("any finite double reads back as the rounded figure shown", () => {
    fc.assert(
      fc.property(
        fc.double({ noNaN: true, noDefaultInfinity: true }),
        styles,
        fc.integer({ min: 0, max: 6 }),
        (x, style, decimals) => {
          const text = formatNumber(x, style, decimals);
          const parsed = parseNumberText(text, style);
          expect(parsed.ok).toBe(true);
          if (parsed.ok) expect(formatNumber(parsed.value, style, decimals)).toBe(text);
        },
      ),
      { numRuns: 3000 },
    );
  });
});
