/** @jest-environment jsdom */
import "@testing-library/jest-dom";
import "./support/jsdomShims";
import "./support/preloadLazy";
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { isOwnConsolidationSheet } from "../../src/workbook/consolidate/ownedSheets";
import { demoWorkbook } from "./support/demoWorkbook";
import { renderPane } from "./support/renderPane";

beforeEach(() => localStorage.clear());

test("consolidates the wards' sheets chosen in the Tổng hợp tab into new sheets", async () => {
  const { gateway, sheets } = await demoWorkbook();
  const user = userEvent.setup();
  renderPane({ gateway, initialTab: "consolidate" });

  const group = await screen.findByRole("group", { name: "Trang của đơn vị cấp dưới" });
  const wardSheets = sheets.filter((s) => /Phường/.test(s));
  const boxes = await Promise.all(
    wardSheets.map((name) => within(group).findByRole("checkbox", { name })),
  );
  expect(within(group).getAllByRole("checkbox")).toHaveLength(wardSheets.length);
  boxes.forEach((b) => expect(b).toBeChecked());
  const parent = screen.getByRole("combobox", { name: /Trang kế hoạch của cấp trên/ });
  expect(parent).toHaveValue(sheets.find((s) => /Quận 7/.test(s)));

  // Nothing chosen: told so, nothing written.
  for (const box of boxes) await user.click(box);
  await user.click(screen.getByRole("button", { name: "Tổng hợp" }));
  expect(screen.getByText("Hãy chọn ít nhất một trang của đơn vị cấp dưới.")).toBeInTheDocument();
  expect((await gateway.listSheets()).map((s) => s.name)).toEqual(sheets);

  for (const box of boxes) await user.click(box);
  await user.click(screen.getByRole("button", { name: "Tổng hợp" }));
  expect(
    await screen.findByText("Đã ghi các trang: Tổng hợp Quận 7, Nguồn, Ma trận đánh giá."),
  ).toBeInTheDocument();
  expect(screen.getByText(/Câu tổng hợp · 2 đơn vị/)).toBeInTheDocument();
  const written = await gateway.read({ sheets: ["Tổng hợp Quận 7", "Nguồn", "Ma trận đánh giá"] });
  expect(written.sheets.map(isOwnConsolidationSheet)).toEqual([true, true, true]);

  // Again: the same three sheets are replaced, none added.
  await user.click(screen.getByRole("button", { name: "Tổng hợp" }));
  await waitFor(() =>
    expect(screen.getByText(/Thay kết quả tổng hợp lần trước/)).toBeInTheDocument(),
  );
  expect((await gateway.listSheets()).map((s) => s.name)).toEqual([
    ...sheets,
    "Tổng hợp Quận 7",
    "Nguồn",
    "Ma trận đánh giá",
  ]);
}, 60_000);

test("where the host can't import files, the pane says what to do instead", async () => {
  const { gateway } = await demoWorkbook();
  const user = userEvent.setup();
  renderPane({ gateway, initialTab: "consolidate" });
  const input = await screen.findByLabelText("Nhập file .xlsx của đơn vị…", {
    selector: "input",
  });
  const file = new File([Uint8Array.from([0x50, 0x4b, 0x03, 0x04])], "phuong.xlsx");
  await user.upload(input, file);
  expect(await screen.findByRole("alert")).toHaveTextContent(
    "Ở đây chưa nhập được file. Hãy mở file của đơn vị trong Excel và chép trang vào sổ tính này.",
  );
}, 30_000);

test("the Tổng hợp tab judges the period Kiểm tra does, and never offers its own output", async () => {
  const { gateway, sheets } = await demoWorkbook();
  const user = userEvent.setup();
  renderPane({ gateway, initialTab: "consolidate" });
  const group = await screen.findByRole("group", { name: "Trang của đơn vị cấp dưới" });
  await within(group).findAllByRole("checkbox");

  // The period from the titles: the sample is at nine months, KT10 (75,8% KH) on track.
  const period = screen.getByRole("combobox", { name: "Kỳ báo cáo" });
  expect(period).toHaveValue("auto");
  await user.click(screen.getByRole("button", { name: "Tổng hợp" }));
  await screen.findByText(/Đã ghi các trang/);
  const statusOf = async (code: string) => {
    const matrix = (await gateway.read({ sheets: ["Ma trận đánh giá"] })).sheets[0];
    const row = matrix.values.find((r) => r[0] === code) ?? [];
    return row[row.length - 1];
  };
  expect(await statusOf("KT10")).toBe("Đúng tiến độ");
  expect(screen.getByText(/^9 tháng: /)).toBeInTheDocument();

  // The output sheets are not offered as sub-units, nor as the parent.
  expect(await gateway.listSheets()).toHaveLength(sheets.length + 3);
  await user.click(screen.getByRole("button", { name: "Làm mới danh sách trang" }));
  await waitFor(() => expect(within(group).getAllByRole("checkbox")).toHaveLength(2));
  const offered = within(screen.getByRole("combobox", { name: /Trang kế hoạch của cấp trên/ }))
    .getAllByRole("option")
    .map((o) => o.textContent);
  expect(offered).toEqual(["(không có: cộng theo các đơn vị)", ...sheets]);

  // Chosen here, the period is the Kiểm tra tab's too: at year end KT10 is not achieved.
  await user.selectOptions(period, "year");
  await user.click(screen.getByRole("button", { name: "Tổng hợp" }));
  await waitFor(async () => expect(await statusOf("KT10")).toBe("Không đạt"));
  expect(JSON.parse(localStorage.getItem("chitieu.settings.v1") ?? "{}")).toMatchObject({
    period: "year",
  });
}, 60_000);
