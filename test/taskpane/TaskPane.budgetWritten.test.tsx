/** @jest-environment jsdom */
import "@testing-library/jest-dom";
import "./support/jsdomShims";
import "./support/preloadLazy";
import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { createWorkbook } from "../../src/hosts/xlsx";
import type { XlsxGateway } from "../../src/hosts/xlsx";
import { wroteOwnedColumns } from "../../src/taskpane/budget/wroteColumns";
import { typeBudgetWorkbook } from "./support/budgetWorkbook";
import { renderPane } from "./support/renderPane";

beforeEach(() => localStorage.clear());

const COLUMNS_NOTE = /^Đã ghi cột “% dự toán \(tính\)” và “Đánh giá”/;

const FORM = "Dự toán";

/** A reporting system's blank estimate form (as vn05): placeholders where the figures go. */
async function blankForm(): Promise<XlsxGateway> {
  const gateway = createWorkbook();
  await gateway.apply({
    changes: [
      { kind: "addSheet", sheet: FORM },
      {
        kind: "values",
        sheet: FORM,
        anchor: "A1",
        rows: [
          ["DỰ TOÁN THU, CHI NGÂN SÁCH NĂM 2025"],
          [],
          ["STT", "Nội dung", "Dự toán", "Thực hiện"],
          ["A", "B", 1, 2],
          ["<#ListData.STT>", "<#ListData.NoiDung>", "<#ListData.DuToan>", "<#ListData.ThucHien>"],
        ],
      },
    ],
  });
  await gateway.select(FORM, "A1");
  return gateway;
}

async function check(user: ReturnType<typeof userEvent.setup>): Promise<void> {
  await user.click(await screen.findByRole("button", { name: "Kiểm tra ngân sách" }));
  await screen.findByText(/Đã kiểm tra 1 bảng ngân sách/);
}

test("a typed budget: the columns are written and the pane says so", async () => {
  const gateway = createWorkbook();
  const typed = await typeBudgetWorkbook(gateway);
  await gateway.select(typed.sheet, "A1");
  renderPane({ gateway, initialTab: "budget" });
  await check(userEvent.setup());
  expect(await screen.findByTestId("budget-columns-note")).toHaveTextContent(COLUMNS_NOTE);
}, 30_000);

test("a blank form checked again: nothing goes into its columns, no “Đã ghi cột …”", async () => {
  const gateway = await blankForm();
  const apply = jest.spyOn(gateway, "apply");
  renderPane({ gateway, initialTab: "budget" });
  const user = userEvent.setup();
  await check(user);
  // The first check adds the two columns' headers beside the form.
  expect(await screen.findByTestId("budget-columns-note")).toHaveTextContent(COLUMNS_NOTE);
  await waitFor(() => expect(apply).toHaveBeenCalledTimes(1));

  // The second finds them and has no figure to put in them.
  await check(user);
  await waitFor(() => expect(apply).toHaveBeenCalledTimes(2));
  const second = apply.mock.calls[1][0].changes;
  expect(wroteOwnedColumns(second)).toBe(false);
  await waitFor(() => expect(screen.queryByTestId("budget-columns-note")).toBeNull());
  expect(screen.queryByText(COLUMNS_NOTE)).toBeNull();
}, 30_000);

test("wroteOwnedColumns: values on a table sheet count; blanks, notes and the chart do not", () => {
  expect(wroteOwnedColumns([{ kind: "values", sheet: "NS", anchor: "F5", rows: [[96.2]] }])).toBe(
    true,
  );
  expect(
    wroteOwnedColumns([
      { kind: "clear", sheet: "NS", range: "F5:F9" },
      { kind: "values", sheet: "NS", anchor: "F5", rows: [[null], [""]] },
      { kind: "note", sheet: "NS", cell: "B5", text: "…" },
    ]),
  ).toBe(false);
  expect(
    wroteOwnedColumns(
      [{ kind: "values", sheet: "Biểu đồ ngân sách", anchor: "A1", rows: [["Khoản"]] }],
      "Biểu đồ ngân sách",
    ),
  ).toBe(false);
});
