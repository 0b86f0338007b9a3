/** @jest-environment jsdom */
import "@testing-library/jest-dom";
import "./support/jsdomShims";
import "./support/preloadLazy";
import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { OfficeGateway } from "../../src/hosts/office/officeGateway";
import { StrictExcel } from "../hosts/office/strictExcel";
import { renderPane } from "./support/renderPane";
import { SEED, SHEET } from "./support/wardSheet";

/**
 * Co-authoring (issue 12): Excel reports a co-author's edit to every open pane (source
 * "Remote"). Each pane re-reads it, but only the author's own pane writes: two panes open on a
 * shared workbook must not keep triggering each other.
 */
beforeEach(() => localStorage.clear());

async function checkedPane() {
  const excel = new StrictExcel(SEED);
  const gateway = new OfficeGateway(excel.run, {
    isSetSupported: excel.isSetSupported,
    library: excel.excelLibrary,
    runWith: excel.runWith,
  });
  renderPane({ gateway });
  await userEvent.setup().click(screen.getByRole("button", { name: "Kiểm tra" }));
  expect(await screen.findByText("Tự kiểm tra lại khi sửa bảng chỉ tiêu.")).toBeInTheDocument();
  expect(screen.getByTestId("count-lagging")).toHaveTextContent("1");
  const statusCell = [...excel.sheet(SHEET).cells.entries()].find(
    ([, cell]) => cell.value === "Chậm tiến độ",
  )?.[0];
  expect(statusCell).toBeDefined();
  return { excel, statusCell: statusCell as string };
}

/** A co-author types 70 into F6: the lagging row is now on track. */
function typeOnTrackFigure(excel: StrictExcel) {
  const row = excel.sheet(SHEET).cells;
  for (const [key, cell] of row) if (cell.value === 30) row.set(key, { ...cell, value: 70 });
}

const statusAt = (excel: StrictExcel, key: string) => {
  const cell = excel.sheet(SHEET).cells.get(key);
  return cell?.value;
};

test("a co-author's edit is re-read, and the pane writes nothing back", async () => {
  const { excel, statusCell } = await checkedPane();
  typeOnTrackFigure(excel);
  excel.resetRequests();
  await excel.fireChange({ sheet: SHEET, address: "F6", source: "Remote" });
  await waitFor(() => expect(screen.getByTestId("count-lagging")).toHaveTextContent("0"), {
    timeout: 4000,
  });
  // Re-read (the pane shows the new count), but the sheet keeps what the co-author's pane wrote.
  expect(excel.syncCount).toBeGreaterThan(0);
  expect(statusAt(excel, statusCell)).toBe("Chậm tiến độ");
  expect(excel.requests.every((r) => r.operations > 0)).toBe(true);
});

test("the user's own edit is re-checked and written", async () => {
  const { excel, statusCell } = await checkedPane();
  typeOnTrackFigure(excel);
  await excel.fireChange({ sheet: SHEET, address: "F6" });
  await waitFor(() => expect(statusAt(excel, statusCell)).toBe("Đúng tiến độ"), { timeout: 4000 });
});
