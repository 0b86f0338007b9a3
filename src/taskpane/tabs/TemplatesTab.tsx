import {
  Button,
  Caption1,
  Field,
  Input,
  Select,
  SpinButton,
  Subtitle2,
  Textarea,
} from "@fluentui/react-components";
import { useState } from "react";
import { getTemplate, isTemplateId, TEMPLATES } from "../../engine/templates/catalogue";
import { planYear } from "../../engine/templates/planYear";
import type { TemplateId } from "../../engine/templates/types";
import { BusyNote } from "../components/BusyNote";
import { ErrorBar } from "../components/ErrorBar";
import { SuccessNote } from "../components/SuccessNote";
import { useOperation } from "../components/useOperation";
import type { PaneGateway } from "../gateway/paneGateway";
import { useMessages } from "../i18n/MessagesContext";
import { createFromTemplate } from "../templates/createFromTemplate";
import { parseSubUnits } from "../templates/subUnits";
import { subUnitsRefusal } from "../../workbook/templates/subUnitsRefusal";

const YEAR_RANGE = { min: 2000, max: 2100 } as const;

export function TemplatesTab({ gateway }: { gateway: PaneGateway | undefined }) {
  const t = useMessages();
  const create = useOperation();
  const [template, setTemplate] = useState<TemplateId>(TEMPLATES[0].id);
  const [unit, setUnit] = useState("");
  const [year, setYear] = useState(() => planYear(new Date()));
  const [subUnits, setSubUnits] = useState("");
  const [tried, setTried] = useState(false);
  const unitMissing = unit.trim() === "";
  const yearBad = !Number.isInteger(year) || year < YEAR_RANGE.min || year > YEAR_RANGE.max;
  const subUnitsRefused = subUnitsRefusal(template, parseSubUnits(subUnits), t.lang);

  const submit = () => {
    setTried(true);
    if (!gateway || unitMissing || yearBad || subUnitsRefused) return;
    create.run(t.progress.creating, async () => {
      const sheets = await createFromTemplate(gateway, {
        template,
        unit: unit.trim(),
        year,
        subUnits: parseSubUnits(subUnits),
        lang: t.lang,
      });
      return t.templates.created(sheets.join(", "));
    });
  };

  return (
    <>
      <Subtitle2 as="h2">{t.templates.heading}</Subtitle2>
      <Caption1>{t.templates.intro}</Caption1>
      <Field label={t.templates.template} hint={getTemplate(template).description[t.lang]}>
        <Select
          value={template}
          onChange={(_e, data) => isTemplateId(data.value) && setTemplate(data.value)}
        >
          {TEMPLATES.map((tpl) => (
            <option key={tpl.id} value={tpl.id}>
              {tpl.title[t.lang]}
            </option>
          ))}
        </Select>
      </Field>
      <Field
        label={t.templates.unit}
        required
        validationState={tried && unitMissing ? "error" : "none"}
        validationMessage={tried && unitMissing ? t.templates.unitRequired : undefined}
      >
        <Input
          value={unit}
          placeholder={t.templates.unitPlaceholder}
          onChange={(_e, data) => setUnit(data.value)}
        />
      </Field>
      <Field
        label={t.templates.year}
        validationState={yearBad ? "error" : "none"}
        validationMessage={yearBad ? t.templates.yearInvalid : undefined}
      >
        <SpinButton
          value={year}
          min={YEAR_RANGE.min}
          max={YEAR_RANGE.max}
          onChange={(_e, data) => {
            const value = data.value ?? Number(data.displayValue);
            if (value !== undefined && value !== null && Number.isFinite(value)) setYear(value);
          }}
        />
      </Field>
      <Field
        label={t.templates.subUnits}
        hint={t.templates.subUnitsHint}
        validationState={subUnitsRefused ? "error" : "none"}
        validationMessage={subUnitsRefused}
      >
        <Textarea
          value={subUnits}
          resize="vertical"
          onChange={(_e, data) => setSubUnits(data.value)}
        />
      </Field>
      <div>
        <Button appearance="primary" disabled={!gateway || Boolean(create.busy)} onClick={submit}>
          {t.templates.create}
        </Button>
      </div>
      {create.busy ? <BusyNote label={create.busy} /> : null}
      {create.done ? <SuccessNote text={create.done} /> : null}
      {create.error ? <ErrorBar error={create.error} onDismiss={create.dismiss} /> : null}
    </>
  );
}
