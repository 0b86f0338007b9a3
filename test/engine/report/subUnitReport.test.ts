import type { StatusId } from "../../../src/engine/model/status";
import { subUnitReport, type SubUnitOutcome } from "../../../src/engine/report/subUnitReport";
import { summarize } from "../../../src/engine/report/summarize";

const CODES = ["KT01", "KT02", "XH01", "XH02"];

/** A ward judged at year end: its statuses in the order of CODES. */
function ward(unit: string, statuses: StatusId[]): SubUnitOutcome {
  const results = statuses.map((status, i) => ({
    status,
    indicator: { name: `Chỉ tiêu ${CODES[i]}`, code: CODES[i], field: CODES[i].slice(0, 2) },
  }));
  return { unit, results, summary: summarize(results, "year") };
}

const WARDS = [
  ward("Phường Tân Phong", ["exceeded", "achieved", "achieved", "exceeded"]),
  ward("Phường Bình Thuận", ["not_achieved", "achieved", "not_achieved", "missing"]),
  ward("Phường Tân Phú", ["not_achieved", "not_achieved", "achieved", "achieved"]),
  ward("Phường Phú Mỹ", ["not_reported", "not_reported", "not_reported", "not_reported"]),
];

test("rows count each ward's own statuses", () => {
  expect(subUnitReport(WARDS).rows).toEqual([
    {
      unit: "Phường Tân Phong",
      judged: 4,
      met: 4,
      notMet: 0,
      noFigure: 0,
      metShare: 100,
      reported: true,
    },
    {
      unit: "Phường Bình Thuận",
      judged: 4,
      met: 1,
      notMet: 2,
      noFigure: 1,
      metShare: 25,
      reported: true,
    },
    {
      unit: "Phường Tân Phú",
      judged: 4,
      met: 2,
      notMet: 2,
      noFigure: 0,
      metShare: 50,
      reported: true,
    },
    { unit: "Phường Phú Mỹ", judged: 0, met: 0, notMet: 0, noFigure: 0, reported: false },
  ]);
});

test("the paragraph: who reported, who met everything, who lags, on what", () => {
  const report = subUnitReport(WARDS);
  expect(report.sentences).toEqual([
    "3/4 đơn vị đã báo cáo số liệu; chưa báo cáo: Phường Phú Mỹ.",
    "1 đơn vị đạt hoặc vượt tất cả chỉ tiêu được đánh giá: Phường Tân Phong.",
    "Đơn vị có tỷ lệ chỉ tiêu đạt thấp nhất: Phường Bình Thuận (1/4, 25%); Phường Tân Phú (2/4, 50%).",
  ]);
  expect(report.lagging).toEqual({
    lead: "Các chỉ tiêu nhiều đơn vị chưa đạt nhất:",
    items: [
      "Chỉ tiêu KT01: 2/3 đơn vị chưa đạt (Phường Bình Thuận, Phường Tân Phú)",
      "Chỉ tiêu KT02: 1/3 đơn vị chưa đạt (Phường Tân Phú)",
      "Chỉ tiêu XH01: 1/3 đơn vị chưa đạt (Phường Bình Thuận)",
    ],
  });
});

test("in English", () => {
  expect(subUnitReport(WARDS, "en").sentences[0]).toBe(
    "3 of 4 units reported figures; not reported: Phường Phú Mỹ.",
  );
});
