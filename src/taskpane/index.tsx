import { createRoot } from "react-dom/client";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { App } from "./App";
import { whenOfficeReady } from "./office";

async function main(): Promise<void> {
  const host = await whenOfficeReady();
  const container = document.getElementById("root");
  if (!container) {
    throw new Error("taskpane.html has no #root element");
  }
  createRoot(container).render(
    <FluentProvider theme={webLightTheme}>
      <App host={host} />
    </FluentProvider>,
  );
}

void main();
