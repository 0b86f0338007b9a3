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

/** A failure in plain words (what failed, what to do), the host's message below: no stack. */
export function ErrorBar({ error, onDismiss }: ErrorBarProps) {
  const t = useMessages();
  return (
    <MessageBar intent="error" layout="multiline" role="alert">
      <MessageBarBody>
        <MessageBarTitle>{t.errors.title}</MessageBarTitle>
        {t.errors[error.kind]}
        {error.detail ? <div>{t.errors.details(error.detail)}</div> : null}
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
