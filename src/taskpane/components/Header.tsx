import { Body1, Caption1, makeStyles, Title3, tokens } from "@fluentui/react-components";
import type { Messages } from "../i18n/messages";
import { useMessages } from "../i18n/MessagesContext";

export type HostNote = keyof Messages["app"]["host"];

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
  },
  title: {
    display: "flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
  },
  note: {
    color: tokens.colorNeutralForeground3,
  },
});

export function Header({ host }: { host: HostNote }) {
  const styles = useStyles();
  const t = useMessages();
  return (
    <header className={styles.root}>
      <div className={styles.title}>
        <img src="assets/icon-32.png" width={32} height={32} alt="" />
        <Title3 as="h1">{t.app.name}</Title3>
      </div>
      <Body1>{t.app.tagline}</Body1>
      <Caption1 className={styles.note}>{t.app.host[host]}</Caption1>
    </header>
  );
}
