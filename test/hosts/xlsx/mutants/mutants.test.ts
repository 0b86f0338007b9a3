import { mutantsOf } from "./allMutants";
import { ensureCompiledCli } from "./freshCli";
import type { Mutant, MutantSource } from "./mutant";
import { mutantSources } from "./mutantSources";
import { runMutant, sourceTotal } from "./runMutant";

/**
 * Issue 11's robustness proof, sampled to stay within a couple of minutes: mutants of real files
 * and of the project's own output through `chitieu check` in a child process, each read or
 * refused in one line, exit 0 or 2, within 10 s and 500 MB, no stack trace, never "0/0" for a
 * file whose source had indicators. `npm run bench -- mutants` runs the whole set.
 */
const SAMPLE_EVERY = 5;

let sources: MutantSource[];
const totals = new Map<string, number>();

beforeAll(() => {
  ensureCompiledCli();
  sources = mutantSources();
  for (const s of sources) totals.set(s.name, sourceTotal(s.bytes));
}, 300_000);

/** Every mutant of the ward template and demo file, every fifth of the corpus files', no bombs. */
function sample(): { mutant: Mutant; source: string }[] {
  const picked: { mutant: Mutant; source: string }[] = [];
  for (const source of sources) {
    const own = !source.name.includes("_");
    const mutants = mutantsOf(source, { bombs: false, flipsPerRegion: own ? 3 : 1 });
    mutants.forEach((mutant, i) => {
      if (own || i % SAMPLE_EVERY === 0) picked.push({ mutant, source: source.name });
    });
  }
  return picked;
}

test("sampled mutants are read or refused in one line, in time and memory", () => {
  const failures: string[] = [];
  sample().forEach(({ mutant, source }, i) => {
    const result = runMutant(mutant, totals.get(source) ?? 0, i % 3 === 0);
    if (result.outcome === "failed") {
      failures.push(`${result.command} ${mutant.name}: ${result.problems.join("; ")}`);
    }
  });
  expect(failures).toEqual([]);
}, 240_000);

test("inflate bombs of the ward template are refused within the limits", () => {
  const ward = sources.find((s) => s.name === "template ward-plan");
  if (!ward) throw new Error("no ward template");
  const failures = mutantsOf(ward, { bytes: false, parts: false })
    .map((m) => runMutant(m, 0, true))
    .filter((r) => r.outcome === "failed")
    .map((r) => `${r.mutant}: ${r.problems.join("; ")}`);
  expect(failures).toEqual([]);
}, 120_000);
