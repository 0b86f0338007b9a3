import { parseSettings, SETTINGS_KEY, type PaneSettings } from "./settings";

/**
 * Reads and writes the settings in localStorage. Storage can be missing or blocked (private
 * windows, locked-down webviews): then the defaults are used and nothing is kept.
 */
export function loadSettings(storage: Storage | undefined = safeStorage()): PaneSettings {
  try {
    return parseSettings(storage?.getItem(SETTINGS_KEY) ?? null);
  } catch {
    return parseSettings(null);
  }
}

export function saveSettings(
  settings: PaneSettings,
  storage: Storage | undefined = safeStorage(),
): void {
  try {
    storage?.setItem(SETTINGS_KEY, JSON.stringify(settings));
  } catch {
    // Storage full or blocked: the settings last for this session only.
  }
}

function safeStorage(): Storage | undefined {
  try {
    return typeof localStorage === "undefined" ? undefined : localStorage;
  } catch {
    return undefined;
  }
}
