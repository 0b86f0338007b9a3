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
    this.texts.set(name, text);
    this.changed.add(name);
  }

  remove(path: string): void {
    const name = this.nameOf(path);
    if (name === undefined) return;
    this.removed.add(name);
    this.changed.delete(name);
    this.texts.delete(name);
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
      const text = this.changed.has(name) ? this.texts.get(name) : undefined;
      out.set(name, text === undefined ? bytes : encoder.encode(text));
    }
    for (const name of this.changed) {
      const text = this.texts.get(name);
      if (!this.parts.has(name) && text !== undefined) out.set(name, encoder.encode(text));
    }
    return out;
  }

  /** Names of parts written (new or changed) so far. */
  changedNames(): string[] {
    return [...this.changed];
  }
}

function stripSlash(path: string): string {
  return path.replace(/^\/+/, "");
}
