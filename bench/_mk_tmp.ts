import { readFileSync, writeFileSync } from "node:fs";
import { mutantsOf } from "../test/hosts/xlsx/mutants/allMutants";
const [file, pattern, out] = process.argv.slice(2);
const m = mutantsOf({ name: "x", bytes: new Uint8Array(readFileSync(file)) }).find((m) => m.name.includes(pattern));
if (!m) throw new Error("none");
writeFileSync(out, m.bytes);
console.log(m.name);
