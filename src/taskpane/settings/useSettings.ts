import { useCallback, useState } from "react";
import type { PaneSettings } from "./settings";
import { loadSettings, saveSettings } from "./settingsStore";

/** The pane's settings, loaded once from localStorage and saved on every change. */
export function useSettings(): [PaneSettings, (change: Partial<PaneSettings>) => void] {
  const [settings, setSettings] = useState<PaneSettings>(() => loadSettings());
  const update = useCallback((change: Partial<PaneSettings>) => {
    setSettings((current) => {
      const next = { ...current, ...change };
      saveSettings(next);
      return next;
    });
  }, []);
  return [settings, update];
}
