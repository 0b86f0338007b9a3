import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { judgeRun, type Verdict } from "./judgeRun";
import type { Mutant } from "./mutant";
import { runCli, type CliRun } from "./runCli";

export interface MutantResult extends Verdict {
  mutant: string;
  /** "check" or "check --out". */
  command: string;
  run: CliRun;
}

/** `chitieu check <mutant> --json` (with `--out` when asked) in a child process, judged. */
export function runMutant(mutant: Mutant, sourceTotal: number, withOut: boolean): MutantResult {
  const dir = mkdtempSync(path.join(tmpdir(), "chitieu-mutant-"));
  try {
    const file = path.join(dir, "mutant.xlsx");
    writeFileSync(file, mutant.bytes);
    const args = [
      "check",
      file,
      "--json",
      ...(withOut ? ["--out", path.join(dir, "out.xlsx")] : []),
    ];
    const run = runCli(args);
    return {
      mutant: mutant.name,
      command: withOut ? "check --out" : "check",
      run,
      ...judgeRun(run, sourceTotal),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The indicator count `check --json` gives the unmutated source (0 when it is refused). */
export function sourceTotal(bytes: Uint8Array): number {
  const dir = mkdtempSync(path.join(tmpdir(), "chitieu-source-"));
  try {
    const file = path.join(dir, "source.xlsx");
    writeFileSync(file, bytes);
    const run = runCli(["check", file, "--json"], 60_000);
    const total =
      run.exit === 0 ? (JSON.parse(run.stdout) as { summary: { total: number } }).summary.total : 0;
    return total;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
