/** @jest-environment jsdom */
import "@testing-library/jest-dom";
import "./support/jsdomShims";
import "./support/preloadLazy";
import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { OfficeGateway } from "../../src/hosts/office/officeGateway";
import { StrictExcel } from "../hosts/office/strictExcel";
import { renderPane } from "./support/renderPane";
import { SEED, SHEET } from "./support/wardSheet";

/**
 * Excel's errors in plain words (issue 12): the pane picks its message by Excel's error code and
 * never shows Excel's own text for a known code, such as ItemNotFound's "The requested resource
 * doesn't exist.".
 */
beforeEach(() => localStorage.clear());

test("selecting a finding on a sheet deleted since the check says so in plain Vietnamese", async () => {
  const excel = new StrictExcel(SEED);
  const gateway = new OfficeGateway(excel.run, {
    isSetSupported: excel.isSetSupported,
    library: excel.excelLibrary,
    runWith: excel.runWith,
  });
  const user = userEvent.setup();
  renderPane({ gateway });
  await user.click(screen.getByRole("button", { name: "Kiểm tra" }));
  const finding = await screen.findByRole("button", { name: /^Dòng 6 · / });
  excel.model.sheets = excel.model.sheets.filter((s) => s.name !== SHEET);
  await user.click(finding);
  const alert = await screen.findByRole("alert");
  expect(alert).toHaveTextContent("Không tìm thấy trang tính, bảng hoặc ô cần dùng");
  expect(alert).not.toHaveTextContent("The requested resource doesn't exist.");
});
