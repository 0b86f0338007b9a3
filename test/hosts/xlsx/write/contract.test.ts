import { CONTRACT_CASES, runContractCase } from "../../contractCases";
import { seedXlsx } from "../../exceljs/support/seedWorkbook";
import { PackageGateway } from "./support/packageGateway";
import { StreamingGateway } from "./support/streamingGateway";

describe("package writer: the shared contract cases (seeded by ExcelJS, read back by the current reader)", () => {
  test.each(CONTRACT_CASES.map((c) => [c.name, c] as const))("%s", async (_name, c) => {
    const gateway = new PackageGateway(await seedXlsx(c.seed));
    expect(await runContractCase(gateway, c)).toEqual([]);
  });
});

describe("package writer: the shared contract cases through the streaming reader (the swap's pairing)", () => {
  test.each(CONTRACT_CASES.map((c) => [c.name, c] as const))("%s", async (_name, c) => {
    const gateway = new StreamingGateway(await seedXlsx(c.seed));
    expect(await runContractCase(gateway, c)).toEqual([]);
  });
});
