/** @jest-environment jsdom */
import "@testing-library/jest-dom";
import "./support/jsdomShims";
import "./support/preloadLazy";
import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { createWorkbook } from "../../src/hosts/xlsx";
import { PreviewGateway } from "../../src/preview/previewGateway";
import { typeBudgetWorkbook } from "./support/budgetWorkbook";
import { renderPane } from "./support/renderPane";

beforeEach(() => localStorage.clear());

test("an edit to a checked budget table checks it again, once, even with another sheet shown", async () => {
  const workbook = createWorkbook();
  const { sheet } = await typeBudgetWorkbook(workbook);
  await workbook.select(sheet, "A1");
  const gateway = new PreviewGateway(workbook);
  const user = userEvent.setup();
  renderPane({ gateway, initialTab: "budget" });
  await user.selectOptions(await screen.findByRole("combobox", { name: /Kỳ thực hiện/ }), "6m");
  await user.click(await screen.findByRole("button", { name: "Kiểm tra ngân sách" }));
  expect(await screen.findByRole("list", { name: "Dòng cần xem (2)" })).toBeInTheDocument();
  expect(
    screen.getByText("Tự kiểm tra lại khi sửa bảng ngân sách đã kiểm tra."),
  ).toBeInTheDocument();

  // The economic services line (90 of 82,4) is corrected to 80 while another sheet is shown:
  // the budget sheet is checked again, not the sheet on screen.
  gateway.showSheet("Ghi chú");
  const read = jest.spyOn(workbook, "read");
  await gateway.edit(sheet, "D28", 80);
  expect(await screen.findByTestId("budget-rechecked", {}, { timeout: 4000 })).toHaveTextContent(
    `Đã kiểm tra lại ngân sách sau khi sửa trang “${sheet}”.`,
  );
  // No longer over its estimate; its parent's total (362,5) now disagrees with its lines.
  expect(screen.getByRole("list", { name: "Dòng cần xem (2)" })).toHaveTextContent(
    "Chậm tiến độD20II. Thu tiền sử dụng đất26,7% dự toánSố liệu không khớpD23II. Chi thường xuyên52,7% dự toán",
  );
  const [after] = (await workbook.read({ sheets: [sheet] })).sheets;
  const status = after.values[28 - after.origin.row][7 - after.origin.column];
  expect(status).not.toBe("Chi vượt dự toán");
  expect(status).toBe("Trong dự toán");

  // The pane's own write did not set off another re-check.
  const reads = read.mock.calls.length;
  await new Promise((resolve) => setTimeout(resolve, 1200));
  expect(read.mock.calls.length).toBe(reads);
  await waitFor(() => expect(screen.queryByText("Có thay đổi: đang kiểm tra lại…")).toBeNull());
});
