import { useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import { Alert, Button, Dialog, DialogActions, DialogContent, DialogTitle, MenuItem, Stack, TextField, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import type { PaymentMethod } from '../../../gql/graphql';
import { splitFieldErrors } from '../../../lib/ui/fieldErrors';
import { useErrorText } from '../../../lib/ui/useErrorText';
import { runPayload } from '../../../lib/ui/payload';
import { fenToYuanText, parseYuan } from '../../../lib/ui/format';
import { RequestRefundMutation } from './operations';

const METHODS: PaymentMethod[] = ['ALIPAY', 'WECHAT_PAY', 'PLATFORM', 'BANK_TRANSFER', 'CASH', 'OTHER'];

/** Asks for a refund on the request; large ones will need a second approver. */
export function RequestRefundDialog({ returnId, code, suggestedFen, onClose, onDone }: { returnId: string; code: string; suggestedFen?: number | null; onClose: () => void; onDone: () => void }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const [amount, setAmount] = useState(fenToYuanText(suggestedFen));
  const [method, setMethod] = useState<PaymentMethod>('ALIPAY');
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [general, setGeneral] = useState<string[]>([]);
  const [request, { loading }] = useMutation(RequestRefundMutation, { refetchQueries: ['AsReturnRequest', 'AsRefunds'] });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const fen = parseYuan(amount);
    const local: Record<string, string> = {};
    if (fen === null || fen < 1) local.amountFen = t('as.return.amountInvalid');
    if (!reason.trim()) local.reason = t('validation.required');
    setErrors(local);
    setGeneral([]);
    if (Object.keys(local).length) return;
    const outcome = await runPayload(async () => (await request({ variables: { input: { returnRequestId: returnId, amountFen: fen!, method, reason: reason.trim() } } })).data?.requestRefund);
    if (outcome.ok) return onDone();
    const split = splitFieldErrors(outcome.errors, ['amountFen', 'method', 'reason'], errorText);
    setErrors(split.byField);
    setGeneral(split.general);
  };

  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="sm">
      <form onSubmit={(e) => void submit(e)} noValidate data-testid="refund-request-dialog">
        <DialogTitle>{t('as.refund.requestTitle', { code })}</DialogTitle>
        <DialogContent>
          <Stack spacing={2} sx={{ mt: 1 }}>
            {general.map((m) => <Alert key={m} severity="error" data-testid="refund-request-error">{m}</Alert>)}
            <Typography variant="body2" color="text.secondary">{t('as.refund.requestHelp')}</Typography>
            <TextField size="small" required label={t('as.refund.amount')} value={amount} onChange={(e) => setAmount(e.target.value)}
              error={Boolean(errors.amountFen)} helperText={errors.amountFen} slotProps={{ htmlInput: { inputMode: 'decimal', 'data-testid': 'refund-amount' } }} />
            <TextField select size="small" label={t('as.refund.method')} value={method} onChange={(e) => setMethod(e.target.value as PaymentMethod)}
              error={Boolean(errors.method)} helperText={errors.method}>
              {METHODS.map((m) => <MenuItem key={m} value={m}>{t(`paymentMethod.${m}`)}</MenuItem>)}
            </TextField>
            <TextField size="small" required multiline label={t('as.refund.reason')} value={reason} onChange={(e) => setReason(e.target.value)}
              error={Boolean(errors.reason)} helperText={errors.reason} slotProps={{ htmlInput: { 'data-testid': 'refund-reason' } }} />
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="submit" variant="contained" disabled={loading} data-testid="refund-request-confirm">{t('as.refund.request')}</Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
