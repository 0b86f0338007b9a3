import {
  boundTarget,
  changeTarget,
  maintainTarget,
  milestoneTarget,
  rangeTarget,
} from "../../../src/engine/targets/buildTarget";

const n = (value: number, percentSign = false) => ({ value, percentSign });

describe("target builders", () => {
  test("bounds carry strict and percentSign only when true", () => {
    expect(boundTarget("at_least", false)([n(12)])).toStrictEqual({
      kind: "at_least",
      value: 12,
    });
    expect(boundTarget("at_most", true)([n(3, true)])).toStrictEqual({
      kind: "at_most",
      value: 3,
      percentSign: true,
      strict: true,
    });
  });

  test("a range keeps its ends as typed, % on either end counts", () => {
    expect(rangeTarget([n(14), n(13, true)])).toStrictEqual({
      kind: "range",
      value: 14,
      max: 13,
      percentSign: true,
    });
  });

  test("a change is relative exactly when a % sign was typed", () => {
    expect(changeTarget("decrease")([n(3), n(5, true)])).toStrictEqual({
      kind: "decrease",
      value: 3,
      max: 5,
      relative: true,
      percentSign: true,
    });
    expect(changeTarget("increase")([n(200)])).toStrictEqual({
      kind: "increase",
      value: 200,
      relative: false,
    });
  });

  test("maintain", () => {
    expect(maintainTarget([n(100, true)])).toStrictEqual({
      kind: "maintain",
      value: 100,
      percentSign: true,
    });
  });

  test("milestone: none, a count, or a share to reach", () => {
    expect(milestoneTarget([])).toStrictEqual({ kind: "milestone" });
    expect(milestoneTarget([n(3)])).toStrictEqual({
      kind: "milestone",
      value: 3,
    });
    expect(milestoneTarget([n(100, true)])).toStrictEqual({
      kind: "at_least",
      value: 100,
      percentSign: true,
    });
  });
});
