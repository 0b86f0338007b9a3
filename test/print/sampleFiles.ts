/**
 * The files whose printed pages the README shows and the printed-pages test measures: the
 * demo's (plans, checked plans, the budget sample and its checked copy), the consolidation of
 * its wards and the report's chart sheet written on the checked plan as the pane writes it.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { openWorkbook } from "../../src/hosts/xlsx";
import { vi } from "../../src/taskpane/i18n/vi";
import { insertChartTable } from "../../src/taskpane/report/insertChartTable";
import { checkWorkbook } from "../../src/workbook/check/checkWorkbook";
import { DiskIo } from "../cli/memoryIo";

async function run(io: DiskIo, ...args: string[]): Promise<void> {
  const result = await io.run(...args);
  if (result.code !== 0) throw new Error(`chitieu ${args.join(" ")}: ${result.err}`);
}

/** The demo's files, its wards' consolidation and the report's chart sheet, in `folder`. */
export async function sampleFiles(folder: string): Promise<string[]> {
  const io = new DiskIo();
  mkdirSync(folder, { recursive: true });
  await run(io, "demo", "--out", folder);
  const file = (name: string) => path.join(folder, name);
  const wards = readdirSync(folder).filter((f) => /^phuong-.*-2023\.xlsx$/.test(f));
  const plan = file("quan-7-ke-hoach-2023.xlsx");
  await run(
    io,
    "consolidate",
    ...wards.map(file),
    "--plan",
    plan,
    "--out",
    file("tong-hop-2023.xlsx"),
  );
  const checked = await openWorkbook(
    new Uint8Array(readFileSync(file("quan-7-ke-hoach-2023-checked.xlsx"))),
  );
  await insertChartTable(checked, checkWorkbook(await checked.read()), vi);
  writeFileSync(file("bieu-do-2023.xlsx"), await checked.toBuffer());
  return [
    "quan-7-ke-hoach-2023.xlsx",
    "quan-7-ke-hoach-2023-checked.xlsx",
    "tong-hop-2023.xlsx",
    "quan-7-ngan-sach-2023.xlsx",
    "quan-7-ngan-sach-2023-checked.xlsx",
    "bieu-do-2023.xlsx",
  ].map(file);
}
