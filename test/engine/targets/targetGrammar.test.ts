import { findTargetRule, TARGET_RULES } from "../../../src/engine/targets/targetGrammar";

describe("findTargetRule", () => {
  test.each([
    ["dat", "achieved"],
    ["khong qua #", "at_most"],
    ["# tro xuong", "at_most_after"],
    ["it hon #", "below"],
    ["khong it hon #", "at_least"],
    ["tu # tro len", "at_least_after"],
    ["ty le giai ngan dat it nhat # nguon von", "at_least"],
    ["tren #", "above"],
    ["# - #", "range"],
    ["khoang tu # den #", "range"],
    ["gia tri tu # den #", "range_from"],
    ["between # and #", "range_between"],
    ["tang # - #", "increase"],
    ["vuot du toan tu # den #", "increase"],
    ["keo giam ty le pham phap hinh su tu # - #", "decrease"],
    ["duy tri o muc #", "maintain"],
    ["hoan thanh # do an", "milestone"],
    ["hoan thanh chi tieu giao quan", "milestone_named"],
    ["phan dau dat # ty dong", "plain"],
  ])("%j → %s", (shape, name) => {
    expect(findTargetRule(shape)?.name).toBe(name);
  });

  test.each([
    "",
    "# #",
    "khong tang #",
    "tang cuong #",
    "se xem xet",
    "n ? a",
    "# den",
    "hoan thanh trong nam #",
    "gia tri #",
  ])("%j matches no rule", (shape) => {
    expect(findTargetRule(shape)).toBeUndefined();
  });

  test("every rule has a distinct name", () => {
    const names = TARGET_RULES.map((rule) => rule.name);
    expect(new Set(names).size).toBe(names.length);
  });
});
