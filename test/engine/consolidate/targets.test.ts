import { consolidate } from "../../../src/engine/consolidate";
import { findingMessage } from "../../../src/engine/findings/finding";
import type { Target } from "../../../src/engine/model/target";
import { only, unitPlan } from "./support";
import { TYPICAL, ward } from "./wards";

function targetOf(result: ReturnType<typeof consolidate>, code: string) {
  const row = result.indicators.find((i) => i.code === code);
  return { target: row?.target, text: row?.targetText, from: row?.targetFrom };
}

describe("targets roll up by the same rule unless the parent sets them", () => {
  const wards = [
    ward(
      "Phường A",
      { ...TYPICAL, population: 10000 },
      {
        change: {
          revenue: { target: { kind: "at_least", value: 870 } },
          population: { target: { kind: "at_least", value: 10000 } },
          insurance: { target: { kind: "at_least", value: 90, percentSign: true } },
        },
      },
    ),
    ward(
      "Phường B",
      { ...TYPICAL, population: 30000 },
      {
        change: {
          revenue: { target: { kind: "at_least", value: 1130.5 } },
          population: { target: { kind: "at_least", value: 30000 } },
          insurance: { target: { kind: "at_least", value: 94, percentSign: true } },
        },
      },
    ),
  ];
  const result = consolidate({ units: wards });

  test("a sum: the wards' targets added, with its text", () => {
    expect(targetOf(result, "KT09")).toEqual({
      target: { kind: "at_least", value: 2000.5 },
      text: "từ 2.000,5 trở lên",
      from: "sub_units",
    });
  });

  test("a weighted rate: the wards' target levels weighted by their planned population", () => {
    expect(targetOf(result, "XH20").target).toEqual({
      kind: "at_least",
      value: (90 * 10000 + 94 * 30000) / 40000,
      percentSign: true,
    });
  });

  test("a plain “hoàn thành”: the same", () => {
    expect(targetOf(result, "AN04")).toMatchObject({
      target: { kind: "milestone" },
      text: "hoàn thành",
    });
  });

  test("a relative change shared by every ward stays that change", () => {
    const decrease: Target = {
      kind: "decrease",
      value: 3,
      max: 5,
      relative: true,
      percentSign: true,
    };
    const crime = { code: "AN01", name: "Số vụ phạm pháp hình sự", unit: "vụ", target: decrease };
    const rolled = consolidate({
      units: [
        unitPlan("Phường A", [{ ...crime, baseline: 20, actual: 19 }]),
        unitPlan("Phường B", [{ ...crime, baseline: 30, actual: 29 }]),
      ],
    });
    const [row] = rolled.indicators;
    expect(row).toMatchObject({
      target: decrease,
      baseline: 50,
      actual: { kind: "number", value: 48 },
    });
    expect(row.status).toBe("achieved"); // 48 ≤ 50 × 0,97, not below 50 × 0,95
  });

  test("targets of different kinds do not combine: a finding asks for the parent's", () => {
    const rolled = consolidate({
      units: [
        ward("Phường A", TYPICAL),
        ward("Phường B", TYPICAL, {
          change: {
            revenue: { target: { kind: "at_most", value: 900 }, targetText: "không quá 900" },
          },
        }),
      ],
    });
    const [differ] = only(rolled.findings, "targets_differ");
    expect(differ).toMatchObject({ sheet: "Phường B", cell: "I5" });
    expect(findingMessage(differ)).toBe(
      "Kế hoạch “KT09 Thu ngân sách nhà nước trên địa bàn” của “Phường B” (“không quá 900”) khác loại với của “Phường A” (“từ 800 trở lên”); không tổng hợp được kế hoạch, hãy ghi kế hoạch ở trang của cấp trên.",
    );
    const row = rolled.indicators.find((i) => i.code === "KT09");
    expect(row?.target).toBeUndefined();
    expect(row?.status).toBe("missing");
  });

  test("the parent's target is taken as it is, and the wards' are its allocation", () => {
    const parent = unitPlan("Quận", [
      {
        code: "KT09",
        name: "Thu ngân sách",
        unit: "tỷ đồng",
        target: { kind: "at_least", value: 1600 },
        targetText: "1.600",
      },
    ]);
    const rolled = consolidate({
      parent,
      units: [ward("Phường A", TYPICAL), ward("Phường B", TYPICAL)],
    });
    expect(targetOf(rolled, "KT09")).toEqual({
      target: { kind: "at_least", value: 1600 },
      text: "1.600",
      from: "parent",
    });
    expect(only(rolled.findings, "allocation_mismatch")).toEqual([]);
  });
});
