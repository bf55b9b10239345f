import { useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import { Alert, Button, Dialog, DialogActions, DialogContent, DialogTitle, Stack, TextField } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { WarehouseSelect } from '../../../lib/inventory/WarehouseSelect';
import { splitFieldErrors } from '../../../lib/ui/fieldErrors';
import { useErrorText } from '../../../lib/ui/useErrorText';
import { runPayload } from '../../../lib/ui/payload';
import { ReceiveReturnMutation } from './operations';

/** The goods came back: at which warehouse, and a note such as the buyer's return waybill. */
export function ReceiveReturnDialog({ returnId, code, onClose, onDone }: { returnId: string; code: string; onClose: () => void; onDone: () => void }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const [warehouseId, setWarehouseId] = useState('');
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [general, setGeneral] = useState<string[]>([]);
  const [receive, { loading }] = useMutation(ReceiveReturnMutation, { refetchQueries: ['AsReturnRequests'] });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!warehouseId) {
      setErrors({ warehouseId: t('validation.required') });
      return;
    }
    const outcome = await runPayload(async () => (await receive({ variables: { input: { id: returnId, warehouseId, note: note.trim() || null } } })).data?.receiveReturn);
    if (outcome.ok) return onDone();
    const split = splitFieldErrors(outcome.errors, ['warehouseId', 'note'], errorText);
    setErrors(split.byField);
    setGeneral(split.general);
  };

  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="sm">
      <form onSubmit={(e) => void submit(e)} noValidate data-testid="return-receive-dialog">
        <DialogTitle>{t('as.return.receiveTitle', { code })}</DialogTitle>
        <DialogContent>
          <Stack spacing={2} sx={{ mt: 1 }}>
            {general.map((m) => <Alert key={m} severity="error" data-testid="return-receive-error">{m}</Alert>)}
            <WarehouseSelect value={warehouseId} onChange={setWarehouseId} activeOnly required fullWidth testId="return-receive-warehouse"
              error={Boolean(errors.warehouseId)} helperText={errors.warehouseId} />
            <TextField size="small" label={t('as.return.receiveNote')} value={note} onChange={(e) => setNote(e.target.value)}
              error={Boolean(errors.note)} helperText={errors.note} slotProps={{ htmlInput: { 'data-testid': 'return-receive-note' } }} />
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="submit" variant="contained" disabled={loading} data-testid="return-receive-confirm">{t('as.return.receive')}</Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
