/**
 * An .xlsx package as its parts: path (no leading slash) → bytes, in the zip's order. The writer
 * reads the parts a change set names as text, and writes back only those it changed; every
 * other part keeps its bytes.
 */
export type PackageParts = Map<string, Uint8Array>;

const decoder = new TextDecoder("utf-8");
const encoder = new TextEncoder();

/**
 * A package being edited: parts read as text on demand, changed parts re-encoded once at the
 * end. Part names are matched without regard to case, as OPC requires.
 */
export class PackageEditor {
  private readonly texts = new Map<string, string>();
  /** Parts written as bytes (big worksheets, encoded block by block). */
  private readonly encoded = new Map<string, Uint8Array>();
  private readonly changed = new Set<string>();
  private readonly removed = new Set<string>();
  private readonly byLowerName = new Map<string, string>();
  private readonly reserved = new Set<string>();

  constructor(private readonly parts: PackageParts) {
    for (const name of parts.keys()) this.byLowerName.set(name.toLowerCase(), name);
  }

  /** The stored name of a part (its case as in the zip), or undefined when absent. */
  nameOf(path: string): string | undefined {
    const name = this.byLowerName.get(stripSlash(path).toLowerCase());
    return name !== undefined && !this.removed.has(name) ? name : undefined;
  }

  has(path: string): boolean {
    return this.nameOf(path) !== undefined;
  }

  /** The part's text, or undefined when the package has no such part. */
  read(path: string): string | undefined {
    const name = this.nameOf(path);
    if (name === undefined) return undefined;
    const cached = this.texts.get(name);
    if (cached !== undefined) return cached;
    const written = this.encoded.get(name);
    if (written !== undefined) return decoder.decode(written);
    const bytes = this.parts.get(name);
    if (bytes === undefined) return undefined;
    const text = decoder.decode(bytes);
    this.texts.set(name, text);
    return text;
  }

  need(path: string): string {
    const text = this.read(path);
    if (text === undefined) throw new Error(`The workbook has no part ${path}`);
    return text;
  }

  write(path: string, text: string): void {
    const name = this.nameOf(path) ?? stripSlash(path);
    this.removed.delete(name);
    this.byLowerName.set(name.toLowerCase(), name);
    if (this.texts.get(name) === text && this.parts.has(name)) return;
    this.encoded.delete(name);
    this.texts.set(name, text);
    this.changed.add(name);
  }

  /** Writes the part as UTF-8 bytes; bytes equal to the part's own leave it as it was. */
  writeBytes(path: string, bytes: Uint8Array): void {
    const name = this.nameOf(path) ?? stripSlash(path);
    const own = this.removed.has(name) ? undefined : this.parts.get(name);
    this.removed.delete(name);
    this.byLowerName.set(name.toLowerCase(), name);
    this.texts.delete(name);
    if (own !== undefined && sameBytes(own, bytes)) {
      this.encoded.delete(name);
      this.changed.delete(name);
      return;
    }
    this.encoded.set(name, bytes);
    this.changed.add(name);
  }

  remove(path: string): void {
    const name = this.nameOf(path);
    if (name === undefined) return;
    this.removed.add(name);
    this.changed.delete(name);
    this.texts.delete(name);
    this.encoded.delete(name);
  }

  /** Every part name present now. */
  names(): string[] {
    const out = [...this.parts.keys()].filter((n) => !this.removed.has(n));
    for (const name of this.changed) if (!this.parts.has(name)) out.push(name);
    return out;
  }

  /** A free part name "folder/stemN.ext" (N from 1), reserved until the edit ends. */
  freeName(folder: string, stem: string, ext: string): string {
    for (let n = 1; ; n++) {
      const path = `${folder}/${stem}${n}.${ext}`;
      const key = path.toLowerCase();
      if (!this.has(path) && !this.reserved.has(key)) {
        this.reserved.add(key);
        return path;
      }
    }
  }

  /** The package after the edits: unchanged parts are the same byte arrays as before. */
  result(): PackageParts {
    const out: PackageParts = new Map();
    for (const [name, bytes] of this.parts) {
      if (this.removed.has(name)) continue;
      out.set(name, this.changed.has(name) ? (this.changedBytes(name) ?? bytes) : bytes);
    }
    for (const name of this.changed) {
      const changed = this.parts.has(name) ? undefined : this.changedBytes(name);
      if (changed !== undefined) out.set(name, changed);
    }
    return out;
  }

  private changedBytes(name: string): Uint8Array | undefined {
    const text = this.texts.get(name);
    return text !== undefined ? encoder.encode(text) : this.encoded.get(name);
  }

  /** Names of parts written (new or changed) so far. */
  changedNames(): string[] {
    return [...this.changed];
  }
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function stripSlash(path: string): string {
  return path.replace(/^\/+/, "");
}
