/**
 * Runs before the page's body is parsed (a small script of its own in taskpane.html): the first
 * screen in the page is Vietnamese, the default; a user who chose English would see it flash
 * before the pane is drawn anew in English, so it is kept out of sight until then (index.tsx
 * shows it again after its first render).
 */
import { DEFAULT_SETTINGS } from "../settings/settings";
import { loadSettings } from "../settings/settingsStore";
import { SHELL_HIDDEN } from "./shellHidden";

if (loadSettings().lang !== DEFAULT_SETTINGS.lang) {
  document.documentElement.setAttribute(SHELL_HIDDEN, "");
}
