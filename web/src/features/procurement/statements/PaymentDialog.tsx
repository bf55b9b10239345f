import { useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import { Alert, Button, Dialog, DialogActions, DialogContent, DialogTitle, MenuItem, Stack, TextField } from '@mui/material';
import { useTranslation } from 'react-i18next';
import type { SupplierPaymentMethod } from '../../../gql/graphql';
import { splitFieldErrors } from '../../../lib/ui/fieldErrors';
import { useErrorText } from '../../../lib/ui/useErrorText';
import { runPayload } from '../../../lib/ui/payload';
import { formatFen, parseYuan } from '../../../lib/ui/format';
import { PAYMENT_METHODS, RecordSupplierPaymentMutation } from './operations';

const FIELDS = ['amount', 'method', 'paidAt', 'reference', 'note'];

/** A payment to a supplier: lowers what is owed and posts the expense to the shop's ledger. */
export function PaymentDialog({ supplier, owed, onClose, onSaved }: { supplier: { id: string; name: string }; owed: number; onClose: () => void; onSaved: (amount: number) => void }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const [amount, setAmount] = useState(owed > 0 ? (owed / 100).toFixed(2) : '');
  const [method, setMethod] = useState<SupplierPaymentMethod>('BANK_TRANSFER');
  const [paidOn, setPaidOn] = useState('');
  const [reference, setReference] = useState('');
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [general, setGeneral] = useState<string[]>([]);
  const [record, { loading }] = useMutation(RecordSupplierPaymentMutation, { refetchQueries: ['SupplierStatement', 'SupplierBalances'] });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const fen = parseYuan(amount);
    if (fen === null || fen <= 0) { setErrors({ amount: t('proc.common.invalidYuan') }); return; }
    setErrors({});
    // A day typed in the shop's zone is paid at noon there, so it cannot slip to the previous or next day.
    const paidAt = paidOn ? new Date(`${paidOn}T12:00:00+08:00`).toISOString() : null;
    const outcome = await runPayload(async () => (await record({ variables: { input: {
      supplierId: supplier.id, amount: fen, method, paidAt, reference: reference.trim() || null, note: note.trim() || null,
    } } })).data?.recordSupplierPayment);
    if (outcome.ok) { onSaved(fen); return; }
    const split = splitFieldErrors(outcome.errors, FIELDS, errorText);
    setErrors(split.byField);
    setGeneral(split.general);
  };

  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="sm">
      <form onSubmit={(e) => void submit(e)} noValidate data-testid="payment-form">
        <DialogTitle>{t('proc.statement.paymentTitle', { name: supplier.name })}</DialogTitle>
        <DialogContent>
          <Stack spacing={2} sx={{ mt: 1 }}>
            {general.map((m) => <Alert key={m} severity="error" data-testid="payment-error">{m}</Alert>)}
            <Alert severity="info">{t('proc.statement.owed')}: {formatFen(owed)}</Alert>
            <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
              <TextField size="small" label={t('proc.common.amount')} value={amount} onChange={(e) => setAmount(e.target.value)} required
                error={Boolean(errors.amount)} helperText={errors.amount} slotProps={{ htmlInput: { inputMode: 'decimal', 'data-testid': 'payment-amount' } }} />
              <TextField select size="small" label={t('proc.statement.method')} value={method} onChange={(e) => setMethod(e.target.value as SupplierPaymentMethod)} sx={{ minWidth: 150 }}
                error={Boolean(errors.method)} helperText={errors.method}>
                {PAYMENT_METHODS.map((m) => <MenuItem key={m} value={m}>{t(`proc.enum.paymentMethod.${m}`)}</MenuItem>)}
              </TextField>
              <TextField size="small" type="date" label={t('proc.statement.paidAt')} value={paidOn} onChange={(e) => setPaidOn(e.target.value)}
                error={Boolean(errors.paidAt)} helperText={errors.paidAt} slotProps={{ inputLabel: { shrink: true } }} />
            </Stack>
            <TextField size="small" label={t('proc.statement.reference')} value={reference} onChange={(e) => setReference(e.target.value)}
              error={Boolean(errors.reference)} helperText={errors.reference} />
            <TextField size="small" label={t('common.note')} value={note} onChange={(e) => setNote(e.target.value)} multiline error={Boolean(errors.note)} helperText={errors.note} />
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="submit" variant="contained" disabled={loading} data-testid="payment-submit">{t('proc.statement.recordPayment')}</Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
