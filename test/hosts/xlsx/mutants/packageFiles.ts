import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from "fflate";

/** An .xlsx package as its entries in zip order: what a mutant starts from. */
export type PackageFiles = Map<string, Uint8Array>;

export function unzipFiles(bytes: Uint8Array): PackageFiles {
  const files = unzipSync(bytes);
  return new Map(Object.entries(files).filter(([name]) => !name.endsWith("/")));
}

export function zipFiles(files: PackageFiles): Uint8Array {
  const zippable: Zippable = {};
  for (const [name, data] of files) zippable[name] = data;
  return zipSync(zippable, { mtime: new Date(1980, 0, 1) });
}

export function textOf(files: PackageFiles, name: string): string | undefined {
  const data = files.get(name);
  return data === undefined ? undefined : strFromU8(data);
}

/** A copy of `files` with `name` replaced by `text` (or removed when text is undefined). */
export function withPart(
  files: PackageFiles,
  name: string,
  text: string | undefined,
): PackageFiles {
  const copy = new Map(files);
  if (text === undefined) copy.delete(name);
  else copy.set(name, strToU8(text));
  return copy;
}

/** The name of the entry matching `pattern` (case-insensitive), first in zip order. */
export function findPart(files: PackageFiles, pattern: RegExp): string | undefined {
  return [...files.keys()].find((name) => pattern.test(name));
}

/** The first worksheet part as the workbook's relationships name it (xl/worksheets/sheet1.xml). */
export function firstWorksheet(files: PackageFiles): string | undefined {
  return (
    findPart(files, /^xl\/worksheets\/sheet1\.xml$/i) ?? findPart(files, /worksheets\/[^/]+\.xml$/i)
  );
}
