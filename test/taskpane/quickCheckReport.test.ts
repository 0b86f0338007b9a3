import { decodeReport, encodeReport, reportOfOutcome } from "../../src/commands/quickCheckReport";
import { runCheck } from "../../src/taskpane/check/runCheck";
import { demoWorkbook } from "./support/demoWorkbook";

test("the quick check's counts survive the trip through the dialog's URL", async () => {
  const { gateway, sheets } = await demoWorkbook();
  const outcome = await runCheck(gateway, {
    scope: "active",
    atRiskTolerance: 0.1,
    highlight: true,
    lang: "vi",
  });
  const report = reportOfOutcome(outcome, "vi");
  expect(report.sheet).toBe(sheets[0]);
  expect(report.written).toBe(true);
  expect(report.total).toBe(outcome.check.summary.total);
  expect(Object.values(report.counts).reduce((a, b) => a + (b ?? 0), 0)).toBe(report.total);
  expect(report.sentence).toMatch(/^9 tháng: /);
  expect(decodeReport(`?${encodeReport(report)}`)).toEqual(report);
});

test("a malformed query gives no report", () => {
  expect(decodeReport("")).toBeUndefined();
  expect(decodeReport("?report=%7Bbad")).toBeUndefined();
  expect(
    decodeReport(`?report=${encodeURIComponent(JSON.stringify({ total: "x" }))}`),
  ).toBeUndefined();
});
