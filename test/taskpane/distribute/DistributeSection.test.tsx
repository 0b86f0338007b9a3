/** @jest-environment jsdom */
import "@testing-library/jest-dom";
import "../support/jsdomShims";
import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { unzipSync } from "fflate";
import { openWorkbook } from "../../../src/hosts/xlsx";
import { DistributeSection } from "../../../src/taskpane/tabs/DistributeSection";
import { readIdentity } from "../../../src/workbook/distribute/identity";
import { demoParentBook } from "../../workbook/distribute/demoParent";
import { renderWithFluent } from "../support/renderPane";

test("Giao chỉ tiêu: one .zip with each ward's self-checking workbook, the workbook unchanged", async () => {
  const gateway = await demoParentBook();
  const before = await gateway.toBuffer();
  const saved: Array<{ bytes: Uint8Array; fileName: string }> = [];
  const user = userEvent.setup();
  renderWithFluent(
    <DistributeSection
      gateway={gateway}
      period="6m"
      atRiskTolerance={0.1}
      onSelect={() => undefined}
      save={(bytes, fileName) => saved.push({ bytes, fileName })}
    />,
  );
  await user.click(screen.getByRole("button", { name: "Giao chỉ tiêu (tải .zip)" }));
  expect(
    await screen.findByText(
      "Đã tạo 10 tệp trong giao-chi-tieu-quan-7-6-thang-2023.zip.",
      undefined,
      { timeout: 60_000 },
    ),
  ).toBeInTheDocument();
  // The district did not split three totals: said, with their place.
  expect(
    screen.getByText(/chưa phân bổ cho từng đơn vị các chỉ tiêu cộng dồn/),
  ).toBeInTheDocument();

  expect(saved.map((s) => s.fileName)).toEqual(["giao-chi-tieu-quan-7-6-thang-2023.zip"]);
  const files = unzipSync(saved[0].bytes);
  expect(Object.keys(files)).toHaveLength(10);
  const tanPhong = files["phuong-tan-phong-6-thang-2023.xlsx"];
  const snapshot = await (await openWorkbook(tanPhong)).read();
  expect(readIdentity(snapshot)?.identity).toMatchObject({
    parent: "Quận 7",
    unit: "Phường Tân Phong",
    period: "6m",
  });
  // Reading is all the pane did to the open workbook.
  expect(await gateway.toBuffer()).toEqual(before);
}, 90_000);
