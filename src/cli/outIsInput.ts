import * as path from "path";
import type { Language } from "../engine/model/status";
import type { CliIo } from "./io";

/**
 * True (and says so on stderr) when `--out` names one of the inputs: the command line never
 * writes over a file the user gave it to read.
 */
export function outIsInput(
  io: CliIo,
  out: string | undefined,
  inputs: readonly (string | undefined)[],
  lang: Language,
): boolean {
  if (out === undefined) return false;
  const target = path.resolve(out);
  const clash = inputs.find((input) => input !== undefined && path.resolve(input) === target);
  if (clash === undefined) return false;
  io.stderr(
    lang === "vi"
      ? `--out ${out} là tệp đầu vào; hãy ghi ra một tệp khác để giữ nguyên tệp gốc.\n`
      : `--out ${out} is an input file; write to another file so the original stays as it is.\n`,
  );
  return true;
}
