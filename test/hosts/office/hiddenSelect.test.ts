import { WriteRefusedError } from "../../../src/hosts/gateway";
import { OfficeGateway } from "../../../src/hosts/office/officeGateway";
import { StrictExcel } from "./strictExcel";

function setup() {
  const excel = new StrictExcel({
    sheets: [
      { name: "KH", cells: { A1: 1 } },
      { name: "Phường 1", visibility: "hidden", cells: { C5: 7 } },
    ],
  });
  const gateway = new OfficeGateway(excel.run, {
    isSetSupported: excel.isSetSupported,
    library: excel.excelLibrary,
  });
  return { excel, gateway };
}

describe("Selecting a finding on a hidden sheet", () => {
  test("is refused in plain terms, and the sheet stays hidden", async () => {
    const { excel, gateway } = setup();
    const refused = await gateway.select("Phường 1", "C5").catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(WriteRefusedError);
    expect(refused).toMatchObject({ reason: "hidden", sheet: "Phường 1", range: "C5" });
    expect(excel.sheet("Phường 1").visibility).toBe("Hidden");
    expect(excel.model.activeSheet).toBe("KH");
  });

  test("a sheet the check read hidden is looked at first: no failing request", async () => {
    const { excel, gateway } = setup();
    await gateway.read();
    excel.resetRequests();
    await expect(gateway.select("Phường 1", "C5")).rejects.toMatchObject({ reason: "hidden" });
    expect(excel.syncCount).toBe(1);
  });

  test("shown since the check: selected as usual", async () => {
    const { excel, gateway } = setup();
    await gateway.read();
    excel.sheet("Phường 1").visibility = "Visible";
    await gateway.select("Phường 1", "C5");
    expect(excel.model.selection).toEqual({ sheet: "Phường 1", address: "C5" });
  });

  test("unhides only when asked, then selects", async () => {
    const { excel, gateway } = setup();
    await gateway.select("Phường 1", "C5", { unhide: true });
    expect(excel.sheet("Phường 1").visibility).toBe("Visible");
    expect(excel.model.activeSheet).toBe("Phường 1");
    expect(excel.model.selection).toEqual({ sheet: "Phường 1", address: "C5" });
  });
});
