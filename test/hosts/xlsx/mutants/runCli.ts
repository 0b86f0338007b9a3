import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";

export const ROOT = path.resolve(__dirname, "../../../..");
const BIN = path.join(ROOT, "bin", "chitieu.js");
/** The compiled CLI, which bin/chitieu.js runs when it is fresh (ensureCompiledCli sees to it). */
const COMPILED = path.join(ROOT, "build", "cli", "chitieu.js");
const RSS_REPORT = path.join(__dirname, "rssReport.js");

/** One CLI run in a child process: how it ended, what it said, how long and how big. */
export interface CliRun {
  exit: number | null;
  /** The signal that ended it (SIGKILL when the time limit was hit). */
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  ms: number;
  /** Peak resident set size in MB; undefined when the process died before reporting it. */
  peakMb: number | undefined;
}

/**
 * `node bin/chitieu.js …args`, killed after `timeoutMs`. The compiled CLI is run directly when it
 * exists, as bin/chitieu.js would run it once ensureCompiledCli() has made it fresh: a change to
 * src/ during a long run then cannot switch later runs to ts-node.
 */
export function runCli(args: string[], timeoutMs = 10_000): CliRun {
  const dir = mkdtempSync(path.join(tmpdir(), "chitieu-rss-"));
  const rssFile = path.join(dir, "rss");
  try {
    const started = performance.now();
    const result = spawnSync(
      process.execPath,
      ["-r", RSS_REPORT, existsSync(COMPILED) ? COMPILED : BIN, ...args],
      {
        cwd: ROOT,
        encoding: "utf8",
        timeout: timeoutMs,
        killSignal: "SIGKILL",
        maxBuffer: 64 * 1024 * 1024,
        env: { ...process.env, CHITIEU_RSS_FILE: rssFile, LANG: "C.UTF-8" },
      },
    );
    const ms = performance.now() - started;
    const peakMb = existsSync(rssFile) ? Number(readFileSync(rssFile, "utf8")) / 1024 : undefined;
    return {
      exit: result.status,
      signal: result.signal,
      stdout: result.stdout ?? "",
      stderr: result.stderr ?? "",
      ms,
      peakMb,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
