import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import type { HostNote } from "../components/Header";
import type { PaneGateway } from "../gateway/paneGateway";
import { TaskPane } from "../TaskPane";

export interface PaneAppProps {
  host: HostNote;
  gateway?: PaneGateway;
}

/** The task pane as the page shows it: Fluent's light theme around the pane. */
export function PaneApp({ host, gateway }: PaneAppProps) {
  return (
    <FluentProvider theme={webLightTheme}>
      <TaskPane host={host} gateway={gateway} />
    </FluentProvider>
  );
}
