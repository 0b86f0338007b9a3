import { ensureCompiledCli } from "../test/hosts/xlsx/mutants/freshCli";
import { runCli, type CliRun } from "../test/hosts/xlsx/mutants/runCli";

/**
 * Makes sure runs use the compiled CLI (build/cli, as bin/chitieu.js runs it when fresh), so
 * ts-node's start-up is not timed; says so, and whether it had to compile first.
 */
export function compiledCliNote(): string {
  const compiled = ensureCompiledCli();
  return `compiled CLI (build/cli via bin/chitieu.js, no ts-node${compiled ? "; compiled first with npx tsc -p tsconfig.cli.json" : ""})`;
}

/** One whole `chitieu …` process: wall time and peak RSS; throws unless it exits 0. */
export function timedCli(args: string[]): CliRun & { peakMb: number } {
  const run = runCli(args, 300_000);
  if (run.exit !== 0 || run.peakMb === undefined) {
    throw new Error(
      `chitieu ${args[0]} exited ${run.exit ?? run.signal}: ${run.stderr.slice(0, 400)}`,
    );
  }
  return { ...run, peakMb: run.peakMb };
}

/** Median of `runs` whole runs (by wall time). */
export function medianCli(args: string[], runs: number): CliRun & { peakMb: number } {
  const all = Array.from({ length: runs }, () => timedCli(args)).sort((a, b) => a.ms - b.ms);
  return all[Math.floor(all.length / 2)];
}

export const goal = (met: boolean) => (met ? "met" : "NOT met");
