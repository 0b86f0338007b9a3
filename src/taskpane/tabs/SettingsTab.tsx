import {
  Caption1,
  Field,
  Radio,
  RadioGroup,
  SpinButton,
  Subtitle2,
  Switch,
} from "@fluentui/react-components";
import type { Language } from "../../engine/model/status";
import { useMessages } from "../i18n/MessagesContext";
import { clampTolerance, TOLERANCE_RANGE, type PaneSettings } from "../settings/settings";

export interface SettingsTabProps {
  settings: PaneSettings;
  onSettings: (change: Partial<PaneSettings>) => void;
}

/** Parses what the user typed in the spin button ("12", "12,5"). */
function typedNumber(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const value = Number(text.replace(",", ".").trim());
  return Number.isFinite(value) ? value : undefined;
}

export function SettingsTab({ settings, onSettings }: SettingsTabProps) {
  const t = useMessages();
  const languages: Language[] = ["vi", "en"];
  return (
    <>
      <Subtitle2 as="h2">{t.settings.heading}</Subtitle2>
      <Field label={t.settings.language}>
        <RadioGroup
          value={settings.lang}
          onChange={(_e, data) => onSettings({ lang: data.value === "en" ? "en" : "vi" })}
        >
          {languages.map((lang) => (
            <Radio key={lang} value={lang} label={t.settings.languageNames[lang]} lang={lang} />
          ))}
        </RadioGroup>
      </Field>
      <Field label={t.settings.tolerance} hint={t.settings.toleranceHint}>
        <SpinButton
          value={settings.atRiskTolerancePercent}
          min={TOLERANCE_RANGE.min}
          max={TOLERANCE_RANGE.max}
          step={1}
          onChange={(_e, data) => {
            const value = data.value ?? typedNumber(data.displayValue);
            if (value !== undefined && value !== null)
              onSettings({ atRiskTolerancePercent: clampTolerance(value) });
          }}
        />
      </Field>
      <Field hint={t.settings.highlightHint}>
        <Switch
          checked={settings.highlight}
          label={t.settings.highlight}
          onChange={(_e, data) => onSettings({ highlight: data.checked })}
        />
      </Field>
      <Caption1>{t.settings.saved}</Caption1>
    </>
  );
}
