/** @jest-environment jsdom */
import "@testing-library/jest-dom";
import "./support/jsdomShims";
import "./support/preloadLazy";
import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { toleranceEntry } from "../../src/taskpane/settings/toleranceEntry";
import { renderPane } from "./support/renderPane";

beforeEach(() => localStorage.clear());

describe("toleranceEntry: what a typed tolerance becomes", () => {
  test.each([
    [10, 10, "kept"],
    [12.5, 12.5, "kept"],
    [12.34, 12.3, "rounded"],
    [75, 50, "clamped"],
    [-5, 0, "clamped"],
    [50.04, 50, "rounded"],
    [50.06, 50, "clamped"],
  ])("%d → %d (%s)", (typed, value, change) => {
    expect(toleranceEntry(typed)).toEqual({ value, change });
  });
});

describe("the tolerance field says when it changed what was typed", () => {
  test.each([
    ["75", "50", "Đã đổi 75 thành 50: ngưỡng phải từ 0 đến 50%."],
    ["12,34", "12,3", "Đã làm tròn 12,34 thành 12,3 (một chữ số thập phân)."],
    ["25", "25", undefined],
  ])("typing %s leaves %s", async (typed, shown, said) => {
    const user = userEvent.setup();
    renderPane({ gateway: undefined, initialTab: "settings" });
    const field = await screen.findByRole("spinbutton", { name: /Ngưỡng “có nguy cơ”/ });
    await user.clear(field);
    await user.type(field, typed);
    await user.tab();
    expect(field).toHaveValue(shown);
    if (said) expect(screen.getByText(said)).toBeInTheDocument();
    else expect(screen.queryByText(/^Đã (đổi|làm tròn)/)).not.toBeInTheDocument();
  });
});
