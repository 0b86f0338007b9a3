import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { ensureCompiledCli } from "../test/hosts/xlsx/mutants/freshCli";

const ROOT = path.join(__dirname, "..");
/** The compiled CLI, which bin/chitieu.js runs when it is fresh (ensureCompiledCli sees to it). */
const COMPILED = path.join(ROOT, "build", "cli", "chitieu.js");
const USAGE_REPORT = path.join(__dirname, "usageReport.js");

/**
 * Makes sure runs use the compiled CLI (build/cli/chitieu.js, as bin/chitieu.js runs it when fresh), so
 * ts-node's start-up is not timed; says so, and whether it had to compile first.
 */
export function compiledCliNote(): string {
  const compiled = ensureCompiledCli();
  return `compiled CLI (build/cli/chitieu.js via bin/chitieu.js, no ts-node${compiled ? "; built first with npm run build:cli" : ""})`;
}

/** One whole process: wall time, CPU time (user + system: what other work on the machine does not inflate much), peak RSS. */
export interface ProcessRun {
  ms: number;
  cpuMs: number;
  peakMb: number;
  stdout: string;
}

/** `node [script] args…` as a child process, measured; throws unless it exits 0. */
export function timedNode(args: string[], timeoutMs = 300_000): ProcessRun {
  const dir = mkdtempSync(path.join(tmpdir(), "chitieu-usage-"));
  const usageFile = path.join(dir, "usage.json");
  try {
    const started = performance.now();
    const result = spawnSync(process.execPath, ["-r", USAGE_REPORT, ...args], {
      cwd: ROOT,
      encoding: "utf8",
      timeout: timeoutMs,
      killSignal: "SIGKILL",
      maxBuffer: 64 * 1024 * 1024,
      env: { ...process.env, CHITIEU_USAGE_FILE: usageFile, LANG: "C.UTF-8" },
    });
    const ms = performance.now() - started;
    if (result.status !== 0 || !existsSync(usageFile)) {
      throw new Error(
        `node ${args.join(" ").slice(0, 200)} exited ${result.status ?? result.signal}: ${(result.stderr ?? "").slice(0, 400)}`,
      );
    }
    const usage = JSON.parse(readFileSync(usageFile, "utf8")) as {
      maxRssKb: number;
      cpuMs: number;
    };
    return { ms, cpuMs: usage.cpuMs, peakMb: usage.maxRssKb / 1024, stdout: result.stdout };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** One whole `chitieu …` process (the compiled CLI), measured. */
export function timedCli(args: string[]): ProcessRun {
  return timedNode([COMPILED, ...args]);
}

/** Median of `runs` whole runs (by wall time). */
export function medianCli(args: string[], runs: number): ProcessRun {
  const all = Array.from({ length: runs }, () => timedCli(args)).sort((a, b) => a.ms - b.ms);
  return all[Math.floor(all.length / 2)];
}

/** "1234 ms wall, 987 ms CPU, peak RSS 321 MB". */
export function usageText(run: { ms: number; cpuMs: number; peakMb: number }): string {
  return `${run.ms.toFixed(0)} ms wall, ${run.cpuMs.toFixed(0)} ms CPU, peak RSS ${run.peakMb.toFixed(0)} MB`;
}

/** Start-up alone: `chitieu --version` and a bare `node -e 0`, median of 5 each. */
export function startupLine(): string {
  const median = (args: string[]) =>
    Array.from({ length: 5 }, () => timedNode(args)).sort((a, b) => a.ms - b.ms)[2];
  const cli = median([COMPILED, "--version"]);
  const bare = median(["-e", "0"]);
  return `  start-up: chitieu --version ${usageText(cli)}; bare node -e 0 ${usageText(bare)}`;
}

export const goal = (met: boolean) => (met ? "met" : "NOT met");
