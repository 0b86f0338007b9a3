import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from "@fluentui/react-components";
import type { PaneError } from "../gateway/paneError";
import { paneErrorText } from "../gateway/paneErrorText";
import { useMessages } from "../i18n/MessagesContext";

export interface ErrorBarProps {
  error: PaneError;
  onDismiss?: () => void;
  /** Offered when a cell could not be selected because its sheet is hidden. */
  onUnhide?: (sheet: string, cell: string) => void;
}

/**
 * A failure in plain words (what failed, what to do); below it the pane's words for Excel's
 * error code, or else the host's message: no stack, never Excel's raw text for a known code.
 */
export function ErrorBar({ error, onDismiss, onUnhide }: ErrorBarProps) {
  const t = useMessages();
  const [headline, ...more] = paneErrorText(error, t);
  const hidden =
    error.kind === "select" && error.refusal?.reason === "hidden" ? error.refusal : undefined;
  return (
    <MessageBar intent="error" layout="multiline" role="alert">
      <MessageBarBody>
        <MessageBarTitle>{t.errors.title}</MessageBarTitle>
        {headline}
        {more.map((line) => (
          <div key={line}>{line}</div>
        ))}
      </MessageBarBody>
      {onDismiss || (hidden && onUnhide) ? (
        <MessageBarActions>
          {hidden && onUnhide ? (
            <Button size="small" onClick={() => onUnhide(hidden.sheet, hidden.range ?? "A1")}>
              {t.errors.unhideAndSelect}
            </Button>
          ) : null}
          {onDismiss ? (
            <Button size="small" appearance="transparent" onClick={onDismiss}>
              {t.errors.dismiss}
            </Button>
          ) : null}
        </MessageBarActions>
      ) : null}
    </MessageBar>
  );
}
