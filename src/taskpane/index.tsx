import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import type { HostNote } from "./components/Header";
import type { PaneGateway } from "./gateway/paneGateway";
import { selectHost } from "./host/selectHost";
import { TaskPane } from "./TaskPane";

const container = document.getElementById("root");
if (!container) throw new Error("taskpane.html has no #root element");
const root = createRoot(container);

function show(host: HostNote, gateway?: PaneGateway): void {
  root.render(
    <FluentProvider theme={webLightTheme}>
      <TaskPane host={host} gateway={gateway} />
    </FluentProvider>,
  );
}

// The pane is drawn at once and gets its workbook when Office is ready: the user sees it
// while Office.js is still starting.
show("starting");
void selectHost().then(
  ({ host, gateway }) => show(host, gateway),
  () => show("browser"),
);
