import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from "@fluentui/react-components";
import type { PaneError, Refusal } from "../gateway/paneError";
import type { Messages } from "../i18n/messages";
import { useMessages } from "../i18n/MessagesContext";

/** One plain message for a refusal: which sheet, what is in the way, nothing changed. */
function refusalText(t: Messages, { reason, sheet, range }: Refusal): string {
  if (reason === "merged") return t.errors.refused.merged(sheet, range ?? "");
  return t.errors.refused[reason](sheet);
}

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
  const hidden =
    error.kind === "select" && error.refusal?.reason === "hidden" ? error.refusal : undefined;
  return (
    <MessageBar intent="error" layout="multiline" role="alert">
      <MessageBarBody>
        <MessageBarTitle>{t.errors.title}</MessageBarTitle>
        {error.refusal ? refusalText(t, error.refusal) : t.errors[error.kind]}
        {error.refusal ? null : error.code ? (
          <div>{t.errors.codes[error.code]}</div>
        ) : error.detail ? (
          <div>{t.errors.details(error.detail)}</div>
        ) : null}
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
