import { CONTRACT_CASES, runContractCase } from "../../contractCases";
import { seedXlsx } from "../../exceljs/support/seedWorkbook";
import { PackageGateway } from "./support/packageGateway";

describe("package writer: the shared contract cases (seeded by ExcelJS, read back by the current reader)", () => {
  test.each(CONTRACT_CASES.map((c) => [c.name, c] as const))("%s", async (_name, c) => {
    const gateway = new PackageGateway(await seedXlsx(c.seed));
    expect(await runContractCase(gateway, c)).toEqual([]);
  });
});
