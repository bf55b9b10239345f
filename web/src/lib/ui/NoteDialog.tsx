import { useState, type FormEvent, type ReactNode } from 'react';
import { Alert, Button, Dialog, DialogActions, DialogContent, DialogTitle, Stack, TextField } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { splitFieldErrors, type FieldError } from './fieldErrors';
import { useErrorText } from './useErrorText';

interface Props {
  title: string;
  /** What the action does, shown above the note. */
  body?: ReactNode;
  confirmLabel: string;
  confirmColor?: 'primary' | 'error' | 'success' | 'warning';
  noteRequired?: boolean;
  noteLabel?: string;
  /** Runs the action; resolves to the server's errors (empty on success, which closes the dialog). */
  onSubmit: (note: string) => Promise<readonly FieldError[]>;
  onClose: () => void;
  testId?: string;
}

/** Confirms a document step (approve, reject, cancel, close…) with a note kept in the history. */
export function NoteDialog({ title, body, confirmLabel, confirmColor = 'primary', noteRequired, noteLabel, onSubmit, onClose, testId = 'note-dialog' }: Props) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const [note, setNote] = useState('');
  const [noteError, setNoteError] = useState<string | undefined>();
  const [general, setGeneral] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (noteRequired && !note.trim()) {
      setNoteError(t('validation.required'));
      return;
    }
    setBusy(true);
    const errors = await onSubmit(note.trim());
    setBusy(false);
    if (errors.length === 0) return;
    const split = splitFieldErrors(errors, ['note'], errorText);
    setNoteError(split.byField.note);
    setGeneral(split.general);
  };

  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="sm">
      <form onSubmit={(e) => void submit(e)} noValidate data-testid={testId}>
        <DialogTitle>{title}</DialogTitle>
        <DialogContent>
          <Stack spacing={2} sx={{ mt: 1 }}>
            {general.map((message) => <Alert severity="error" key={message} data-testid={`${testId}-error`}>{message}</Alert>)}
            {body}
            <TextField label={noteLabel ?? t('common.note')} value={note} onChange={(e) => setNote(e.target.value)} multiline minRows={2}
              required={noteRequired} error={Boolean(noteError)} helperText={noteError}
              slotProps={{ htmlInput: { 'data-testid': `${testId}-note` } }} />
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="submit" variant="contained" color={confirmColor} disabled={busy} data-testid={`${testId}-confirm`}>{confirmLabel}</Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
