import { mkdtemp, readdir } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { demoCommand } from "../../../src/cli/commands/demoCommand";
import { nodeIo } from "../../../src/cli/nodeIo";

export interface DemoFiles {
  folder: string;
  /** Quận 7's plan. */
  parent: string;
  /** The ten wards' plans as they send them (not the checked copies), by file name. */
  wards: string[];
}

/** What `chitieu demo` writes, in a new temporary folder. */
export async function demoFiles(): Promise<DemoFiles> {
  const folder = await mkdtemp(join(tmpdir(), "chitieu-e2e-demo-"));
  const quiet = { ...nodeIo, stdout: () => undefined };
  await demoCommand(quiet, folder, "vi");
  const names = (await readdir(folder)).sort();
  const parent = names.find((n) => n.startsWith("quan-7-ke-hoach-") && !n.includes("checked"));
  if (!parent) throw new Error(`chitieu demo wrote no district plan in ${folder}`);
  const wards = names.filter((n) => n.startsWith("phuong-") && !n.includes("checked"));
  return { folder, parent: join(folder, parent), wards: wards.map((n) => join(folder, n)) };
}
