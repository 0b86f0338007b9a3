import { Button, Caption1, Field, Input, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { parseAddress } from "../../workbook/a1";
import type { Messages } from "../../taskpane/i18n/messages";
import type { NumberStyle } from "../../engine/numbers/parseNumber";
import { typedValue } from "./typedValue";

const useStyles = makeStyles({
  bar: {
    display: "flex",
    alignItems: "flex-end",
    gap: tokens.spacingHorizontalS,
    flexWrap: "wrap",
  },
  cell: {
    width: "6rem",
  },
  value: {
    flexGrow: 1,
    minWidth: "12rem",
  },
  hint: {
    flexBasis: "100%",
    color: tokens.colorNeutralForeground3,
  },
});

export interface EditBarProps {
  cell: string;
  value: string;
  onCell: (cell: string) => void;
  onWrite: (cell: string, value: string | number | null) => void;
  /** The style figures are read in: the sheet's, as the engine reads it (see editStyle). */
  style: NumberStyle;
  t: Messages;
}

/** Excel's name box and formula bar, for typing a figure into the previewed workbook. */
export function EditBar({ cell, value, onCell, onWrite, style, t }: EditBarProps) {
  const styles = useStyles();
  const [text, setText] = useState(value);
  const [shown, setShown] = useState({ cell, value });
  if (shown.cell !== cell || shown.value !== value) {
    setShown({ cell, value });
    setText(value);
  }
  const valid = parseAddress(cell) !== undefined;
  const submit = () => valid && onWrite(cell.toUpperCase(), typedValue(text, style));
  return (
    <form
      aria-describedby="chitieu-edit-hint"
      className={styles.bar}
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      <Field
        label={t.preview.cell}
        className={styles.cell}
        validationState={valid || cell === "" ? "none" : "error"}
        validationMessage={valid || cell === "" ? undefined : t.preview.badCell}
      >
        <Input value={cell} onChange={(_e, data) => onCell(data.value.trim().toUpperCase())} />
      </Field>
      <Field label={t.preview.value} className={styles.value}>
        <Input value={text} onChange={(_e, data) => setText(data.value)} />
      </Field>
      <Button type="submit" disabled={!valid}>
        {t.preview.write}
      </Button>
      <Caption1 id="chitieu-edit-hint" className={styles.hint}>
        {t.preview.editHint}
      </Caption1>
    </form>
  );
}
