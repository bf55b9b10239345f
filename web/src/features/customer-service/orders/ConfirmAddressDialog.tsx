import { useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import {
  Alert, Button, Dialog, DialogActions, DialogContent, DialogTitle, FormControlLabel, FormHelperText, Paper, Radio, RadioGroup, Stack, TextField, Typography,
} from '@mui/material';
import { useTranslation } from 'react-i18next';
import type { ConfirmationMethod } from '../../../gql/graphql';
import { splitFieldErrors } from '../../../lib/ui/fieldErrors';
import { useErrorText } from '../../../lib/ui/useErrorText';
import { runPayload } from '../../../lib/ui/payload';
import { CONFIRMATION_METHODS, addressLine } from '../../../lib/orders/labels';
import { ConfirmOrderAddressMutation } from './operations';

interface OrderAddress { id: string; code: string; receiverName: string; receiverPhone: string; province: string; city: string; district?: string | null; addressDetail: string }

/** Customer service records that the buyer confirmed receiver, phone and address, and how. */
export function ConfirmAddressDialog({ order, onClose, onDone }: { order: OrderAddress; onClose: () => void; onDone: () => void }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const [method, setMethod] = useState<ConfirmationMethod | ''>('');
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [general, setGeneral] = useState<string[]>([]);
  const [confirm, { loading }] = useMutation(ConfirmOrderAddressMutation, { refetchQueries: ['Order', 'Orders', 'FulfilmentQueue'] });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const local: Record<string, string> = {};
    if (!method) local.method = t('validation.required');
    if (method === 'OTHER' && !note.trim()) local.note = t('orders.confirmNoteOther');
    setErrors(local);
    setGeneral([]);
    if (!method || Object.keys(local).length) return;
    const outcome = await runPayload(async () => (await confirm({ variables: { input: { id: order.id, method, note: note.trim() || null } } })).data?.confirmOrderAddress);
    if (outcome.ok) {
      onDone();
      return;
    }
    const split = splitFieldErrors(outcome.errors, ['method', 'note'], errorText);
    setErrors(split.byField);
    setGeneral(split.general);
  };

  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="sm">
      <form onSubmit={(e) => void submit(e)} noValidate data-testid="confirm-address-form">
        <DialogTitle>{t('orders.confirmTitle', { code: order.code })}</DialogTitle>
        <DialogContent>
          <Stack spacing={2} sx={{ mt: 1 }}>
            {general.map((m) => <Alert key={m} severity="error" data-testid="confirm-address-error">{m}</Alert>)}
            <Typography variant="body2" color="text.secondary">{t('orders.confirmBody')}</Typography>
            <Paper variant="outlined" sx={{ p: 1.5 }}>
              <Typography sx={{ fontWeight: 600 }}>{order.receiverName} · {order.receiverPhone}</Typography>
              <Typography>{addressLine(order)}</Typography>
            </Paper>
            <div>
              <Typography variant="subtitle2">{t('orders.confirmMethod')}</Typography>
              <RadioGroup row value={method} onChange={(e) => setMethod(e.target.value as ConfirmationMethod)}>
                {CONFIRMATION_METHODS.map((m) => (
                  <FormControlLabel key={m} value={m} label={t(`confirmationMethod.${m}`)}
                    control={<Radio slotProps={{ input: { 'data-testid': `confirm-method-${m}` } as object }} />} />
                ))}
              </RadioGroup>
              {errors.method && <FormHelperText error>{errors.method}</FormHelperText>}
            </div>
            <TextField size="small" label={t('common.note')} value={note} onChange={(e) => setNote(e.target.value)} multiline minRows={2}
              error={Boolean(errors.note)} helperText={errors.note} slotProps={{ htmlInput: { 'data-testid': 'confirm-address-note' } }} />
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="submit" variant="contained" disabled={loading} data-testid="confirm-address-submit">{t('orders.action.confirm')}</Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
