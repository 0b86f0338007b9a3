import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render, type RenderResult } from "@testing-library/react";
import type { ReactElement } from "react";
import { TaskPane, type TaskPaneProps } from "../../../src/taskpane/TaskPane";

/** Renders inside Fluent's provider, as index.tsx and the preview do. */
export function renderWithFluent(element: ReactElement): RenderResult {
  return render(<FluentProvider theme={webLightTheme}>{element}</FluentProvider>);
}

export function renderPane(
  props: Partial<TaskPaneProps> & Pick<TaskPaneProps, "gateway">,
): RenderResult {
  return renderWithFluent(<TaskPane host="preview" {...props} />);
}
