import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import { selectHost } from "./host/selectHost";
import { TaskPane } from "./TaskPane";

async function main(): Promise<void> {
  const { host, gateway } = await selectHost();
  const container = document.getElementById("root");
  if (!container) {
    throw new Error("taskpane.html has no #root element");
  }
  createRoot(container).render(
    <FluentProvider theme={webLightTheme}>
      <TaskPane host={host} gateway={gateway} />
    </FluentProvider>,
  );
}

void main();
