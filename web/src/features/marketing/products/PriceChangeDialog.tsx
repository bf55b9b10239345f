import { useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import { Alert, Button, Dialog, DialogActions, DialogContent, DialogTitle, InputAdornment, MenuItem, Stack, TextField, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import type { PriceKind } from '../../../gql/graphql';
import { splitFieldErrors } from '../../../lib/ui/fieldErrors';
import { useErrorText } from '../../../lib/ui/useErrorText';
import { runPayload } from '../../../lib/ui/payload';
import { formatFen, parseYuan } from '../../../lib/ui/format';
import { ProposePriceChangeMutation } from './priceOperations';

// skuId errors (e.g. a change already pending) are about the request as a whole: shown above the form.
const FIELDS = ['kind', 'proposedFen', 'reason'];

/** Proposes a new price or VIP price with a reason (price:propose); it takes effect only when a manager approves. */
export function PriceChangeDialog({ sku, onClose, onProposed }: {
  sku: { id: string; code: string; priceFen: number; vipPriceFen?: number | null };
  onClose: () => void;
  onProposed: () => void;
}) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const [kind, setKind] = useState<PriceKind>('PRICE');
  const [price, setPrice] = useState('');
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [general, setGeneral] = useState<string[]>([]);
  const [propose, { loading }] = useMutation(ProposePriceChangeMutation, { refetchQueries: ['SkuPrices', 'PriceChanges'] });
  const current = kind === 'PRICE' ? sku.priceFen : sku.vipPriceFen;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const proposedFen = parseYuan(price);
    const local: Record<string, string> = {};
    if (proposedFen === null) local.proposedFen = t('prices.yuanInvalid');
    else if (proposedFen === current) local.proposedFen = t('prices.samePrice');
    if (!reason.trim()) local.reason = t('validation.required');
    setErrors(local);
    setGeneral([]);
    if (Object.keys(local).length > 0 || proposedFen === null) return;
    const outcome = await runPayload(async () => (await propose({ variables: { input: { skuId: sku.id, kind, proposedFen, reason: reason.trim() } } })).data?.proposePriceChange);
    if (outcome.ok) {
      onProposed();
      return;
    }
    const split = splitFieldErrors(outcome.errors, FIELDS, errorText);
    setErrors(split.byField);
    setGeneral(split.general);
  };

  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="xs">
      <form onSubmit={(e) => void submit(e)} noValidate data-testid="price-change-form">
        <DialogTitle>{t('prices.proposeTitle', { sku: sku.code })}</DialogTitle>
        <DialogContent>
          <Stack spacing={2} sx={{ mt: 1 }}>
            {general.map((m) => <Alert key={m} severity="error" data-testid="price-change-error">{m}</Alert>)}
            <TextField select size="small" label={t('prices.kind')} value={kind} onChange={(e) => setKind(e.target.value as PriceKind)}
              error={Boolean(errors.kind)} helperText={errors.kind}>
              <MenuItem value="PRICE">{t('priceKind.PRICE')}</MenuItem>
              <MenuItem value="VIP">{t('priceKind.VIP')}</MenuItem>
            </TextField>
            <Typography variant="body2">{t('prices.current')}: <b data-testid="price-change-current">{formatFen(current)}</b></Typography>
            <TextField size="small" label={t('prices.newPrice')} value={price} onChange={(e) => setPrice(e.target.value)} required
              error={Boolean(errors.proposedFen)} helperText={errors.proposedFen ?? t('prices.yuanHelp')}
              slotProps={{ input: { startAdornment: <InputAdornment position="start">¥</InputAdornment> }, htmlInput: { inputMode: 'decimal', 'data-testid': 'price-change-price' } }} />
            <TextField size="small" label={t('prices.reason')} value={reason} onChange={(e) => setReason(e.target.value)} required multiline minRows={2}
              error={Boolean(errors.reason)} helperText={errors.reason} slotProps={{ htmlInput: { 'data-testid': 'price-change-reason' } }} />
            <Alert severity="info">{t('prices.needsApproval')}</Alert>
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="submit" variant="contained" disabled={loading} data-testid="price-change-submit">{t('prices.submit')}</Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
