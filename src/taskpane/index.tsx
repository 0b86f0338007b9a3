import { createDOMRenderer, RendererProvider } from "@fluentui/react-components";
import { useEffect, type ReactNode } from "react";
import { createRoot, hydrateRoot, type Root } from "react-dom/client";
import type { HostNote } from "./components/Header";
import type { PaneGateway } from "./gateway/paneGateway";
import { selectHost } from "./host/selectHost";
import { DEFAULT_SETTINGS, type PaneSettings } from "./settings/settings";
import { loadSettings } from "./settings/settingsStore";
import { PaneApp } from "./shell/PaneApp";
import { SHELL_HIDDEN } from "./shell/shellHidden";

const container = document.getElementById("root");
if (!container) throw new Error("taskpane.html has no #root element");

// Griffel's renderer, made from the style elements taskpane.html already carries.
const renderer = createDOMRenderer();

/** Settles once the first render is on screen: React has taken over the page's markup. */
let markShown: () => void = () => undefined;
const shown = new Promise<void>((resolve) => (markShown = resolve));
function Shown({ children }: { children: ReactNode }) {
  useEffect(() => markShown(), []);
  return children;
}

const app = (host: HostNote, gateway?: PaneGateway) => (
  <Shown>
    <RendererProvider renderer={renderer}>
      <PaneApp host={host} gateway={gateway} />
    </RendererProvider>
  </Shown>
);

const same = (a: PaneSettings, b: PaneSettings) =>
  (Object.keys(b) as (keyof PaneSettings)[]).every((key) => a[key] === b[key]);

/**
 * taskpane.html already shows the pane's first screen, rendered when the add-in was built with
 * the default settings (shell/renderShell.tsx): React takes it over (hydration) when the stored
 * settings are those; otherwise (English, another period…) the pane is drawn anew.
 */
function start(): Root {
  if (container?.firstElementChild && same(loadSettings(), DEFAULT_SETTINGS)) {
    return hydrateRoot(container, app("starting"));
  }
  container?.replaceChildren();
  const root = createRoot(container as HTMLElement);
  root.render(app("starting"));
  return root;
}

// The pane is drawn at once and gets its workbook when Office is ready: the user sees it
// while Office.js is still starting. The update waits for the first render to be done, or an
// update during hydration would make React throw the page's markup away and draw it anew.
const root = start();
// Shown again once drawn, if shellGuard.ts hid the first screen (another language was chosen).
void shown.then(() => document.documentElement.removeAttribute(SHELL_HIDDEN));
void Promise.all([selectHost(), shown]).then(
  ([{ host, gateway }]) => root.render(app(host, gateway)),
  () => void shown.then(() => root.render(app("browser"))),
);
