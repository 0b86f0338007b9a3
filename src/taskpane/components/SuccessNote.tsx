import { MessageBar, MessageBarBody } from "@fluentui/react-components";

/** A short confirmation after an operation, announced politely. */
export function SuccessNote({ text }: { text: string }) {
  return (
    <MessageBar intent="success" role="status">
      <MessageBarBody>{text}</MessageBarBody>
    </MessageBar>
  );
}
