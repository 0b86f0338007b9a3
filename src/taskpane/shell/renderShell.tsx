import {
  createDOMRenderer,
  renderToStyleElements,
  RendererProvider,
} from "@fluentui/react-components";
import { renderToStaticMarkup, renderToString } from "react-dom/server";
import { PaneApp } from "./PaneApp";

/**
 * The pane's first screen as HTML, made when the add-in is built (webpack.config.js), for
 * taskpane.html to show while its scripts load: the tabs and the Kiểm tra tab, in Vietnamese,
 * with the default settings, before Office is ready ("starting"). `styles` are the Griffel
 * style elements those components need; the page's script hydrates the markup (index.tsx).
 * Build-time only: never part of a bundle.
 */
export function renderShell(): { html: string; styles: string } {
  const renderer = createDOMRenderer();
  const html = renderToString(
    <RendererProvider renderer={renderer}>
      <PaneApp host="starting" />
    </RendererProvider>,
  );
  const styles = renderToStaticMarkup(<>{renderToStyleElements(renderer)}</>);
  return { html, styles };
}
