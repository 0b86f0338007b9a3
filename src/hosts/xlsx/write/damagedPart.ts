import { parseXml, XmlFormatError } from "../package";
import type { PackageEditor } from "./packageParts";

/**
 * A part the writer needs is missing or malformed, found before anything is written. The
 * gateway turns it into the file's one-line "damaged" refusal (it knows the file's name).
 */
export class DamagedPartError extends Error {
  override readonly name = "DamagedPartError";

  constructor(
    readonly part: string,
    readonly missing: boolean,
  ) {
    super(`${part} is ${missing ? "missing" : "malformed"}`);
  }
}

/**
 * [Content_Types].xml must be there and well-formed: the reader does not need it, but a package
 * written without it (or with half of it) is one Excel refuses to open. Such a file is refused
 * as damaged rather than rebuilt: guessing every part's type would write a file the user never
 * had.
 */
export function requireContentTypes(pkg: PackageEditor): void {
  const part = "[Content_Types].xml";
  const text = pkg.read(part);
  if (text === undefined) throw new DamagedPartError(part, true);
  try {
    parseXml(text, {});
  } catch (error) {
    if (error instanceof XmlFormatError) throw new DamagedPartError(part, false);
    throw error;
  }
}
