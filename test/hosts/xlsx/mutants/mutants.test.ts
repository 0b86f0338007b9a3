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

/**
 * Failures the mutants found outside the reader and package layers, left for their owners and
 * printed, not failed on. Remove an entry when it is fixed. (Fixed: `check --out` of a package
 * without styles.xml, which gets one; without a well-formed [Content_Types].xml, refused as
 * damaged; of a sheet with a value or a merged area reaching column XFD, written without the
 * owned columns that have no room, with a no_room_to_write finding.)
 */
const KNOWN: RegExp[] = [];

let sources: MutantSource[];
const totals = new Map<string, number>();

beforeAll(async () => {
  ensureCompiledCli();
  sources = await mutantSources();
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
  const known = failures.filter((f) => KNOWN.some((k) => k.test(f)));
  if (known.length > 0) console.log(`Known failures, not this layer's:\n${known.join("\n")}`);
  expect(failures.filter((f) => !known.includes(f))).toEqual([]);
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
