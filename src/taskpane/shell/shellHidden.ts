/** The attribute on <html> that hides the first screen (taskpane.html's style) until drawn. */
export const SHELL_HIDDEN = "data-shell-hidden";
