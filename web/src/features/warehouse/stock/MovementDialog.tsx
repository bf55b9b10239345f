import { useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import { Alert, Button, Dialog, DialogActions, DialogContent, DialogTitle, MenuItem, Stack, TextField } from '@mui/material';
import { useTranslation } from 'react-i18next';
import type { MovementType } from '../../../gql/graphql';
import { splitFieldErrors } from '../../../lib/ui/fieldErrors';
import { useErrorText } from '../../../lib/ui/useErrorText';
import { runPayload } from '../../../lib/ui/payload';
import { WarehouseSelect } from '../../../lib/inventory/WarehouseSelect';
import { SkuPicker, type SkuOption } from '../../../lib/inventory/SkuPicker';
import { MANUAL_MOVEMENT_TYPES } from '../../../lib/inventory/movementTypes';
import { PostStockMovementMutation } from './operations';
import type { StockTarget } from './types';

const FIELDS = ['warehouseId', 'skuId', 'type', 'quantity', 'reason', 'referenceId'];

/** Posts a manual movement (other in, other out, gift out) with a required reason (stock:adjust). */
export function MovementDialog({ target, onClose, onPosted }: { target: StockTarget | null; onClose: () => void; onPosted: (message: string) => void }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const [warehouseId, setWarehouseId] = useState(target?.warehouseId ?? '');
  const [sku, setSku] = useState<SkuOption | null>(target
    ? { skuId: target.skuId, code: target.skuCode, available: target.available ?? 0, onHand: 0, isGift: target.isGift ?? false }
    : null);
  const [type, setType] = useState<MovementType>('OTHER_OUT');
  const [quantity, setQuantity] = useState('');
  const [reason, setReason] = useState('');
  const [referenceId, setReferenceId] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [general, setGeneral] = useState<string[]>([]);
  const [post, { loading }] = useMutation(PostStockMovementMutation, {
    refetchQueries: ['StockLevels', 'StockMovements', 'WarehouseSummary', 'LowStock'],
  });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const qty = Number(quantity);
    const local: Record<string, string> = {};
    if (!warehouseId) local.warehouseId = t('validation.required');
    if (!sku) local.skuId = t('validation.required');
    if (!Number.isInteger(qty) || qty < 1) local.quantity = t('validation.wholeNumberMin', { min: 1 });
    if (!reason.trim()) local.reason = t('stock.reasonRequired');
    if (type === 'GIFT_OUT' && sku && !sku.isGift) local.skuId = t('stock.giftOnly');
    setErrors(local);
    setGeneral([]);
    if (Object.keys(local).length > 0 || !sku) return;
    const outcome = await runPayload(async () => (await post({ variables: { input: {
      warehouseId, skuId: sku.skuId, type, quantity: qty, reason: reason.trim(), referenceId: referenceId.trim() || null,
    } } })).data?.postStockMovement);
    if (outcome.ok) {
      onPosted(t('stock.movementPosted', { sku: sku.code, onHand: outcome.payload?.movement?.onHandAfter }));
      return;
    }
    const split = splitFieldErrors(outcome.errors, FIELDS, errorText);
    setErrors(split.byField);
    setGeneral(split.general);
  };

  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="sm">
      <form onSubmit={(e) => void submit(e)} noValidate data-testid="movement-form">
        <DialogTitle>{t('stock.newMovement')}</DialogTitle>
        <DialogContent>
          <Stack spacing={2} sx={{ mt: 1 }}>
            {general.map((m) => <Alert key={m} severity="error" data-testid="movement-error">{m}</Alert>)}
            <WarehouseSelect value={warehouseId} onChange={(id) => { setWarehouseId(id); setSku(null); }} activeOnly required fullWidth
              error={Boolean(errors.warehouseId)} helperText={errors.warehouseId} testId="movement-warehouse" />
            <TextField select size="small" label={t('inventory.movementType')} value={type} onChange={(e) => setType(e.target.value as MovementType)}
              error={Boolean(errors.type)} helperText={errors.type}
              slotProps={{ select: { SelectDisplayProps: { 'data-testid': 'movement-type' } as object } }}>
              {MANUAL_MOVEMENT_TYPES.map((m) => <MenuItem key={m} value={m}>{t(`movementType.${m}`)}</MenuItem>)}
            </TextField>
            <SkuPicker warehouseId={warehouseId} value={sku} onChange={setSku} includeUnstocked={type === 'OTHER_IN'} error={Boolean(errors.skuId)}
              helperText={errors.skuId ?? (sku ? t('inventory.availableShort', { count: sku.available }) : undefined)} testId="movement-sku" />
            <TextField size="small" label={t('inventory.quantity')} type="number" value={quantity} onChange={(e) => setQuantity(e.target.value)}
              required error={Boolean(errors.quantity)} helperText={errors.quantity ?? t('stock.quantityHelp')}
              slotProps={{ htmlInput: { min: 1, step: 1, 'data-testid': 'movement-quantity' } }} />
            <TextField size="small" label={t('inventory.reason')} value={reason} onChange={(e) => setReason(e.target.value)} required multiline
              error={Boolean(errors.reason)} helperText={errors.reason} slotProps={{ htmlInput: { 'data-testid': 'movement-reason' } }} />
            <TextField size="small" label={t('stock.referenceId')} value={referenceId} onChange={(e) => setReferenceId(e.target.value)}
              error={Boolean(errors.referenceId)} helperText={errors.referenceId} slotProps={{ htmlInput: { 'data-testid': 'movement-reference' } }} />
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="submit" variant="contained" disabled={loading} data-testid="movement-submit">{t('stock.post')}</Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
