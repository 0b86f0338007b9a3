import { bombMutants } from "./bombMutants";
import { flips, truncations } from "./byteMutants";
import type { Mutant, MutantSource } from "./mutant";
import { unzipFiles } from "./packageFiles";
import { partMutants } from "./partMutants";

/** Which families of mutants to make. */
export interface MutantFamilies {
  bytes?: boolean;
  parts?: boolean;
  bombs?: boolean;
  /** Flipped bytes per region (central directory, each of the three biggest parts). */
  flipsPerRegion?: number;
}

/** Every mutant of one source file, named "<source>: <mutant>". */
export function mutantsOf(source: MutantSource, families: MutantFamilies = {}): Mutant[] {
  const { bytes = true, parts = true, bombs = true, flipsPerRegion = 4 } = families;
  const files = unzipFiles(source.bytes);
  const seed = [...source.name].reduce((h, c) => (h * 31 + c.charCodeAt(0)) >>> 0, 7);
  const mutants = [
    ...(bytes ? truncations(source.bytes) : []),
    ...(bytes ? flips(source.bytes, flipsPerRegion, seed) : []),
    ...(parts ? partMutants(files) : []),
    ...(bombs ? bombMutants(files) : []),
  ];
  return mutants.map((m) => ({ ...m, name: `${source.name}: ${m.name}` }));
}
