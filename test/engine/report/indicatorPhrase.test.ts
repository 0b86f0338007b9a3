import type { ActualValue } from "../../../src/engine/model/indicator";
import type { StatusId } from "../../../src/engine/model/status";
import { finding } from "../../../src/engine/findings/finding";
import { parseTargetText } from "../../../src/engine/targets/parseTarget";
import {
  figureText,
  indicatorPhrase,
  percentText,
  type QuotedResult,
} from "../../../src/engine/report/indicatorPhrase";

const number = (value: number): ActualValue => ({ kind: "number", value });

function result(
  name: string,
  unit: string,
  target: string,
  status: StatusId,
  figures: { actual?: ActualValue; forecast?: ActualValue; percent?: number },
): QuotedResult {
  const parsed = parseTargetText(target);
  return {
    indicator: {
      name,
      unit,
      targetText: target,
      ...(parsed.ok ? { target: parsed.target } : {}),
      ...(figures.actual ? { actual: figures.actual } : {}),
      ...(figures.forecast ? { forecast: figures.forecast } : {}),
    },
    status,
    ...(figures.percent === undefined ? {} : { percent: figures.percent }),
    findings: [],
  };
}

describe("figureText: figures with their units, vi-VN style", () => {
  test.each([
    [number(4435), "tỷ đồng", "4.435 tỷ đồng"],
    [number(8664.9), "tỷ đồng", "8.664,9 tỷ đồng"],
    [number(12.5), "%", "12,5%"],
    [number(1130.756), "", "1.130,756"],
    [{ kind: "milestone", state: "done" } as ActualValue, "", "đã hoàn thành"],
    [{ kind: "milestone", state: "in_progress" } as ActualValue, "", "đang thực hiện"],
  ])("%j %s → %s", (value, unit, expected) => {
    expect(figureText(value, unit, "vi")).toBe(expected);
  });
});

describe("percentText: one decimal, but never 100% for a figure short of it", () => {
  test.each([
    [104.16666, "104,2%"],
    [100, "100%"],
    [99.99423, "99,994%"],
    [100.02, "100,02%"],
    [66, "66%"],
  ])("%d → %s", (value, expected) => {
    expect(percentText(value, "vi")).toBe(expected);
  });
});

describe("indicatorPhrase: the seeds' phrasing with the check's figures", () => {
  test.each([
    [
      result(
        "Tổng giá trị sản xuất các ngành kinh tế chủ yếu",
        "tỷ đồng",
        "từ 50.068 trở lên",
        "achieved",
        {
          actual: number(50068),
          percent: 100,
        },
      ),
      true,
      "Tổng giá trị sản xuất các ngành kinh tế chủ yếu đạt 50.068 tỷ đồng, bằng 100% kế hoạch (kế hoạch: từ 50.068 trở lên)",
    ],
    [
      result("Tỷ lệ giải ngân vốn đầu tư công", "%", "từ 97% trở lên", "not_achieved", {
        forecast: number(95),
        percent: 97.938,
      }),
      true,
      "Tỷ lệ giải ngân vốn đầu tư công ước đạt 95%, bằng 97,9% kế hoạch (kế hoạch: từ 97% trở lên)",
    ],
    [
      result("Số vụ phạm pháp hình sự", "vụ", "giảm 3-5%", "not_achieved", {
        actual: number(45),
        percent: -512.8,
      }),
      true,
      "Số vụ phạm pháp hình sự đạt 45 vụ (kế hoạch: giảm 3–5%)",
    ],
    [
      result("Hoàn thành đồ án quy hoạch", "", "hoàn thành", "on_track", {
        actual: { kind: "milestone", state: "in_progress" },
      }),
      false,
      "Hoàn thành đồ án quy hoạch: đang thực hiện (kế hoạch: hoàn thành)",
    ],
    [
      result("Thu ngân sách", "tỷ đồng", "từ 120 trở lên", "missing", { forecast: number(130) }),
      false,
      "Thu ngân sách: chưa có số liệu (kế hoạch: từ 120 trở lên)",
    ],
  ])("%#", (r, yearEnd, expected) => {
    expect(indicatorPhrase(r, yearEnd, "vi")).toBe(expected);
  });

  test("an invalid row says what the check found", () => {
    const bad: QuotedResult = {
      ...result("Tổng số doanh nghiệp", "doanh nghiệp", "từ 100 trở lên", "invalid", {}),
      findings: [finding("not_a_number", { value: "đang tổng hợp" }, { sheet: "KH", cell: "K21" })],
    };
    expect(indicatorPhrase(bad, true, "vi")).toBe(
      "Tổng số doanh nghiệp: số liệu lỗi: “đang tổng hợp” không phải là số (kế hoạch: từ 100 trở lên)",
    );
  });
});
