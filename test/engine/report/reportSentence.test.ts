import type { PeriodId } from "../../../src/engine/model/period";
import type { StatusId } from "../../../src/engine/model/status";
import {
  displayName,
  fieldSentences,
  reportSentence,
} from "../../../src/engine/report/reportSentence";
import { summarize } from "../../../src/engine/report/summarize";

interface Row {
  status: StatusId;
  indicator: { name: string; field?: string };
}

function rows(spec: Array<[StatusId, number]>, field?: string): Row[] {
  const out: Row[] = [];
  for (const [status, count] of spec) {
    for (let i = 1; i <= count; i += 1) {
      out.push({ status, indicator: { name: `${status} ${i}`, ...(field ? { field } : {}) } });
    }
  }
  return out;
}

function sentence(results: Row[], period: PeriodId = "year", lang: "vi" | "en" = "vi"): string {
  return reportSentence(summarize(results, period), results, lang);
}

describe("the report sentence", () => {
  test("Quận 1, 2020: hoàn thành 23/25 chỉ tiêu, 40% vượt mức", () => {
    const results = rows([
      ["exceeded", 10],
      ["achieved", 13],
    ]);
    results.push({ status: "not_achieved", indicator: { name: "Thu ngân sách" } });
    results.push({
      status: "not_achieved",
      indicator: { name: "Tỷ lệ giải ngân vốn đầu tư công" },
    });
    expect(sentence(results)).toBe(
      "Hoàn thành 23/25 chỉ tiêu (92%), trong đó 10 chỉ tiêu vượt kế hoạch (40%); " +
        "2 chỉ tiêu không đạt: Thu ngân sách, Tỷ lệ giải ngân vốn đầu tư công.",
    );
    expect(sentence(results, "year", "en")).toBe(
      "Achieved 23 of 25 indicators (92%), of which 10 exceeded the plan (40%); " +
        "2 not achieved: Thu ngân sách, Tỷ lệ giải ngân vốn đầu tư công.",
    );
  });

  test("Hoàng Mai, 2022: 19/19 chỉ tiêu, a few exceeded", () => {
    const results = rows([
      ["exceeded", 4],
      ["achieved", 15],
    ]);
    expect(sentence(results)).toBe(
      "Hoàn thành 19/19 chỉ tiêu (100%), trong đó 4 chỉ tiêu vượt kế hoạch (21,1%).",
    );
  });

  test("missing and invalid data are named, and long lists are cut", () => {
    const results = rows([
      ["achieved", 3],
      ["missing", 7],
      ["invalid", 1],
    ]);
    expect(sentence(results)).toBe(
      "Hoàn thành 3/11 chỉ tiêu (27,3%); 7 chỉ tiêu thiếu số liệu: missing 1, missing 2, missing 3, missing 4, " +
        "missing 5 và 2 chỉ tiêu khác; 1 chỉ tiêu có số liệu lỗi: invalid 1.",
    );
  });

  test("mid-year it counts what is on pace and names what lags", () => {
    const results = rows([
      ["exceeded", 1],
      ["on_track", 5],
      ["at_risk", 1],
      ["lagging", 1],
    ]);
    expect(sentence(results, "6m")).toBe(
      "6 tháng: 6/8 chỉ tiêu đạt hoặc đúng tiến độ (75%), trong đó 1 chỉ tiêu vượt kế hoạch (12,5%); " +
        "1 chỉ tiêu có nguy cơ không đạt: at_risk 1; 1 chỉ tiêu chậm tiến độ: lagging 1.",
    );
    expect(sentence(results, "6m", "en")).toBe(
      "Six months: 6 of 8 indicators achieved or on track (75%), of which 1 exceeded the plan (12.5%); " +
        "1 at risk: at_risk 1; 1 lagging: lagging 1.",
    );
  });

  test("an empty plan says there is nothing to judge, never 0/0", () => {
    expect(sentence([])).toBe("Không có chỉ tiêu nào để đánh giá.");
  });
});

describe("counts by field", () => {
  test("Quận 1, 2021: 37 indicators in 5 fields (5/10/6/5/11)", () => {
    const fields: Array<[string, number]> = [
      ["Tài chính, phát triển kinh tế, thu hút du lịch", 5],
      ["Đô thị - môi trường", 10],
      ["Văn hóa - xã hội", 6],
      ["Quốc phòng - an ninh", 5],
      ["Cải cách hành chính", 11],
    ];
    const results = fields.flatMap(([field, count]) => rows([["achieved", count]], field));
    const summary = summarize(results, "year");
    expect(summary.total).toBe(37);
    expect(summary.byField.map((f) => [f.field, f.total])).toEqual(fields);
    expect(summary.byField.every((f) => f.counts.achieved === f.total)).toBe(true);
    expect(summary.counts.achieved).toBe(37);
  });

  test("statuses are counted in their own field", () => {
    const results = [
      ...rows(
        [
          ["exceeded", 2],
          ["lagging", 1],
        ],
        "Kinh tế",
      ),
      ...rows([["missing", 1]], "Xã hội"),
    ];
    const summary = summarize(results, "9m");
    expect(summary.byField).toEqual([
      expect.objectContaining({
        field: "Kinh tế",
        total: 3,
        counts: expect.objectContaining({ exceeded: 2, lagging: 1 }),
      }),
      expect.objectContaining({
        field: "Xã hội",
        total: 1,
        counts: expect.objectContaining({ missing: 1 }),
      }),
    ]);
  });
});

describe("field sentences", () => {
  test("one line per field, in Vietnamese and English", () => {
    const results = [
      ...rows(
        [
          ["exceeded", 1],
          ["achieved", 3],
          ["not_achieved", 1],
        ],
        "Kinh tế",
      ),
      ...rows([["achieved", 2]], "Xã hội"),
    ];
    const summary = summarize(results, "year");
    expect(fieldSentences(summary)).toEqual([
      "Kinh tế: hoàn thành 4/5 chỉ tiêu (80%), trong đó 1 chỉ tiêu vượt kế hoạch (20%).",
      "Xã hội: hoàn thành 2/2 chỉ tiêu (100%).",
    ]);
    expect(fieldSentences(summary, "en")).toEqual([
      "Kinh tế: 4 of 5 achieved (80%), 1 exceeded (20%).",
      "Xã hội: 2 of 2 achieved (100%).",
    ]);
  });
});

describe("names in reports", () => {
  test.each<[{ name: string; code?: string; parentName?: string }, string]>([
    [{ name: "Thu ngân sách" }, "Thu ngân sách"],
    [{ name: "- Năng suất", parentName: "1.1.2.Ngô" }, "Năng suất (Ngô)"],
    [
      { name: "1.2.Củ năng", parentName: "I.Diện tích cây hàng năm" },
      "Củ năng (Diện tích cây hàng năm)",
    ],
    [{ name: "", code: "KT01" }, "KT01"],
  ])("%o is named %s", (indicator, expected) => {
    expect(displayName(indicator)).toBe(expected);
  });

  test("the sentence uses them", () => {
    const results: Row[] = [
      {
        status: "not_achieved",
        indicator: { name: "- Năng suất", parentName: "Ngô" } as Row["indicator"],
      },
    ];
    expect(sentence(results)).toBe(
      "Hoàn thành 0/1 chỉ tiêu (0%); 1 chỉ tiêu không đạt: Năng suất (Ngô).",
    );
  });
});

describe("rows without a target are said apart, counted in the right number", () => {
  test.each([
    [1, "vi", "không tính 1 chỉ tiêu không giao kế hoạch"],
    [1, "en", "1 indicator without a target not counted"],
    [3, "en", "3 indicators without a target not counted"],
  ] as const)("%i row(s), %s: %s", (count, lang, expected) => {
    const results = rows([
      ["achieved", 2],
      ["no_target", count],
    ]);
    expect(sentence(results, "year", lang)).toContain(expected);
  });
});
