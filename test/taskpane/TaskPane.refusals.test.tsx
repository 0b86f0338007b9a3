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

/** Writes refused before anything is written say why in one plain message (issue 12). */
beforeEach(() => localStorage.clear());

function setup() {
  const excel = new StrictExcel(SEED);
  const gateway = new OfficeGateway(excel.run, {
    isSetSupported: excel.isSetSupported,
    library: excel.excelLibrary,
    runWith: excel.runWith,
  });
  return { excel, gateway };
}

test("a check on a protected sheet says so and writes nothing", async () => {
  const { excel, gateway } = setup();
  excel.sheet(SHEET).protected = true;
  const before = JSON.stringify([...excel.sheet(SHEET).cells.entries()]);
  const user = userEvent.setup();
  renderPane({ gateway });
  await user.click(screen.getByRole("button", { name: "Kiểm tra" }));
  const alert = await screen.findByRole("alert");
  expect(alert).toHaveTextContent(`Trang tính “${SHEET}” đang được bảo vệ`);
  expect(alert).toHaveTextContent("chưa ô nào bị thay đổi");
  expect(JSON.stringify([...excel.sheet(SHEET).cells.entries()])).toBe(before);
});

test("selecting a finding on a sheet hidden since the check says so, and unhides only when asked", async () => {
  const { excel, gateway } = setup();
  const user = userEvent.setup();
  renderPane({ gateway });
  await user.click(screen.getByRole("button", { name: "Kiểm tra" }));
  const finding = await screen.findByRole("button", { name: /^Dòng 6 · / });
  excel.sheet(SHEET).visibility = "Hidden";
  await user.click(finding);
  const alert = await screen.findByRole("alert");
  expect(alert).toHaveTextContent(`Trang tính “${SHEET}” đang ẩn`);
  expect(excel.sheet(SHEET).visibility).toBe("Hidden");

  await user.click(screen.getByRole("button", { name: "Hiện trang tính và chọn ô" }));
  await screen.findByRole("button", { name: /^Dòng 6 · / });
  expect(excel.sheet(SHEET).visibility).toBe("Visible");
  expect(excel.model.selection?.sheet).toBe(SHEET);
});
