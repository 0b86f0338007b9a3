import { mutantsOf } from "../test/hosts/xlsx/mutants/allMutants";
import { ensureCompiledCli } from "../test/hosts/xlsx/mutants/freshCli";
import { MEMORY_LIMIT_MB, TIME_LIMIT_MS } from "../test/hosts/xlsx/mutants/judgeRun";
import { mutantSources } from "../test/hosts/xlsx/mutants/mutantSources";
import { runMutant, sourceTotal, type MutantResult } from "../test/hosts/xlsx/mutants/runMutant";

/** The family of a mutant, from its name: "truncated", "bomb", "merge", … */
function family(name: string): string {
  const what = name.slice(name.indexOf(": ") + 2);
  return (
    /^(truncated|bomb|merge|far cell|dimension)/.exec(what)?.[1] ??
    (/flipped$/.test(what)
      ? what.includes("central directory")
        ? "flip directory"
        : "flip deflated"
      : undefined) ??
    (/missing$/.test(what) ? "missing part" : undefined) ??
    (/character cell$/.test(what) ? "long text" : "damaged XML")
  );
}

/**
 * Issue 11's robustness proof in full: every mutant of every source through `chitieu check --json`
 * and `check --json --out`, each in its own process; prints counts and every failure.
 */
export async function benchMutants(): Promise<void> {
  if (ensureCompiledCli()) console.log("(compiled the CLI first: npx tsc -p tsconfig.cli.json)");
  console.log(
    `mutants through the compiled CLI (node bin/chitieu.js check --json [--out]), ` +
      `limits ${TIME_LIMIT_MS / 1000} s and ${MEMORY_LIMIT_MB} MB each:`,
  );
  const results: MutantResult[] = [];
  const sources = await mutantSources();
  for (const source of sources) {
    const total = sourceTotal(source.bytes);
    const mutants = mutantsOf(source);
    for (const mutant of mutants) {
      for (const withOut of [false, true]) results.push(runMutant(mutant, total, withOut));
    }
    console.log(`  ${source.name} (${total} indicators): ${mutants.length} mutants`);
  }
  const byFamily = new Map<
    string,
    { read: number; refused: number; failed: number; ms: number; mb: number }
  >();
  for (const r of results) {
    const f = family(r.mutant);
    const row = byFamily.get(f) ?? { read: 0, refused: 0, failed: 0, ms: 0, mb: 0 };
    row[r.outcome] += 1;
    row.ms = Math.max(row.ms, r.run.ms);
    row.mb = Math.max(row.mb, r.run.peakMb ?? Infinity);
    byFamily.set(f, row);
  }
  for (const [f, row] of byFamily) {
    console.log(
      `  ${f.padEnd(16)} read ${row.read}, refused ${row.refused}, failed ${row.failed}; ` +
        `slowest ${row.ms.toFixed(0)} ms, biggest ${row.mb.toFixed(0)} MB`,
    );
  }
  const failed = results.filter((r) => r.outcome === "failed");
  console.log(`  ${results.length} runs of ${results.length / 2} mutants: ${failed.length} failed`);
  for (const r of failed)
    console.log(`  FAILED ${r.command} ${r.mutant}: ${r.problems.join("; ")}`);
}
