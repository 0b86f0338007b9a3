import { evaluateIndicator } from "../../../src/engine/evaluate/evaluateIndicator";
import { evaluationOptions } from "../../../src/engine/evaluate/options";
import type { ActualValue, Indicator } from "../../../src/engine/model/indicator";
import type { PeriodId } from "../../../src/engine/model/period";
import type { StatusId } from "../../../src/engine/model/status";
import type { Target } from "../../../src/engine/model/target";

const num = (value: number): ActualValue => ({ kind: "number", value });
const done: ActualValue = { kind: "milestone", state: "done" };
const inProgress: ActualValue = { kind: "milestone", state: "in_progress" };
const notDone: ActualValue = { kind: "milestone", state: "not_done" };

function indicator(
  target: Target,
  actual?: ActualValue,
  extra: Partial<Indicator> = {},
): Indicator {
  return {
    name: "Chỉ tiêu thử",
    target,
    cumulative: false,
    cells: { target: "F5", actual: "H5", baseline: "E5", forecast: "I5" },
    sheet: "Kế hoạch",
    ...(actual ? { actual } : {}),
    ...extra,
  };
}

const atLeast12: Target = { kind: "at_least", value: 12, percentSign: true };
const atLeast97: Target = { kind: "at_least", value: 97, percentSign: true };
const above70: Target = { kind: "at_least", value: 70, strict: true, percentSign: true };
const atMost3: Target = { kind: "at_most", value: 3 };
const below3: Target = { kind: "at_most", value: 3, strict: true };
const range13to14: Target = { kind: "range", value: 13, max: 14, percentSign: true };
const reduce3to5pct: Target = {
  kind: "decrease",
  value: 3,
  max: 5,
  relative: true,
  percentSign: true,
};
const raise6to8pct: Target = {
  kind: "increase",
  value: 6,
  max: 8,
  relative: true,
  percentSign: true,
};
const reduce600: Target = { kind: "decrease", value: 600, relative: false };
const keep100: Target = { kind: "maintain", value: 100, percentSign: true };
const complete: Target = { kind: "milestone" };
const threePlans: Target = { kind: "milestone", value: 3 };
const jobs4500: Target = { kind: "at_least", value: 4500 };

describe("year-end judgement against the seeds' targets", () => {
  test.each<[string, Target, ActualValue, number | undefined, StatusId]>([
    ["growth 'từ 12% trở lên' reached exactly", atLeast12, num(12), undefined, "achieved"],
    ["growth 12,5% beats 'từ 12% trở lên'", atLeast12, num(12.5), undefined, "exceeded"],
    ["growth 11% misses 12%", atLeast12, num(11), undefined, "not_achieved"],
    ["disbursement 97% meets 'ít nhất 97%'", atLeast97, num(97), undefined, "achieved"],
    ["disbursement 95% misses 97%", atLeast97, num(95), undefined, "not_achieved"],
    ["clearance exactly 70% misses 'trên 70%'", above70, num(70), undefined, "not_achieved"],
    ["clearance 72% beats 'trên 70%'", above70, num(72), undefined, "exceeded"],
    ["3 within 'không quá 3'", atMost3, num(3), undefined, "achieved"],
    ["2 better than 'không quá 3'", atMost3, num(2), undefined, "exceeded"],
    ["3,2 breaks 'không quá 3'", atMost3, num(3.2), undefined, "not_achieved"],
    ["3 breaks 'dưới 3'", below3, num(3), undefined, "not_achieved"],
    ["13,5% inside '13-14%'", range13to14, num(13.5), undefined, "achieved"],
    ["14,2% above '13-14%'", range13to14, num(14.2), undefined, "exceeded"],
    ["12,9% below '13-14%'", range13to14, num(12.9), undefined, "not_achieved"],
    ["crime 194 from 200 is 'giảm 3%'", reduce3to5pct, num(194), 200, "achieved"],
    ["crime 188 from 200 beats 'giảm 3-5%'", reduce3to5pct, num(188), 200, "exceeded"],
    ["crime 196 from 200 misses 'giảm 3-5%'", reduce3to5pct, num(196), 200, "not_achieved"],
    ["revenue 1.070 from 1.000 meets 'tăng 6-8%'", raise6to8pct, num(1070), 1000, "achieved"],
    ["revenue 1.090 from 1.000 beats 'tăng 6-8%'", raise6to8pct, num(1090), 1000, "exceeded"],
    ["revenue 1.050 from 1.000 misses 'tăng 6-8%'", raise6to8pct, num(1050), 1000, "not_achieved"],
    [
      "poor households 1.400 from 2.000 meets 'giảm 600 hộ'",
      reduce600,
      num(1400),
      2000,
      "achieved",
    ],
    [
      "poor households 1.300 from 2.000 beats 'giảm 600 hộ'",
      reduce600,
      num(1300),
      2000,
      "exceeded",
    ],
    [
      "poor households 1.500 from 2.000 misses 'giảm 600 hộ'",
      reduce600,
      num(1500),
      2000,
      "not_achieved",
    ],
    ["100% wards keep 'duy trì 100%'", keep100, num(100), undefined, "achieved"],
    ["99% fails 'duy trì 100%'", keep100, num(99), undefined, "not_achieved"],
    ["'Hoàn thành' done", complete, done, undefined, "achieved"],
    ["'Đang thực hiện' at year end", complete, inProgress, undefined, "not_achieved"],
    ["3 of 'hoàn thành 3 đồ án'", threePlans, num(3), undefined, "achieved"],
    ["2 of 'hoàn thành 3 đồ án'", threePlans, num(2), undefined, "not_achieved"],
    ["4 of 'hoàn thành 3 đồ án'", threePlans, num(4), undefined, "exceeded"],
    [
      "floating sum 0,1 + 0,2 meets 0,3",
      { kind: "at_least", value: 0.3 },
      num(0.1 + 0.2),
      undefined,
      "achieved",
    ],
  ])("%s", (_label, target, actual, baseline, expected) => {
    const extra = baseline === undefined ? {} : { baseline };
    const result = evaluateIndicator(indicator(target, actual, extra), evaluationOptions());
    expect(result.status).toBe(expected);
    expect(result.findings).toEqual([]);
  });
});

describe("mid-year pacing of cumulative indicators (4.500 jobs a year)", () => {
  test.each<[PeriodId, number, number | undefined, StatusId]>([
    ["6m", 2300, undefined, "on_track"],
    ["6m", 2250, undefined, "on_track"],
    ["6m", 2100, undefined, "at_risk"],
    ["6m", 2025, undefined, "at_risk"],
    ["6m", 1900, undefined, "lagging"],
    ["6m", 2100, 0.05, "lagging"],
    ["6m", 2150, 0.05, "at_risk"],
    ["q1", 1125, undefined, "on_track"],
    ["q1", 900, undefined, "lagging"],
    ["9m", 3400, undefined, "on_track"],
    ["9m", 3100, undefined, "at_risk"],
    ["q1", 4600, undefined, "exceeded"],
    ["6m", 4500, undefined, "achieved"],
    ["year", 4400, undefined, "not_achieved"],
  ])("%s: %d jobs (tolerance %p)", (period, actual, tolerance, expected) => {
    const options = evaluationOptions({
      period,
      ...(tolerance === undefined ? {} : { atRiskTolerance: tolerance }),
    });
    const result = evaluateIndicator(
      indicator(jobs4500, num(actual), { cumulative: true }),
      options,
    );
    expect(result.status).toBe(expected);
  });

  test("a rate exactly 10% short of its target is at risk, whatever binary makes of 17,6 × 0,9", () => {
    const rate: Target = { kind: "at_least", value: 17.6, percentSign: true };
    const judge = (actual: number) =>
      evaluateIndicator(indicator(rate, num(actual)), evaluationOptions({ period: "6m" })).status;
    // 17,6 − 1,76 is 15.840000000000002 in binary: without slack 15,84 would be lagging.
    expect(17.6 - 17.6 * 0.1).toBeGreaterThan(15.84);
    expect(judge(15.84)).toBe("at_risk");
    expect(judge(15.83)).toBe("lagging");
  });

  test("a lower-is-better cumulative count is paced too (crimes 'không quá 100' a year)", () => {
    const cap: Target = { kind: "at_most", value: 100 };
    const judge = (actual: number) =>
      evaluateIndicator(
        indicator(cap, num(actual), { cumulative: true }),
        evaluationOptions({ period: "6m" }),
      ).status;
    expect(judge(48)).toBe("on_track");
    expect(judge(54)).toBe("at_risk");
    expect(judge(60)).toBe("lagging");
  });
});

describe("mid-year judgement of levels and milestones", () => {
  test.each<[string, Target, ActualValue, StatusId]>([
    ["coverage 94% already meets 93,5%", { kind: "at_least", value: 93.5 }, num(94), "on_track"],
    ["coverage 90% within 10% of 93,5%", { kind: "at_least", value: 93.5 }, num(90), "at_risk"],
    ["coverage 80% far below 93,5%", { kind: "at_least", value: 93.5 }, num(80), "lagging"],
    ["birth rate 2,9 under 'không quá 3'", atMost3, num(2.9), "on_track"],
    // A ceiling already passed is not met, never "behind pace" beside a % KH over 100.
    ["birth rate 3,2 just above 'không quá 3'", atMost3, num(3.2), "not_achieved"],
    ["birth rate 4 far above 'không quá 3'", atMost3, num(4), "not_achieved"],
    ["a milestone done mid-year", complete, done, "achieved"],
    ["a milestone in progress mid-year", complete, inProgress, "on_track"],
    ["a milestone not started mid-year", complete, notDone, "lagging"],
  ])("%s", (_label, target, actual, expected) => {
    const result = evaluateIndicator(
      indicator(target, actual),
      evaluationOptions({ period: "6m" }),
    );
    expect(result.status).toBe(expected);
  });
});

describe("% KH", () => {
  test.each<[string, Target, ActualValue, number | undefined, number | undefined]>([
    [
      "Thu NSNN 8.700 against 8.664,9 tỷ",
      { kind: "at_least", value: 8664.9 },
      num(8700),
      undefined,
      100.405,
    ],
    ["growth 13,5 against 13-14%", range13to14, num(13.5), undefined, 103.846],
    ["crime 194 against the level 'giảm 3%' of 200", reduce3to5pct, num(194), 200, 100],
    ["a finished milestone", complete, done, undefined, 100],
    ["a milestone in progress has none", complete, inProgress, undefined, undefined],
    ["a zero target has none", { kind: "at_most", value: 0 }, num(0), undefined, undefined],
  ])("%s", (_label, target, actual, baseline, expected) => {
    const extra = baseline === undefined ? {} : { baseline };
    const result = evaluateIndicator(indicator(target, actual, extra), evaluationOptions());
    if (expected === undefined) expect(result.percent).toBeUndefined();
    else expect(result.percent).toBeCloseTo(expected, 3);
  });
});

describe("forecast beside the actual", () => {
  test("mid-year: the actual is paced, the estimate judged as at year end", () => {
    const ind = indicator(jobs4500, num(2300), { cumulative: true, forecast: num(4400) });
    const result = evaluateIndicator(ind, evaluationOptions({ period: "6m" }));
    expect(result.status).toBe("on_track");
    expect(result.forecastStatus).toBe("not_achieved");
    expect(result.forecastPercent).toBeCloseTo(97.78, 2);
  });

  test("at year end without an actual the estimate is judged, and the report says so", () => {
    const ind = indicator(jobs4500, undefined, { cumulative: true, forecast: num(4600) });
    const result = evaluateIndicator(ind, evaluationOptions());
    expect(result.status).toBe("exceeded");
    expect(result.findings).toEqual([
      expect.objectContaining({
        rule: "judged_on_forecast",
        severity: "info",
        sheet: "Kế hoạch",
        cell: "I5",
      }),
    ]);
  });

  test("mid-year without an actual the status is missing though the estimate is judged", () => {
    const ind = indicator(jobs4500, undefined, { cumulative: true, forecast: num(4600) });
    const result = evaluateIndicator(ind, evaluationOptions({ period: "9m" }));
    expect(result.status).toBe("missing");
    expect(result.forecastStatus).toBe("exceeded");
  });
});

describe("what cannot be judged", () => {
  test("no actual: missing, with a finding at the actual cell", () => {
    const result = evaluateIndicator(indicator(atLeast12), evaluationOptions());
    expect(result.status).toBe("missing");
    expect(result.findings).toEqual([
      expect.objectContaining({ rule: "missing_actual", severity: "warning", cell: "H5" }),
    ]);
  });

  test("no target: not judged, set apart as 'Không giao kế hoạch', never met", () => {
    const ind: Indicator = {
      name: "Tỷ lệ bao phủ BHYT",
      cumulative: false,
      cells: { target: "F9" },
      actual: num(93),
      noPlan: true,
    };
    const result = evaluateIndicator(ind, evaluationOptions());
    expect(result.status).toBe("no_target");
    expect(result.percent).toBeUndefined();
    expect(result.findings).toEqual([]);
  });

  test("'giảm 3-5%' without last year's figure: missing baseline", () => {
    const result = evaluateIndicator(indicator(reduce3to5pct, num(190)), evaluationOptions());
    expect(result.status).toBe("missing");
    expect(result.findings).toEqual([
      expect.objectContaining({ rule: "missing_baseline", cell: "E5" }),
    ]);
  });

  test("a reversed range is invalid", () => {
    const result = evaluateIndicator(
      indicator({ kind: "range", value: 14, max: 13 }, num(13.5)),
      evaluationOptions(),
    );
    expect(result.status).toBe("invalid");
    expect(result.findings).toEqual([expect.objectContaining({ rule: "target_range_reversed" })]);
  });
});
