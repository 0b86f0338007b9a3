/**
 * How much an .xlsx package may unpack to before it is refused, checked against the sizes the
 * zip directory declares (before anything is inflated) and again against the bytes actually
 * inflated (a directory can lie). Real plan workbooks unpack to a few megabytes; a sheet of
 * 200,000 rows to about 60 MB, at a ratio of 10 to 20.
 */
export interface PackageLimits {
  /** Most bytes all entries together may inflate to. */
  maxTotalBytes: number;
  /** An entry larger than this inflated ... */
  ratioCheckedFrom: number;
  /** ... may not inflate to more than this many times its compressed size. */
  maxRatio: number;
}

export const DEFAULT_LIMITS: PackageLimits = {
  // Half a gigabyte: past that, reading alone would pass the 500 MB issue 11 allows a run.
  maxTotalBytes: 512 * 1024 * 1024,
  ratioCheckedFrom: 32 * 1024 * 1024,
  maxRatio: 100,
};
