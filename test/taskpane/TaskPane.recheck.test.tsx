/** @jest-environment jsdom */
import "@testing-library/jest-dom";
import "./support/jsdomShims";
import "./support/preloadLazy";
import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { PreviewGateway } from "../../src/preview/previewGateway";
import { checkWorkbook } from "../../src/workbook/check/checkWorkbook";
import { demoWorkbook } from "./support/demoWorkbook";
import { renderPane } from "./support/renderPane";

beforeEach(() => localStorage.clear());

test("an edit to a checked plan sheet is checked again, once, without a loop", async () => {
  const { gateway: workbook, sheets } = await demoWorkbook();
  const gateway = new PreviewGateway(workbook);
  const read = jest.spyOn(workbook, "read");
  const user = userEvent.setup();
  renderPane({ gateway });
  await user.click(screen.getByRole("button", { name: "Kiểm tra" }));
  expect(await screen.findByText("Tự kiểm tra lại khi sửa bảng chỉ tiêu.")).toBeInTheDocument();
  const before = Number(screen.getByTestId("count-missing").textContent);
  expect(before).toBe(1);

  // The missing figure is typed in: the sheet is checked again and the count drops.
  const snapshot = await workbook.read({ sheets: [sheets[0]] });
  const check = checkWorkbook(snapshot, { sheets: [sheets[0]] });
  const missing = check.sheets[0].tables[0].check.results.find((r) => r.status === "missing");
  const cell = missing?.indicator.cells.actual as string;
  read.mockClear();
  await gateway.edit(sheets[0], cell, 99999);
  await waitFor(() => expect(screen.getByTestId("count-missing")).toHaveTextContent("0"), {
    timeout: 4000,
  });
  expect(screen.getByText(`Đã kiểm tra lại trang “${sheets[0]}” sau khi sửa.`)).toBeInTheDocument();
  // One read for the re-check; the pane's own write did not trigger another.
  await new Promise((resolve) => setTimeout(resolve, 1200));
  expect(read).toHaveBeenCalledTimes(1);
});
