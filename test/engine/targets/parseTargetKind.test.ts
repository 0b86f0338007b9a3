import { TARGET_KINDS, type TargetKind } from "../../../src/engine/model/target";
import { parseTargetKind } from "../../../src/engine/targets/parseTargetKind";
import { TARGET_KIND_LABELS } from "../../../src/engine/targets/targetKindLabels";

describe("parseTargetKind", () => {
  test.each<[string, TargetKind]>([
    ["≥", "at_least"],
    [">=", "at_least"],
    ["> =", "at_least"],
    ["=>", "at_least"],
    ["tối thiểu", "at_least"],
    ["Tối thiểu", "at_least"],
    ["ít nhất", "at_least"],
    ["at least", "at_least"],
    ["At Least", "at_least"],
    ["at-least", "at_least"],
    ["at_least", "at_least"],
    ["min", "at_least"],
    ["Min.", "at_least"],
    ["minimum", "at_least"],
    ["≤", "at_most"],
    ["<=", "at_most"],
    ["tối đa", "at_most"],
    ["không quá", "at_most"],
    ["KHÔNG QUÁ", "at_most"],
    ["at most", "at_most"],
    ["max", "at_most"],
    ["khoảng", "range"],
    ["trong khoảng", "range"],
    ["range", "range"],
    ["between", "range"],
    ["tăng", "increase"],
    ["Tăng", "increase"],
    ["increase", "increase"],
    ["giảm", "decrease"],
    ["kéo giảm", "decrease"],
    ["decrease", "decrease"],
    ["reduce", "decrease"],
    ["duy trì", "maintain"],
    ["giữ vững", "maintain"],
    ["maintain", "maintain"],
    ["hoàn thành", "milestone"],
    ["Hoàn Thành", "milestone"],
    ["mốc", "milestone"],
    ["milestone", "milestone"],
    ["complete", "milestone"],
    ["  duy\u00a0trì  ", "maintain"],
  ])("%j → %s", (text, kind) => {
    expect(parseTargetKind(text)).toBe(kind);
  });

  test.each(["", "   ", "?", ">", "<", "abc", "tăng giảm", "12"])("%j → undefined", (text) => {
    expect(parseTargetKind(text)).toBeUndefined();
  });

  test.each(TARGET_KINDS)("reads back its id and both labels for %s", (kind) => {
    expect(parseTargetKind(kind)).toBe(kind);
    expect(parseTargetKind(TARGET_KIND_LABELS.vi[kind])).toBe(kind);
    expect(parseTargetKind(TARGET_KIND_LABELS.en[kind])).toBe(kind);
  });
});
