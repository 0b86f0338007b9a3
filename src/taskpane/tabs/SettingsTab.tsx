import {
  Caption1,
  Field,
  Radio,
  RadioGroup,
  SpinButton,
  Subtitle2,
  Switch,
} from "@fluentui/react-components";
import { useState } from "react";
import type { Language } from "../../engine/model/status";
import { formatNumber } from "../../engine/numbers/formatNumber";
import { useMessages } from "../i18n/MessagesContext";
import { TOLERANCE_RANGE, type PaneSettings } from "../settings/settings";
import { toleranceEntry } from "../settings/toleranceEntry";

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
  const [toleranceNote, setToleranceNote] = useState<string | undefined>();
  const setTolerance = (typed: number) => {
    const entry = toleranceEntry(typed);
    const show = (n: number) => formatNumber(n, t.lang);
    const { min, max } = TOLERANCE_RANGE;
    setToleranceNote(
      entry.change === "clamped"
        ? t.settings.toleranceClamped(show(typed), show(entry.value), show(min), show(max))
        : entry.change === "rounded"
          ? t.settings.toleranceRounded(show(typed), show(entry.value))
          : undefined,
    );
    onSettings({ atRiskTolerancePercent: entry.value });
  };
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
      <Field
        label={t.settings.tolerance}
        hint={t.settings.toleranceHint}
        validationState={toleranceNote ? "warning" : "none"}
        validationMessage={toleranceNote}
      >
        <SpinButton
          value={settings.atRiskTolerancePercent}
          displayValue={formatNumber(settings.atRiskTolerancePercent, t.lang, 1)}
          precision={1}
          min={TOLERANCE_RANGE.min}
          max={TOLERANCE_RANGE.max}
          step={1}
          onChange={(_e, data) => {
            const value = data.value ?? typedNumber(data.displayValue);
            if (value !== undefined && value !== null) setTolerance(value);
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
