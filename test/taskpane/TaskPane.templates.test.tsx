/** @jest-environment jsdom */
import "@testing-library/jest-dom";
import "./support/jsdomShims";
import "./support/preloadLazy";
import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { TEMPLATES } from "../../src/engine/templates/catalogue";
import { planYear } from "../../src/engine/templates/planYear";
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

test("lists today's structure first, as the command line does, with this year by default", async () => {
  renderPane({ gateway: createWorkbook(), initialTab: "templates" });
  const select = await screen.findByRole("combobox", { name: "Mẫu" });
  const options = Array.from((select as HTMLSelectElement).options);
  expect(options.map((o) => [o.value, o.text])).toEqual(
    TEMPLATES.map((tpl) => [tpl.id, tpl.title.vi]),
  );
  expect(options.map((o) => o.value).slice(0, 3)).toEqual([
    "province-plan",
    "ward-plan",
    "district-plan",
  ]);
  expect(options[2].text).toMatch(/trước 1\/7\/2025/);
  expect((select as HTMLSelectElement).value).toBe("province-plan");
  expect(screen.getByRole("spinbutton", { name: "Năm kế hoạch" })).toHaveValue(
    String(planYear(new Date())),
  );
});

test.each([
  [
    "ward-plan",
    "Phường Tân Thuận",
    "Khu phố 1{Enter}Khu phố 2",
    ["KH 2026 - Phường Tân Thuận", "KH 2026 - Khu phố 1", "KH 2026 - Khu phố 2"],
  ],
  ["ward-plan", "Xã Thuận Hạnh", "", ["KH 2026 - Xã Thuận Hạnh"]],
  [
    "province-plan",
    "Thành phố Hồ Chí Minh",
    "Phường Sài Gòn",
    ["KH 2026 - Thành phố Hồ Chí Minh", "KH 2026 - Phường Sài Gòn"],
  ],
])("%s for %s writes the unit's own sheet, then its sub-units'", async (id, unit, subs, sheets) => {
  const gateway = createWorkbook();
  const user = userEvent.setup();
  renderPane({ gateway, initialTab: "templates" });
  await user.selectOptions(await screen.findByRole("combobox", { name: "Mẫu" }), id);
  await user.type(screen.getByRole("textbox", { name: /Tên đơn vị/ }), unit);
  const year = screen.getByRole("spinbutton", { name: "Năm kế hoạch" });
  await user.clear(year);
  await user.type(year, "2026");
  await user.tab();
  if (subs) await user.type(screen.getByRole("textbox", { name: /Đơn vị cấp dưới/ }), subs);
  await user.click(screen.getByRole("button", { name: "Tạo trang tính" }));
  expect(await screen.findByText(`Đã tạo: ${sheets.join(", ")}.`)).toBeInTheDocument();
  expect((await gateway.listSheets()).map((s) => s.name)).toEqual(sheets);
});

test("the budget template refuses sub-units in plain words and writes nothing", async () => {
  const gateway = createWorkbook();
  const user = userEvent.setup();
  renderPane({ gateway, initialTab: "templates" });
  await user.selectOptions(await screen.findByRole("combobox", { name: "Mẫu" }), "budget");
  await user.type(screen.getByRole("textbox", { name: /Tên đơn vị/ }), "Phường Tân Thuận");
  await user.type(screen.getByRole("textbox", { name: /Đơn vị cấp dưới/ }), "Khu phố 1");
  expect(screen.getByText(/^Mẫu ngân sách là bảng thu, chi của một đơn vị/)).toBeInTheDocument();
  await user.click(screen.getByRole("button", { name: "Tạo trang tính" }));
  expect(await gateway.listSheets()).toEqual([]);
});
