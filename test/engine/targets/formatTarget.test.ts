import fc from "fast-check";
import type { Target } from "../../../src/engine/model/target";
import type { NumberStyle } from "../../../src/engine/numbers/parseNumber";
import { formatTarget } from "../../../src/engine/targets/formatTarget";
import { parseTargetText } from "../../../src/engine/targets/parseTarget";
import { targetArbitrary } from "./targetArbitrary";

const pct = { percentSign: true } as const;

describe("formatTarget", () => {
  test.each<[Target, string, string]>([
    [{ kind: "at_least", value: 12, ...pct }, "từ 12% trở lên", "at least 12%"],
    [{ kind: "at_least", value: 70, strict: true, ...pct }, "trên 70%", "more than 70%"],
    [{ kind: "at_most", value: 3 }, "không quá 3", "at most 3"],
    [{ kind: "at_most", value: 3, strict: true }, "dưới 3", "less than 3"],
    [{ kind: "range", value: 13, max: 14, ...pct }, "13–14%", "13–14%"],
    [{ kind: "range", value: -5, max: -3 }, "từ -5 đến -3", "from -5 to -3"],
    [{ kind: "range", value: -5, max: 3, ...pct }, "từ -5% đến 3%", "from -5% to 3%"],
    [{ kind: "decrease", value: 3, max: 5, relative: true, ...pct }, "giảm 3–5%", "decrease 3–5%"],
    [{ kind: "decrease", value: 600, relative: false }, "giảm 600", "decrease 600"],
    [{ kind: "increase", value: 6, max: 8, relative: true, ...pct }, "tăng 6–8%", "increase 6–8%"],
    [{ kind: "increase", value: 5, relative: true }, "tăng 5%", "increase 5%"],
    [{ kind: "maintain", value: 100, ...pct }, "duy trì 100%", "maintain 100%"],
    [{ kind: "milestone" }, "hoàn thành", "complete"],
    [{ kind: "milestone", value: 3 }, "hoàn thành 3", "complete 3"],
    [{ kind: "at_least", value: 8664.9 }, "từ 8.664,9 trở lên", "at least 8,664.9"],
    [{ kind: "at_least", value: 2.97, ...pct }, "từ 2,97% trở lên", "at least 2.97%"],
    [{ kind: "decrease", value: 1000, relative: false }, "giảm 1.000", "decrease 1,000"],
    [{ kind: "at_least" }, "tối thiểu", "at least"],
    [{ kind: "range", value: 13 }, "13–13", "13–13"],
  ])("%j", (target, vi, en) => {
    expect(formatTarget(target, "vi")).toBe(vi);
    expect(formatTarget(target, "en")).toBe(en);
  });

  test("the number style can differ from the language", () => {
    expect(formatTarget({ kind: "at_least", value: 8664.9 }, "vi", "en")).toBe(
      "từ 8,664.9 trở lên",
    );
    expect(formatTarget({ kind: "at_least", value: 8664.9 }, "en", "vi")).toBe("at least 8.664,9");
  });

  test("a milestone with a % sign reads back as at_least (documented exception)", () => {
    const text = formatTarget({ kind: "milestone", value: 100, ...pct }, "vi");
    expect(text).toBe("hoàn thành 100%");
    expect(parseTargetText(text)).toStrictEqual({
      ok: true,
      target: { kind: "at_least", value: 100, ...pct },
    });
  });

  const languages = ["vi", "en"] as const;
  const styles: NumberStyle[] = ["vi", "en"];

  describe.each(languages)("round trip in %s", (lang) => {
    test.each(styles)("style %s", (style) => {
      fc.assert(
        fc.property(targetArbitrary, (target) => {
          const text = formatTarget(target, lang, style);
          expect(parseTargetText(text, style)).toStrictEqual({
            ok: true,
            target,
          });
        }),
        { numRuns: 1000 },
      );
    });

    test("default style", () => {
      fc.assert(
        fc.property(targetArbitrary, (target) => {
          const text = formatTarget(target, lang);
          expect(parseTargetText(text, lang)).toStrictEqual({
            ok: true,
            target,
          });
        }),
        { numRuns: 500 },
      );
    });
  });
});
