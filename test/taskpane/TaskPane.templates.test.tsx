/** @jest-environment jsdom */
import "@testing-library/jest-dom";
import "./support/jsdomShims";
import "./support/preloadLazy";
import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { createWorkbook } from "../../src/hosts/xlsx";
import { renderPane } from "./support/renderPane";

beforeEach(() => localStorage.clear());

test("creates a plan sheet and a sheet per sub-unit in the workbook", async () => {
  const gateway = createWorkbook();
  await gateway.apply({ changes: [{ kind: "addSheet", sheet: "Ghi chép" }] });
  const user = userEvent.setup();
  renderPane({ gateway, initialTab: "templates" });

  const create = await screen.findByRole("button", { name: "Tạo trang tính" });
  await user.click(create);
  expect(screen.getByText("Hãy nhập tên đơn vị.")).toBeInTheDocument();

  await user.selectOptions(screen.getByRole("combobox", { name: "Mẫu" }), "district-plan");
  await user.type(screen.getByRole("textbox", { name: /Tên đơn vị/ }), "Quận 7");
  const year = screen.getByRole("spinbutton", { name: "Năm kế hoạch" });
  await user.clear(year);
  await user.type(year, "2026");
  await user.tab();
  await user.type(
    screen.getByRole("textbox", { name: "Đơn vị cấp dưới (không bắt buộc)" }),
    "Phường Tân Phong{Enter}Phường Tân Hưng",
  );
  await user.click(create);
  expect(
    await screen.findByText(
      "Đã tạo: KH 2026 - Quận 7, KH 2026 - Phường Tân Phong, KH 2026 - Phường Tân Hưng.",
    ),
  ).toBeInTheDocument();
  expect((await gateway.listSheets()).map((s) => s.name)).toEqual([
    "Ghi chép",
    "KH 2026 - Quận 7",
    "KH 2026 - Phường Tân Phong",
    "KH 2026 - Phường Tân Hưng",
  ]);
});
