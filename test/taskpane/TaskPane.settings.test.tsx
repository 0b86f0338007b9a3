/** @jest-environment jsdom */
import "@testing-library/jest-dom";
import "./support/jsdomShims";
import "./support/preloadLazy";
import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { SETTINGS_KEY } from "../../src/taskpane/settings/settings";
import { demoWorkbook } from "./support/demoWorkbook";
import { renderPane } from "./support/renderPane";

beforeEach(() => localStorage.clear());

test("Vietnamese by default, English on the switch, kept in localStorage", async () => {
  const user = userEvent.setup();
  const first = renderPane({ gateway: undefined, initialTab: "settings" });
  expect(screen.getByRole("tab", { name: "Mẫu kế hoạch" })).toBeInTheDocument();
  expect(document.documentElement.lang).toBe("vi");
  await user.click(await screen.findByRole("radio", { name: "English" }));
  expect(screen.getByRole("tab", { name: "Plan templates" })).toBeInTheDocument();
  expect(screen.getByRole("heading", { name: "Settings" })).toBeInTheDocument();
  expect(document.documentElement.lang).toBe("en");
  expect(JSON.parse(localStorage.getItem(SETTINGS_KEY) ?? "{}")).toMatchObject({ lang: "en" });
  first.unmount();

  renderPane({ gateway: undefined });
  expect(screen.getByRole("tab", { name: "Check" })).toHaveAttribute("aria-selected", "true");
});

test("tolerance and highlight are saved and used by the next check", async () => {
  const user = userEvent.setup();
  const { gateway } = await demoWorkbook();
  renderPane({ gateway, initialTab: "settings" });
  const tolerance = await screen.findByRole("spinbutton", { name: /Ngưỡng “có nguy cơ”/ });
  await user.clear(tolerance);
  await user.type(tolerance, "25");
  await user.tab();
  await user.click(screen.getByRole("switch", { name: "Tô màu kết quả vào sổ tính" }));
  expect(JSON.parse(localStorage.getItem(SETTINGS_KEY) ?? "{}")).toMatchObject({
    atRiskTolerancePercent: 25,
    highlight: false,
  });
  const apply = jest.spyOn(gateway, "apply");
  await user.click(screen.getByRole("tab", { name: "Kiểm tra" }));
  await user.click(screen.getByRole("button", { name: "Kiểm tra" }));
  expect(await screen.findByText(/Tô màu đang tắt/)).toBeInTheDocument();
  expect(apply).not.toHaveBeenCalled();
});

// Keyboard use (Tab, the arrow keys between tabs, Enter on a finding) needs real layout and
// focus handling: tabster, which Fluent uses, skips elements without a size, so jsdom cannot
// show it. The end-to-end test drives the pane by keyboard in Chromium.
test("every control of the Check tab, findings included, has an accessible name", async () => {
  const user = userEvent.setup();
  const { gateway } = await demoWorkbook();
  renderPane({ gateway });
  await user.click(screen.getByRole("button", { name: "Kiểm tra" }));
  expect(await screen.findByRole("list", { name: "Tổng hợp theo đánh giá" })).toBeInTheDocument();
  expect(screen.getAllByRole("button", { name: /^Dòng \d+ · / }).length).toBeGreaterThan(0);
  for (const control of [
    ...screen.getAllByRole("tab"),
    ...screen.getAllByRole("button"),
    ...screen.getAllByRole("radio"),
    ...screen.getAllByRole("combobox"),
    ...screen.getAllByRole("progressbar"),
  ])
    expect(control).toHaveAccessibleName();
});
