import type { Aggregation } from "../../../src/engine/model/aggregation";
import type { MilestoneState } from "../../../src/engine/model/indicator";
import { formatAggregation } from "../../../src/engine/read/formatAggregation";
import { parseAggregation } from "../../../src/engine/read/parseAggregation";
import { parseCumulative } from "../../../src/engine/read/parseCumulative";
import { parseMilestoneState } from "../../../src/engine/read/parseMilestoneState";

describe("Cách tổng hợp", () => {
  test.each<[string, Aggregation | undefined]>([
    ["tổng", { rule: "sum" }],
    ["Tổng", { rule: "sum" }],
    ["TONG", { rule: "sum" }],
    ["sum", { rule: "sum" }],
    ["trung bình", { rule: "mean" }],
    ["average", { rule: "mean" }],
    ["bình quân theo DS01", { rule: "weighted_mean", weightCode: "DS01" }],
    ["Bình quân  theo   XH02", { rule: "weighted_mean", weightCode: "XH02" }],
    ["weighted by POP", { rule: "weighted_mean", weightCode: "POP" }],
    ["nhỏ nhất", { rule: "min" }],
    ["lớn nhất", { rule: "max" }],
    ["tất cả", { rule: "all" }],
    ["không", { rule: "none" }],
    ["cộng dồn kiểu gì đó", undefined],
  ])("%s", (text, expected) => {
    expect(parseAggregation(text)).toEqual(expected);
  });
});

describe("Lũy kế", () => {
  test.each<[string, boolean | undefined]>([
    ["có", true],
    ["Có", true],
    ["x", true],
    ["yes", true],
    ["không", false],
    ["", false],
    ["no", false],
    ["hình như có", undefined],
  ])("%s", (text, expected) => {
    expect(parseCumulative(text)).toBe(expected);
  });
});

describe("milestone states typed in the actual column", () => {
  test.each<[string, MilestoneState | undefined]>([
    ["Hoàn thành", "done"],
    ["Đã hoàn thành", "done"],
    ["đã hoàn thành.", "done"],
    ["HOÀN THÀNH", "done"],
    ["Completed", "done"],
    ["Chưa hoàn thành", "not_done"],
    ["not completed", "not_done"],
    ["Đang thực hiện", "in_progress"],
    ["in progress", "in_progress"],
    ["để sau", undefined],
    ["12", undefined],
  ])("%s", (text, expected) => {
    expect(parseMilestoneState(text)).toBe(expected);
  });
});

describe("Cách tổng hợp written back", () => {
  test.each<Aggregation>([
    { rule: "sum" },
    { rule: "mean" },
    { rule: "min" },
    { rule: "max" },
    { rule: "all" },
    { rule: "none" },
    { rule: "weighted_mean", weightCode: "XH01" },
  ])("%o reads back in both languages", (aggregation) => {
    expect(parseAggregation(formatAggregation(aggregation, "vi"))).toEqual(aggregation);
    expect(parseAggregation(formatAggregation(aggregation, "en"))).toEqual(aggregation);
  });
});
