import { openWorkbook } from "../../../../src/hosts/xlsx";
import { CONTRACT_CASES, checkSnapshot, runContractCase } from "../../contractCases";
import { seedXlsx } from "../support/seedWorkbook";

describe("XlsxGateway: the shared contract cases, on .xlsx files written by ExcelJS", () => {
  test.each(CONTRACT_CASES.map((c) => [c.name, c] as const))("%s", async (_name, c) => {
    const gateway = await openWorkbook(await seedXlsx(c.seed));
    expect(await runContractCase(gateway, c)).toEqual([]);
  });
});

describe("XlsxGateway: the contract cases survive saving and opening again", () => {
  test.each(CONTRACT_CASES.map((c) => [c.name, c] as const))("%s", async (_name, c) => {
    const gateway = await openWorkbook(await seedXlsx(c.seed));
    if (c.changes) await gateway.apply({ changes: c.changes });
    const reopened = await openWorkbook(await gateway.toBuffer());
    expect(checkSnapshot(await reopened.read(c.read ?? {}), c.expect)).toEqual([]);
  });
});
