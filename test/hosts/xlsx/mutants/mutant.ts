/** One damaged or extreme variant of a real file, for the CLI to read or refuse. */
export interface Mutant {
  name: string;
  /**
   * The mutant is damaged beyond reading as it was: the CLI must refuse it, or read it with
   * something in it, never exit 0 on an empty reading ("0/0") of a file that had indicators.
   */
  damaged: boolean;
  bytes: Uint8Array;
}

/** A real file mutants are made from. */
export interface MutantSource {
  name: string;
  bytes: Uint8Array;
}
