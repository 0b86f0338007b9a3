import type { Target, TargetKind } from "../../../src/engine/model/target";
import { applyKind } from "../../../src/engine/targets/applyKind";
import { parseTargetText } from "../../../src/engine/targets/parseTarget";
import { parseTargetKind } from "../../../src/engine/targets/parseTargetKind";

function targetOf(text: string): Target {
  const parsed = parseTargetText(text, "vi");
  if (!parsed.ok) throw new Error(`not a target: ${text}`);
  return parsed.target;
}

function kindOf(text: string): TargetKind {
  const kind = parseTargetKind(text);
  if (kind === undefined) throw new Error(`not a kind: ${text}`);
  return kind;
}

describe("applyKind", () => {
  test.each<[string, string, Target]>([
    ["3", "giảm", { kind: "decrease", value: 3, relative: false }],
    ["3%", "giảm", { kind: "decrease", value: 3, relative: true, percentSign: true }],
    ["3-5%", "giảm", { kind: "decrease", value: 3, max: 5, relative: true, percentSign: true }],
    ["6-8%", "tăng", { kind: "increase", value: 6, max: 8, relative: true, percentSign: true }],
    ["200", "increase", { kind: "increase", value: 200, relative: false }],
    ["12", "≤", { kind: "at_most", value: 12 }],
    ["12%", "tối đa", { kind: "at_most", value: 12, percentSign: true }],
    ["12", "≥", { kind: "at_least", value: 12 }],
    ["3", "hoàn thành", { kind: "milestone", value: 3 }],
    ["100%", "hoàn thành", { kind: "at_least", value: 100, percentSign: true }],
    ["100%", "duy trì", { kind: "maintain", value: 100, percentSign: true }],
    ["13", "khoảng", { kind: "range", value: 13 }],
    ["13-14", "khoảng", { kind: "range", value: 13, max: 14 }],
  ])("%j under %j", (text, kind, expected) => {
    expect(applyKind(targetOf(text), kindOf(kind))).toStrictEqual(expected);
  });

  test.each<[string, string]>([
    ["trên 70%", "≤"],
    ["dưới 3", "≥"],
    ["giảm 3%", "tăng"],
    ["tăng 5%", "giảm"],
    ["hoàn thành", "≥"],
    ["13-14", "≤"],
    ["duy trì 100%", "giảm"],
    ["hoàn thành 3", "tăng"],
  ])("%j keeps its own kind under %j", (text, kind) => {
    const target = targetOf(text);
    expect(applyKind(target, kindOf(kind))).toBe(target);
  });
});
