import type { RawCell } from "../../../src/engine/model/cell";
import {
  readNumberCell,
  type CellNumber,
  type ReadNumberOptions,
} from "../../../src/engine/numbers";

const plain: ReadNumberOptions = { unitIsPercent: false };
const percentUnit: ReadNumberOptions = { unitIsPercent: true };

describe("readNumberCell: numbers", () => {
  test.each<[string, RawCell, CellNumber]>([
    ["a number", { value: 8664.9 }, { ok: true, value: 8664.9, percentSign: false }],
    [
      "a number under #,##0",
      { value: 4500, numFmt: "#,##0" },
      { ok: true, value: 4500, percentSign: false },
    ],
    ["a negative number", { value: -5 }, { ok: true, value: -5, percentSign: false }],
    ["-0", { value: -0 }, { ok: true, value: 0, percentSign: false }],
    ["zero", { value: 0 }, { ok: true, value: 0, percentSign: false }],
    [
      "a fraction without percent format",
      { value: 0.12 },
      { ok: true, value: 0.12, percentSign: false },
    ],
    ["NaN", { value: Number.NaN }, { ok: false, reason: "not_a_number" }],
    ["Infinity", { value: Number.POSITIVE_INFINITY }, { ok: false, reason: "not_a_number" }],
  ])("%s", (_label, cell, expected) => {
    expect(readNumberCell(cell, plain)).toEqual(expected);
    expect(readNumberCell(cell, percentUnit)).toEqual(expected);
  });
});

describe("readNumberCell: percent formats", () => {
  test.each<[number, string, number]>([
    [0.12, "0%", 12],
    [0.123, "0.0%", 12.3],
    [0.0954, "0.00%", 9.54],
    [0.616, "0.0%", 61.6],
    [0.001, "0.0%", 0.1],
    [1, "0%", 100],
    [0.96, "0%", 96],
    [1.07, "0%", 107],
    [0.029, "0.0%", 2.9],
    [0.07, "0%", 7],
    [0.57, "0%", 57],
    [-0.05, "0%", -5],
    [0, "0%", 0],
    [-0, "0%", 0],
    [0.12, "0.0%;[Red]-0.0%", 12],
  ])("%p under %j is %p", (value, numFmt, expected) => {
    const cell: RawCell = { value, numFmt };
    expect(readNumberCell(cell, percentUnit)).toEqual({
      ok: true,
      value: expected,
      percentSign: true,
    });
    expect(readNumberCell(cell, plain)).toEqual({ ok: true, value: expected, percentSign: true });
  });

  test.each([
    ["a quoted %", '0" %"'],
    ["an escaped %", "0\\%"],
    ["General", "General"],
  ])("%s is not a percent format", (_label, numFmt) => {
    expect(readNumberCell({ value: 12, numFmt }, percentUnit)).toEqual({
      ok: true,
      value: 12,
      percentSign: false,
    });
  });

  test("every fraction with up to 4 decimals becomes its percentage exactly", () => {
    for (let n = -10000; n <= 10000; n += 1) {
      const result = readNumberCell({ value: n / 10000, numFmt: "0.00%" }, percentUnit);
      expect(result).toEqual({ ok: true, value: n / 100 + 0, percentSign: true });
    }
  });

  test("a value too large to show as a percentage is not a number", () => {
    expect(readNumberCell({ value: Number.MAX_VALUE, numFmt: "0%" }, percentUnit)).toEqual({
      ok: false,
      reason: "not_a_number",
    });
  });
});

describe("readNumberCell: text", () => {
  test.each<[string, ReadNumberOptions, CellNumber]>([
    ["8.664,9", plain, { ok: true, value: 8664.9, percentSign: false, style: "vi" }],
    ["12%", percentUnit, { ok: true, value: 12, percentSign: true }],
    ["12%", plain, { ok: true, value: 12, percentSign: true }],
    ["9,54%", percentUnit, { ok: true, value: 9.54, percentSign: true, style: "vi" }],
    ["8\u00a0664,9", plain, { ok: true, value: 8664.9, percentSign: false, style: "vi" }],
    ["\u00a04\u202f500\u00a0", plain, { ok: true, value: 4500, percentSign: false }],
    ["50.068", plain, { ok: false, reason: "ambiguous", asVi: 50068, asEn: 50.068 }],
    [
      "50.068",
      { unitIsPercent: false, style: "vi" },
      { ok: true, value: 50068, percentSign: false },
    ],
    [
      "50.068",
      { unitIsPercent: false, style: "en" },
      { ok: true, value: 50.068, percentSign: false },
    ],
    ["(5)", plain, { ok: true, value: -5, percentSign: false }],
    ["hoàn thành", plain, { ok: false, reason: "not_a_number" }],
    ["", plain, { ok: false, reason: "empty" }],
    ["   ", plain, { ok: false, reason: "empty" }],
    ["\u00a0", plain, { ok: false, reason: "empty" }],
  ])("%j", (value, options, expected) => {
    expect(readNumberCell({ value }, options)).toEqual(expected);
  });

  test("a percent format does not change text", () => {
    expect(readNumberCell({ value: "12", numFmt: "0%" }, percentUnit)).toEqual({
      ok: true,
      value: 12,
      percentSign: false,
    });
  });
});

describe("readNumberCell: errors, booleans and blanks", () => {
  test.each(["#REF!", "#DIV/0!", "#VALUE!", "#N/A", "#NAME?", "#NUM!", "#NULL!", "#SPILL!"])(
    "%s as an error value and as text",
    (error) => {
      const expected: CellNumber = { ok: false, reason: "excel_error", error };
      expect(readNumberCell({ value: { error } }, plain)).toEqual(expected);
      expect(readNumberCell({ value: error }, plain)).toEqual(expected);
      expect(readNumberCell({ value: ` ${error.toLowerCase()} ` }, plain)).toEqual(expected);
      expect(readNumberCell({ value: { error }, numFmt: "0%" }, percentUnit)).toEqual(expected);
    },
  );

  test("an error value a host does not list is still an error", () => {
    expect(readNumberCell({ value: { error: "#PYTHON!" } }, plain)).toEqual({
      ok: false,
      reason: "excel_error",
      error: "#PYTHON!",
    });
  });

  test.each([true, false])("boolean %p", (value) => {
    expect(readNumberCell({ value }, plain)).toEqual({ ok: false, reason: "boolean" });
    expect(readNumberCell({ value, numFmt: "0%" }, percentUnit)).toEqual({
      ok: false,
      reason: "boolean",
    });
  });

  test.each<[string, RawCell | undefined]>([
    ["no cell", undefined],
    ["null", { value: null }],
    ["null with a format", { value: null, numFmt: "0%", address: "I12" }],
  ])("%s is empty", (_label, cell) => {
    expect(readNumberCell(cell, plain)).toEqual({ ok: false, reason: "empty" });
  });
});
