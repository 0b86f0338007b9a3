import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from "@fluentui/react-components";
import type { PaneError } from "../gateway/paneError";
import { useMessages } from "../i18n/MessagesContext";

export interface ErrorBarProps {
  error: PaneError;
  onDismiss?: () => void;
}

/**
 * A failure in plain words (what failed, what to do); below it the pane's words for Excel's
 * error code, or else the host's message: no stack, never Excel's raw text for a known code.
 */
export function ErrorBar({ error, onDismiss }: ErrorBarProps) {
  const t = useMessages();
  return (
    <MessageBar intent="error" layout="multiline" role="alert">
      <MessageBarBody>
        <MessageBarTitle>{t.errors.title}</MessageBarTitle>
        {t.errors[error.kind]}
        {error.code ? (
          <div>{t.errors.codes[error.code]}</div>
        ) : error.detail ? (
          <div>{t.errors.details(error.detail)}</div>
        ) : null}
      </MessageBarBody>
      {onDismiss ? (
        <MessageBarActions>
          <Button size="small" appearance="transparent" onClick={onDismiss}>
            {t.errors.dismiss}
          </Button>
        </MessageBarActions>
      ) : null}
    </MessageBar>
  );
}
