import { useCallback, useRef, useState } from "react";
import { asPaneError, type FailureKind, type PaneError } from "../gateway/paneError";

export interface Operation {
  /** The progress text while it runs; undefined when idle. */
  busy?: string;
  error?: PaneError;
  /** What the last successful run said. */
  done?: string;
  run(progress: string, work: () => Promise<string | undefined>, fallback?: FailureKind): void;
  dismiss(): void;
}

/** One operation at a time with its progress, its error in plain words, and its result. */
export function useOperation(): Operation {
  const [state, setState] = useState<Pick<Operation, "busy" | "error" | "done">>({});
  const running = useRef(false);
  const run = useCallback<Operation["run"]>((progress, work, fallback = "write") => {
    if (running.current) return;
    running.current = true;
    setState({ busy: progress });
    work()
      .then(
        (done) => setState(done === undefined ? {} : { done }),
        (error: unknown) => setState({ error: asPaneError(error, fallback) }),
      )
      .finally(() => {
        running.current = false;
      });
  }, []);
  const dismiss = useCallback(() => setState({}), []);
  return { ...state, run, dismiss };
}
