import { performance } from "node:perf_hooks";
import { createWorkbook } from "../src/hosts/xlsx";
import { openWorkbook } from "../src/hosts/xlsx";
import { changeSet } from "../src/workbook/changeSet";
import { checkWorkbook } from "../src/workbook/check/checkWorkbook";
import { templateChanges } from "../src/workbook/templates/templateChanges";
import { fillDemoFigures } from "../src/workbook/demo/fillDemoFigures";
import { getTemplate } from "../src/engine/templates/catalogue";

async function timed<T>(label: string, work: () => Promise<T>): Promise<T> {
  const start = performance.now();
  const result = await work();
  console.log(`  ${label}: ${(performance.now() - start).toFixed(0)} ms`);
  return result;
}

/** The command line's path on a real file: open, read, check, write back, save. */
export async function benchXlsx(): Promise<void> {
  const workbook = createWorkbook();
  const made = templateChanges({
    template: "district-plan",
    unit: "Quận 7",
    year: 2023,
    subUnits: [],
  });
  await workbook.apply(changeSet(made.changes));
  const sheet = (await workbook.read()).sheets[0];
  await workbook.apply(
    changeSet(fillDemoFigures(sheet, [getTemplate("district-plan")], "year", 0)),
  );
  const bytes = await workbook.toBuffer();
  console.log(
    `check a ${Math.round(bytes.length / 1024)} KB district plan (.xlsx, 53 indicators) end to end:`,
  );
  const opened = await timed("open (streaming reader)", () => openWorkbook(bytes));
  const snapshot = await timed("read snapshot", () => opened.read());
  const check = await timed("find tables, check, describe the write-back", async () =>
    checkWorkbook(snapshot),
  );
  await timed(`apply ${check.changes.changes.length} changes`, () => opened.apply(check.changes));
  await timed("save", () => opened.toBuffer());
}
