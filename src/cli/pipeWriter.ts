/** The error Node raises when the reader of a pipe has gone (`chitieu … | head`). */
export function isClosedPipe(error: unknown): boolean {
  return (
    typeof error === "object" && error !== null && (error as { code?: unknown }).code === "EPIPE"
  );
}

/** The part of a Node stream a writer needs; process.stdout and process.stderr are ones. */
export interface PipeStream {
  write(text: string): unknown;
  on(event: "error", listener: (error: Error) => void): unknown;
}

/**
 * A writer that falls silent once the reader has closed the stream: `chitieu … | head -1`
 * finishes its work (an --out file is still written) and exits as if all had been read, with
 * no stack trace. Any other stream error is raised as before.
 */
export function pipeWriter(stream: PipeStream): (text: string) => void {
  let closed = false;
  stream.on("error", (error) => {
    if (!isClosedPipe(error)) throw error;
    closed = true;
  });
  return (text) => {
    if (closed) return;
    try {
      stream.write(text);
    } catch (error) {
      if (!isClosedPipe(error)) throw error;
      closed = true;
    }
  };
}
