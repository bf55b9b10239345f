import { useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import { Alert, Button, Dialog, DialogActions, DialogContent, DialogTitle, MenuItem, Stack, TextField } from '@mui/material';
import { useTranslation } from 'react-i18next';
import type { PaymentMethod } from '../../../gql/graphql';
import { splitFieldErrors } from '../../../lib/ui/fieldErrors';
import { useErrorText } from '../../../lib/ui/useErrorText';
import { runPayload } from '../../../lib/ui/payload';
import { fenToYuanText, parseYuan } from '../../../lib/ui/format';
import { PAYMENT_METHODS } from '../../../lib/orders/labels';
import { RecordPaymentMutation, RecordRefundMutation } from './operations';

const FIELDS = ['amountFen', 'method', 'reference', 'note', 'at'];

/** A payment (up to what is still due) or a refund (up to what was paid) against an order; both go to the ledger. */
export function PaymentDialog({ kind, order, onClose, onDone }: {
  kind: 'PAYMENT' | 'REFUND';
  order: { id: string; code: string; outstandingFen: number; paidFen: number };
  onClose: () => void;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const refund = kind === 'REFUND';
  const [amount, setAmount] = useState(fenToYuanText(refund ? order.paidFen : order.outstandingFen));
  const [method, setMethod] = useState<PaymentMethod>('ALIPAY');
  const [reference, setReference] = useState('');
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [general, setGeneral] = useState<string[]>([]);
  const options = { refetchQueries: ['Order', 'Orders', 'LedgerEntries', 'LedgerTotals'] };
  const [pay, { loading: paying }] = useMutation(RecordPaymentMutation, options);
  const [giveBack, { loading: refunding }] = useMutation(RecordRefundMutation, options);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const fen = parseYuan(amount);
    const local: Record<string, string> = {};
    if (!fen) local.amountFen = t('orders.amountInvalid');
    if (refund && !note.trim()) local.note = t('orders.refundReasonRequired');
    setErrors(local);
    setGeneral([]);
    if (!fen || Object.keys(local).length) return;
    const input = { orderId: order.id, amountFen: fen, method, reference: reference.trim() || null, note: note.trim() || null };
    const outcome = await runPayload(async () => (refund
      ? (await giveBack({ variables: { input } })).data?.recordRefund
      : (await pay({ variables: { input } })).data?.recordPayment));
    if (outcome.ok) {
      onDone();
      return;
    }
    const split = splitFieldErrors(outcome.errors, FIELDS, errorText);
    setErrors(split.byField);
    setGeneral(split.general);
  };

  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="xs">
      <form onSubmit={(e) => void submit(e)} noValidate data-testid="payment-form">
        <DialogTitle>{t(refund ? 'orders.refundTitle' : 'orders.payTitle', { code: order.code })}</DialogTitle>
        <DialogContent>
          <Stack spacing={2} sx={{ mt: 1 }}>
            {general.map((m) => <Alert key={m} severity="error" data-testid="payment-error">{m}</Alert>)}
            <TextField size="small" label={t('orders.amount')} value={amount} onChange={(e) => setAmount(e.target.value)} required
              error={Boolean(errors.amountFen)} helperText={errors.amountFen} slotProps={{ htmlInput: { inputMode: 'decimal', 'data-testid': 'payment-amount' } }} />
            <TextField select size="small" label={t('orders.method')} value={method} onChange={(e) => setMethod(e.target.value as PaymentMethod)}
              error={Boolean(errors.method)} helperText={errors.method} slotProps={{ select: { SelectDisplayProps: { 'data-testid': 'payment-method' } as object } }}>
              {PAYMENT_METHODS.map((m) => <MenuItem key={m} value={m}>{t(`paymentMethod.${m}`)}</MenuItem>)}
            </TextField>
            <TextField size="small" label={t('orders.reference')} value={reference} onChange={(e) => setReference(e.target.value)}
              error={Boolean(errors.reference)} helperText={errors.reference} slotProps={{ htmlInput: { 'data-testid': 'payment-reference' } }} />
            <TextField size="small" label={refund ? t('orders.reason') : t('common.note')} value={note} onChange={(e) => setNote(e.target.value)} multiline
              required={refund} error={Boolean(errors.note)} helperText={errors.note} slotProps={{ htmlInput: { 'data-testid': 'payment-note' } }} />
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="submit" variant="contained" color={refund ? 'warning' : 'primary'} disabled={paying || refunding} data-testid="payment-submit">
            {t(refund ? 'orders.action.refund' : 'orders.action.pay')}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
