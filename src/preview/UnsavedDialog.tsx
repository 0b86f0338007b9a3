import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
} from "@fluentui/react-components";
import type { Messages } from "../taskpane/i18n/messages";

export interface UnsavedDialogProps {
  /** The open workbook's file name; the dialog shows while it is set. */
  file: string | undefined;
  onDownload: () => void;
  onDiscard: () => void;
  onCancel: () => void;
  t: Messages;
}

/** Asked before another workbook replaces one with changes not yet downloaded. */
export function UnsavedDialog({ file, onDownload, onDiscard, onCancel, t }: UnsavedDialogProps) {
  return (
    <Dialog
      open={file !== undefined}
      modalType="alert"
      onOpenChange={(_e, data) => {
        if (!data.open) onCancel();
      }}
    >
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{t.preview.unsavedTitle}</DialogTitle>
          <DialogContent>{t.preview.unsavedBody(file ?? "")}</DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={onDownload}>
              {t.preview.unsavedDownload}
            </Button>
            <Button onClick={onDiscard}>{t.preview.unsavedDiscard}</Button>
            <Button appearance="subtle" onClick={onCancel}>
              {t.preview.unsavedCancel}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
