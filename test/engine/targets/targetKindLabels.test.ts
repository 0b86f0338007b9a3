import { TARGET_KINDS } from "../../../src/engine/model/target";
import { TARGET_KIND_LABELS } from "../../../src/engine/targets/targetKindLabels";

describe("TARGET_KIND_LABELS", () => {
  test("the drop-down labels", () => {
    expect(Object.values(TARGET_KIND_LABELS.vi)).toEqual([
      "≥",
      "≤",
      "khoảng",
      "tăng",
      "giảm",
      "duy trì",
      "hoàn thành",
    ]);
    expect(Object.values(TARGET_KIND_LABELS.en)).toEqual([
      "at least",
      "at most",
      "range",
      "increase",
      "decrease",
      "maintain",
      "complete",
    ]);
  });

  test.each(["vi", "en"] as const)("every kind has a distinct %s label", (lang) => {
    const labels = TARGET_KINDS.map((kind) => TARGET_KIND_LABELS[lang][kind]);
    expect(new Set(labels).size).toBe(TARGET_KINDS.length);
  });
});
