import {
  Body1,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Subtitle2,
  tokens,
} from "@fluentui/react-components";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
  },
});

export interface PendingPanelProps {
  id: string;
  labelledBy: string;
  title: string;
  /** What the tab will do, in Vietnamese. */
  purpose: string;
}

/** A tab whose function is not built yet: says what it will do and that it comes later. */
export function PendingPanel({ id, labelledBy, title, purpose }: PendingPanelProps) {
  const styles = useStyles();
  return (
    <section className={styles.root} role="tabpanel" id={id} aria-labelledby={labelledBy}>
      <Subtitle2 as="h2">{title}</Subtitle2>
      <Body1>{purpose}</Body1>
      <MessageBar intent="info">
        <MessageBarBody>
          Chức năng này sẽ có cùng với phần đọc và ghi sổ làm việc, trong phiên bản tới.
        </MessageBarBody>
      </MessageBar>
    </section>
  );
}
