/** @jest-environment jsdom */
import "@testing-library/jest-dom";
import { screen } from "@testing-library/react";
import { emptyCounts } from "../../../src/engine/report/summarize";
import { STATUS_STYLE } from "../../../src/workbook/write/statusStyle";
import { SummaryCards } from "../../../src/taskpane/components/SummaryCards";
import { MessagesProvider } from "../../../src/taskpane/i18n/MessagesContext";
import { messagesFor } from "../../../src/taskpane/i18n/catalogue";
import { renderWithFluent } from "../support/renderPane";

/** jsdom gives colours as rgb(); the workbook's styles are "#RRGGBB". */
function rgb(hex: string): string {
  const n = parseInt(hex.slice(1), 16);
  return `rgb(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255})`;
}

test("a status no row has is shown without its colour; one with rows keeps the workbook's", () => {
  const counts = { ...emptyCounts(), lagging: 2 };
  renderWithFluent(
    <MessagesProvider value={messagesFor("vi")}>
      <SummaryCards counts={counts} statuses={["lagging", "invalid"]} />
    </MessagesProvider>,
  );
  const card = (status: string) =>
    screen.getByTestId(`count-${status}`).closest("li") as HTMLElement;
  expect(card("invalid").style.backgroundColor).toBe("");
  const fill = STATUS_STYLE.lagging.fill;
  expect(card("lagging").style.backgroundColor).toBe(fill ? rgb(fill) : "");
  expect(screen.getByTestId("count-invalid")).toHaveTextContent("0");
});
