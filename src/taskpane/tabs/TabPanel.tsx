import { makeStyles, tokens } from "@fluentui/react-components";
import type { ReactNode } from "react";

const useStyles = makeStyles({
  panel: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
  },
});

export function tabId(value: string): string {
  return `chitieu-tab-${value}`;
}

export function panelId(value: string): string {
  return `chitieu-panel-${value}`;
}

/** The panel of a tab, labelled by it. */
export function TabPanel({ value, children }: { value: string; children: ReactNode }) {
  const styles = useStyles();
  return (
    <section
      className={styles.panel}
      role="tabpanel"
      id={panelId(value)}
      aria-labelledby={tabId(value)}
      tabIndex={0}
    >
      {children}
    </section>
  );
}
