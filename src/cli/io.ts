/** What a command may do to the outside world; tests pass their own. */
export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  readFile(path: string): Promise<Uint8Array>;
  writeFile(path: string, data: Uint8Array): Promise<void>;
  /**
   * Which file a path names on disk (device and inode), so that a symbolic or hard link to an
   * input is known as the input; undefined when the path names no file yet.
   */
  fileIdentity?(path: string): string | undefined;
}

export const EXIT = {
  ran: 0,
  /** With --strict: the check found errors. */
  errors: 1,
  /** An input could not be read, or the command line was wrong. */
  unreadable: 2,
} as const;

export type ExitCode = (typeof EXIT)[keyof typeof EXIT];
