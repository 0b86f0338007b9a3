import type { CliRun } from "./runCli";

export const TIME_LIMIT_MS = 10_000;
export const MEMORY_LIMIT_MB = 500;

/** How a mutant's run ended, when it ended well. */
export type Outcome = "read" | "refused";

export interface Verdict {
  outcome: Outcome | "failed";
  problems: string[];
}

const STACK = /^\s+at \S.*(:\d+:\d+\)?|\(native\))$/m;
/** The CLI's words for an error it did not expect: a bug, not a refusal. */
const UNEXPECTED = /lỗi không mong đợi|unexpected error/i;
const CRASH =
  /\b(TypeError|RangeError|ReferenceError|SyntaxError|FATAL ERROR|heap out of memory)\b/;

/** The indicator count of a `check --json` run's report, or undefined when it has none. */
function totalOf(stdout: string): number | undefined {
  try {
    const total = (JSON.parse(stdout) as { summary?: { total?: unknown } }).summary?.total;
    return typeof total === "number" ? total : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Judges one `check --json` run of a mutant: read (exit 0, a report) or refused (exit 2, one line
 * on stderr), within the time and memory limits, with no stack trace; and a file whose source had
 * indicators is never read as empty.
 */
export function judgeRun(run: CliRun, sourceTotal: number): Verdict {
  const problems: string[] = [];
  if (run.signal) problems.push(`killed by ${run.signal} after ${run.ms.toFixed(0)} ms`);
  else if (run.ms > TIME_LIMIT_MS) problems.push(`took ${run.ms.toFixed(0)} ms`);
  if (run.peakMb === undefined) problems.push("no peak memory reported (the process died)");
  else if (run.peakMb > MEMORY_LIMIT_MB) problems.push(`peak RSS ${run.peakMb.toFixed(0)} MB`);
  const said = `${run.stdout}\n${run.stderr}`;
  if (STACK.test(said) || CRASH.test(said)) problems.push(`crashed: ${run.stderr.slice(0, 300)}`);
  let outcome: Verdict["outcome"] = "failed";
  if (run.exit === 2) {
    const lines = run.stderr.split("\n").filter((l) => l.trim() !== "");
    if (lines.length !== 1)
      problems.push(`refused in ${lines.length} lines: ${run.stderr.slice(0, 300)}`);
    else if (UNEXPECTED.test(lines[0])) problems.push(`an unexpected error: ${lines[0]}`);
    else outcome = "refused";
  } else if (run.exit === 0) {
    const total = totalOf(run.stdout);
    if (total === undefined) problems.push("exit 0 without a report");
    else if (total === 0 && sourceTotal > 0)
      problems.push(`read as 0/0 (the source has ${sourceTotal})`);
    else outcome = "read";
  } else if (!run.signal) {
    problems.push(`exit ${run.exit}: ${run.stderr.slice(0, 300)}`);
  }
  return { outcome: problems.length === 0 ? outcome : "failed", problems };
}
