/** @jest-environment jsdom */
import "@testing-library/jest-dom";
import "./support/jsdomShims";
import "./support/preloadLazy";
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { createWorkbook } from "../../src/hosts/xlsx";
import type { XlsxGateway } from "../../src/hosts/xlsx";
import { typeBudgetWorkbook } from "./support/budgetWorkbook";
import { renderPane } from "./support/renderPane";

beforeEach(() => localStorage.clear());

const CHART = "Biểu đồ ngân sách";

/** Nam Từ Liêm's 2023 budget (seed 003) with six months typed in, its sheet active. */
async function budgetBook() {
  const gateway = createWorkbook();
  const typed = await typeBudgetWorkbook(gateway);
  await gateway.select(typed.sheet, "A1");
  return { gateway, ...typed };
}

/** A cell of a sheet as the workbook holds it. */
async function cellOf(gateway: XlsxGateway, sheet: string, row: number, column: number) {
  const [read] = (await gateway.read({ sheets: [sheet] })).sheets;
  return read.values[row - read.origin.row]?.[column - read.origin.column] ?? null;
}

async function runBudget(period?: string) {
  const user = userEvent.setup();
  if (period) {
    await user.selectOptions(await screen.findByRole("combobox", { name: /Kỳ thực hiện/ }), period);
  }
  await user.click(await screen.findByRole("button", { name: "Kiểm tra ngân sách" }));
  return user;
}

test("checks the active sheet's budget: sentence, lines to look at, columns and chart written", async () => {
  const { gateway, sheet, lines } = await budgetBook();
  const select = jest.spyOn(gateway, "select");
  renderPane({ gateway, initialTab: "budget" });
  expect(screen.getByRole("tab", { name: "Ngân sách" })).toHaveAttribute("aria-selected", "true");
  const user = await runBudget("6m");

  // Revenue: 60% of each line's estimate but land use fees (400 of 1.500); spending: 45% but
  // the economic services line (90 of 82,4).
  const total = (path: string) => lines.find((l) => l.path === path)?.actual;
  expect([total("A"), total("B")]).toEqual([4698.9, 561.7]);
  expect(await screen.findByTestId("budget-sentences")).toHaveTextContent(
    "6 tháng: tổng thu ngân sách nhà nước trên địa bàn đạt 4.698,9 tỷ đồng, bằng 54,2% dự toán; " +
      "chi cân đối ngân sách địa phương đạt 561,7 tỷ đồng, bằng 49,7% dự toán.",
  );
  expect(screen.getByText("Đã kiểm tra 1 bảng ngân sách trên 1 trang tính.")).toBeInTheDocument();

  // Totals per section.
  const totals = screen.getByRole("table", { name: "Tổng thu, tổng chi" });
  const revenue = within(totals).getByRole("row", { name: /Thu Tổng thu ngân sách/ });
  expect(
    within(revenue)
      .getAllByRole("cell")
      .map((c) => c.textContent),
  ).toEqual(["8.664,9", "4.698,9", "54,2"]);
  const spending = within(totals).getByRole("row", { name: /Chi Chi cân đối/ });
  expect(
    within(spending)
      .getAllByRole("cell")
      .map((c) => c.textContent),
  ).toEqual(["1.130,756", "561,7", "49,7"]);

  // Counts by status, each with its label beside the figure.
  const count = (status: string) => screen.getByTestId(`budget-count-${status}`).textContent;
  expect(count("over_estimate")).toBe("Chi vượt dự toán1");
  expect(count("behind")).toBe("Chậm tiến độ1");
  expect(count("on_pace")).toBe("Đúng tiến độ13");
  expect(count("within_estimate")).toBe("Trong dự toán14");

  // The two lines to look at, in row order, with their status and a link to the actual.
  const list = screen.getByRole("list", { name: "Dòng cần xem (2)" });
  const items = within(list).getAllByRole("listitem");
  expect(items.map((li) => li.textContent)).toEqual([
    "Chậm tiến độD20II. Thu tiền sử dụng đất26,7% dự toán",
    "Chi vượt dự toánD285. Chi sự nghiệp kinh tế109,2% dự toán",
  ]);
  expect(items[1].querySelector('[data-status="over_estimate"] svg')).not.toBeNull();
  await gateway.select("Ghi chú", "A1");
  await user.click(within(items[1]).getByRole("button", { name: `Chọn ô ${sheet}!D28` }));
  expect(select).toHaveBeenLastCalledWith(sheet, "D28");
  await waitFor(async () =>
    expect((await gateway.read({ activeSheet: true })).activeSheet).toBe(sheet),
  );

  // The findings, with links too.
  const findings = screen.getByRole("heading", { name: "Phát hiện (2)" });
  expect(findings).toBeInTheDocument();
  expect(
    screen.getByText(
      "Chi “Chi sự nghiệp kinh tế” 90 tỷ đồng vượt dự toán 82,4 tỷ đồng (bằng 109,2% dự toán).",
    ),
  ).toBeInTheDocument();

  // Written into the workbook: the owned columns beside the table, and the chart sheet.
  expect(await cellOf(gateway, sheet, 5, 6)).toBe("% dự toán (tính)");
  expect(await cellOf(gateway, sheet, 5, 7)).toBe("Đánh giá");
  expect(await cellOf(gateway, sheet, 28, 7)).toBe("Chi vượt dự toán");
  expect(await cellOf(gateway, sheet, 20, 7)).toBe("Chậm tiến độ");
  expect(await cellOf(gateway, sheet, 28, 4)).toBe(90);
  expect(
    screen.getByText(`Biểu đồ thực hiện so với dự toán được ghi vào trang mới “${CHART}”.`),
  ).toBeInTheDocument();
  const [chart] = (await gateway.read({ sheets: [CHART] })).sheets;
  // The notice in row 1 (off the paper), then the form's title block.
  expect(chart.values[0][0]).toMatch(/^Trang do Chỉ tiêu tạo khi kiểm tra ngân sách/);
  expect(chart.values.map((r) => r[0])).toContain("BIỂU ĐỒ THỰC HIỆN SO VỚI DỰ TOÁN NGÂN SÁCH");
  // Top lines and their children: the land use fees behind pace among them.
  expect(chart.values.map((r) => r.slice(0, 4))).toContainEqual([
    "II. Thu tiền sử dụng đất",
    1500,
    400,
    26.7,
  ]);

  // Again: the chart sheet is written over, not added beside.
  await user.click(screen.getByRole("button", { name: "Kiểm tra ngân sách" }));
  expect(
    await screen.findByText(
      `Biểu đồ thực hiện so với dự toán được ghi lại trên trang “${CHART}” (thay lần kiểm tra trước).`,
    ),
  ).toBeInTheDocument();
  expect((await gateway.listSheets()).map((s) => s.name)).toEqual([sheet, "Ghi chú", CHART]);

  // In English after the switch in Settings: the same results, in English.
  await user.click(screen.getByRole("tab", { name: "Cài đặt" }));
  await user.click(await screen.findByRole("radio", { name: "English" }));
  await user.click(screen.getByRole("tab", { name: "Budget" }));
  expect(await screen.findByTestId("budget-sentences")).toHaveTextContent(
    /^Six months: revenue .* reached 4,698\.9 billion dong, 54\.2% of the estimate; spending .* reached 561\.7 billion dong, 49\.7% of the estimate\.$/,
  );
  const english = screen.getByRole("list", { name: "Lines to look at (2)" });
  expect(
    within(english)
      .getAllByRole("listitem")
      .map((li) => li.textContent),
  ).toEqual([
    "Behind paceD20II. Thu tiền sử dụng đất26.7% of estimate",
    "Over estimateD285. Chi sự nghiệp kinh tế109.2% of estimate",
  ]);
  expect(screen.getByRole("button", { name: "Check the budget" })).toBeInTheDocument();
  expect(screen.getByRole("table", { name: "Revenue and spending totals" })).toBeInTheDocument();
}, 60_000);

test("a sheet without a budget table is said so plainly, and nothing is written", async () => {
  const { gateway, sheet } = await budgetBook();
  await gateway.select("Ghi chú", "A1");
  renderPane({ gateway, initialTab: "budget" });
  await runBudget();
  const note = await screen.findByTestId("budget-no-table");
  expect(note).toHaveTextContent("Trang “Ghi chú” không có bảng ngân sách.");
  expect(note).toHaveTextContent(
    "Trang “Ghi chú” không có bảng ngân sách (cần cột Nội dung và ít nhất một cột Dự toán, Thực hiện, Quyết toán, Tỷ trọng hoặc Số lượng).",
  );
  expect(note).toHaveTextContent(
    "Thẻ Mẫu kế hoạch có mẫu “Dự toán và thực hiện thu, chi ngân sách”",
  );
  expect((await gateway.listSheets()).map((s) => s.name)).toEqual([sheet, "Ghi chú"]);
}, 30_000);

test("every sheet: the budget sheet is checked and the others are named", async () => {
  const { gateway, sheet } = await budgetBook();
  await gateway.select("Ghi chú", "A1");
  const user = userEvent.setup();
  renderPane({ gateway, initialTab: "budget" });
  await user.click(await screen.findByRole("radio", { name: "Tất cả các trang tính" }));
  await runBudget("6m");
  expect(
    await screen.findByText("Đã kiểm tra 1 bảng ngân sách trên 1 trang tính."),
  ).toBeInTheDocument();
  expect(screen.getByText("Không có bảng ngân sách: Ghi chú.")).toBeInTheDocument();
  expect(screen.getByRole("list", { name: "Dòng cần xem (2)" })).toBeInTheDocument();
  expect((await gateway.listSheets()).map((s) => s.name)).toEqual([sheet, "Ghi chú", CHART]);
}, 30_000);

test("the add-in's own chart sheet, when active, is not read as a budget", async () => {
  const { gateway, sheet } = await budgetBook();
  renderPane({ gateway, initialTab: "budget" });
  const user = await runBudget("6m");
  await screen.findByTestId("budget-sentences");
  await gateway.select(CHART, "A1");
  await user.click(screen.getByRole("button", { name: "Kiểm tra ngân sách" }));
  expect(
    await screen.findByText(
      `Trang “${CHART}” là trang biểu đồ do Chỉ tiêu ghi. Hãy mở trang có bảng ngân sách rồi kiểm tra lại.`,
    ),
  ).toBeInTheDocument();
  expect((await gateway.listSheets()).map((s) => s.name)).toEqual([sheet, "Ghi chú", CHART]);
}, 30_000);
