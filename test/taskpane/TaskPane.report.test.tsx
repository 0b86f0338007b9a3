/** @jest-environment jsdom */
import "@testing-library/jest-dom";
import "./support/jsdomShims";
import "./support/preloadLazy";
import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { reportSentence } from "../../src/engine/report/reportSentence";
import { checkWorkbook } from "../../src/workbook/check/checkWorkbook";
import { demoWorkbook } from "./support/demoWorkbook";
import { renderPane } from "./support/renderPane";

beforeEach(() => localStorage.clear());

test("the report tab asks for a check, then shows the sentence and copies it", async () => {
  const { gateway, sheets } = await demoWorkbook();
  const check = checkWorkbook(await gateway.read(), { sheets: [sheets[0]] });
  const results = check.sheets.flatMap((s) => s.tables.flatMap((t) => t.check.results));
  const user = userEvent.setup();
  const writeText = jest.fn().mockResolvedValue(undefined);
  Object.defineProperty(navigator, "clipboard", { value: { writeText }, configurable: true });
  renderPane({ gateway, initialTab: "report" });

  expect(await screen.findByText("Chưa có kết quả kiểm tra để viết báo cáo.")).toBeInTheDocument();
  await user.click(screen.getByRole("button", { name: "Kiểm tra ngay" }));
  const sentence = await screen.findByTestId("report-sentence");
  const expected = reportSentence(check.summary, results, "vi");
  expect(sentence).toHaveTextContent(expected);
  expect(expected).toMatch(/^9 tháng: \d+\/\d+ chỉ tiêu đạt hoặc đúng tiến độ/);

  const [copySentence] = screen.getAllByRole("button", { name: "Sao chép" });
  await user.click(copySentence);
  expect(writeText).toHaveBeenCalledWith(expected);
  expect(await screen.findByText("Đã sao chép vào bộ nhớ tạm.")).toBeInTheDocument();
});

test("writes the table and its column chart to their own sheet, and replaces it the next time", async () => {
  const { gateway, sheets } = await demoWorkbook();
  const user = userEvent.setup();
  renderPane({ gateway });
  await user.click(screen.getByRole("button", { name: "Kiểm tra" }));
  await screen.findByRole("list", { name: "Tổng hợp theo đánh giá" });
  await user.click(screen.getByRole("tab", { name: "Báo cáo" }));
  const insert = await screen.findByRole("button", { name: "Ghi biểu đồ" });
  await user.click(insert);
  expect(
    await screen.findByText("Đã ghi bảng số liệu và biểu đồ cột vào trang “Biểu đồ % KH”."),
  ).toBeInTheDocument();

  const chart = (await gateway.read({ sheets: ["Biểu đồ % KH"] })).sheets[0];
  const rows = chart.values.map((r) => r.map((v) => v));
  // The note that makes it the add-in's own in row 1, then the form's title block: the
  // committee of the checked sheet's unit, the title, the period it reports.
  expect(rows[0][0]).toMatch(/^Trang này do Chỉ tiêu tạo/);
  expect(rows[1][0]).toMatch(/^ỦY BAN NHÂN DÂN\n/);
  expect(rows.map((r) => r[0])).toContain("BIỂU ĐỒ % KẾ HOẠCH THEO LĨNH VỰC");
  expect(rows.map((r) => r[0])).toContain("Kỳ báo cáo: 9 tháng");
  const header = rows.findIndex((r) => r[0] === "Lĩnh vực");
  expect(rows[header]).toEqual([
    "Lĩnh vực",
    "% KH bình quân",
    // The demo is a nine-month report: the count includes "on track", and says so.
    "Tỷ lệ đạt và đúng tiến độ (%)",
    "Số chỉ tiêu",
    "Số chỉ tiêu đạt và đúng tiến độ",
  ]);
  const check = checkWorkbook(await gateway.read({ sheets: [sheets[0]] }), { sheets: [sheets[0]] });
  const fieldRows = rows.slice(header + 1).filter((r) => typeof r[0] === "string" && r[0] !== "");
  expect(fieldRows.map((r) => r[0])).toEqual(check.summary.byField.map((f) => f.field));
  expect(fieldRows.map((r) => r[3])).toEqual(check.summary.byField.map((f) => f.total));

  await user.click(insert);
  await screen.findByText("Đã ghi bảng số liệu và biểu đồ cột vào trang “Biểu đồ % KH”.");
  const names = (await gateway.listSheets()).map((s) => s.name);
  expect(names.filter((n) => n.startsWith("Biểu đồ % KH"))).toEqual(["Biểu đồ % KH"]);
});

test("a user's own sheet of that name is left alone", async () => {
  const { gateway } = await demoWorkbook();
  await gateway.apply({
    changes: [
      { kind: "addSheet", sheet: "Biểu đồ % KH" },
      { kind: "values", sheet: "Biểu đồ % KH", anchor: "A1", rows: [["Của tôi"]] },
    ],
  });
  const user = userEvent.setup();
  renderPane({ gateway });
  await user.click(screen.getByRole("button", { name: "Kiểm tra" }));
  await screen.findByRole("list", { name: "Tổng hợp theo đánh giá" });
  await user.click(screen.getByRole("tab", { name: "Báo cáo" }));
  await user.click(await screen.findByRole("button", { name: "Ghi biểu đồ" }));
  expect(
    await screen.findByText("Đã ghi bảng số liệu và biểu đồ cột vào trang “Biểu đồ % KH (2)”."),
  ).toBeInTheDocument();
  const mine = (await gateway.read({ sheets: ["Biểu đồ % KH"] })).sheets[0];
  expect(mine.values[0][0]).toBe("Của tôi");
  const region = screen.getByRole("tabpanel");
  expect(within(region).queryByRole("alert")).not.toBeInTheDocument();
});
