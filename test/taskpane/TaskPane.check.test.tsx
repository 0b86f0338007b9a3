/** @jest-environment jsdom */
import "@testing-library/jest-dom";
import "./support/jsdomShims";
import "./support/preloadLazy";
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { checkWorkbook } from "../../src/workbook/check/checkWorkbook";
import { demoWorkbook } from "./support/demoWorkbook";
import { renderPane } from "./support/renderPane";

beforeEach(() => localStorage.clear());

test("checks the active sheet through the gateway and shows counts, fields and findings", async () => {
  const { gateway, sheets } = await demoWorkbook();
  const expected = checkWorkbook(await gateway.read(), { sheets: [sheets[0]] }).summary;
  const apply = jest.spyOn(gateway, "apply");
  const select = jest.spyOn(gateway, "select");
  const user = userEvent.setup();
  renderPane({ gateway });

  expect(screen.getByRole("tab", { name: "Kiểm tra" })).toHaveAttribute("aria-selected", "true");
  await user.click(screen.getByRole("button", { name: "Kiểm tra" }));

  const cards = await screen.findByRole("list", { name: "Tổng hợp theo đánh giá" });
  expect(within(cards).getByText("Chậm tiến độ").closest("li")).toHaveTextContent(
    `Chậm tiến độ${expected.counts.lagging}`,
  );
  expect(screen.getByTestId("count-on_track")).toHaveTextContent(String(expected.counts.on_track));
  expect(apply).toHaveBeenCalledTimes(1);
  expect(
    screen.getByText(`Đã kiểm tra ${expected.total} chỉ tiêu trên 1 trang tính.`),
  ).toBeInTheDocument();

  // A progress bar per field, its figures written beside it.
  expect(screen.getAllByRole("progressbar").length).toBe(expected.byField.length);

  // Lagging rows are listed by default, each a link to its cell.
  const section = screen.getByRole("region", { name: sheets[0] });
  const lagging = within(section).getAllByText("Chậm tiến độ");
  expect(lagging.length).toBe(expected.counts.lagging);
  const item = lagging[0].closest("li") as HTMLElement;
  await user.click(within(item).getAllByRole("button")[0]);
  expect(select).toHaveBeenCalledWith(sheets[0], expect.stringMatching(/^[A-Z]+\d+$/));
});

test("filters the list by status with toggle buttons", async () => {
  const { gateway, sheets } = await demoWorkbook();
  const user = userEvent.setup();
  renderPane({ gateway });
  await user.click(screen.getByRole("button", { name: "Kiểm tra" }));
  const filter = await screen.findByRole("group", { name: "Lọc theo đánh giá" });
  const section = screen.getByRole("region", { name: sheets[0] });
  const lagging = within(filter).getByRole("button", { name: /^Chậm tiến độ/ });
  expect(lagging).toHaveAttribute("aria-pressed", "true");
  await user.click(lagging);
  expect(lagging).toHaveAttribute("aria-pressed", "false");
  expect(within(section).queryByText("Chậm tiến độ")).not.toBeInTheDocument();
  const onTrack = within(filter).getByRole("button", { name: /^Đúng tiến độ/ });
  await user.click(onTrack);
  await waitFor(() =>
    expect(within(section).getAllByText("Đúng tiến độ").length).toBeGreaterThan(0),
  );
});

test("writes nothing when highlighting is off", async () => {
  localStorage.setItem("chitieu.settings.v1", JSON.stringify({ highlight: false }));
  const { gateway } = await demoWorkbook();
  const apply = jest.spyOn(gateway, "apply");
  const user = userEvent.setup();
  renderPane({ gateway });
  await user.click(screen.getByRole("button", { name: "Kiểm tra" }));
  expect(await screen.findByText(/Tô màu đang tắt/)).toBeInTheDocument();
  expect(apply).not.toHaveBeenCalled();
});

test("a failed read shows a MessageBar in plain words, without a stack trace", async () => {
  const { gateway } = await demoWorkbook();
  jest
    .spyOn(gateway, "read")
    .mockRejectedValue(new Error("InvalidOperation: cell editing\n    at Excel.run"));
  const user = userEvent.setup();
  renderPane({ gateway });
  await user.click(screen.getByRole("button", { name: "Kiểm tra" }));
  const alert = await screen.findByRole("alert");
  expect(alert).toHaveTextContent("Không đọc được sổ tính");
  expect(alert).toHaveTextContent("Chi tiết: InvalidOperation: cell editing");
  expect(alert).not.toHaveTextContent("at Excel.run");
  await user.click(within(alert).getByRole("button", { name: "Đóng thông báo" }));
  expect(screen.queryByRole("alert")).not.toBeInTheDocument();
});

test("without a workbook the pane says why and cannot run", () => {
  renderPane({ gateway: undefined, host: "browser" });
  expect(screen.getByText(/Chưa có sổ tính. Hãy mở Chỉ tiêu trong Excel/)).toBeInTheDocument();
  expect(screen.getByRole("button", { name: "Kiểm tra" })).toBeDisabled();
});

test("inside the preview it points at the preview's own buttons, not at preview.html", () => {
  renderPane({ gateway: undefined, host: "preview" });
  expect(
    screen.getByText("Chưa có sổ tính: hãy bấm “Mở tệp .xlsx” hoặc “Dùng sổ mẫu” ở trên."),
  ).toBeInTheDocument();
  expect(screen.queryByText(/preview\.html/)).not.toBeInTheDocument();
});
