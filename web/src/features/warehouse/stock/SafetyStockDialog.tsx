import { useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import { Alert, Button, Dialog, DialogActions, DialogContent, DialogTitle, Stack, TextField, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { splitFieldErrors } from '../../../lib/ui/fieldErrors';
import { useErrorText } from '../../../lib/ui/useErrorText';
import { runPayload } from '../../../lib/ui/payload';
import { SetSafetyStockMutation } from './operations';
import type { StockTarget } from './types';

/** Sets the safety stock of one SKU in one warehouse (stock:adjust). */
export function SafetyStockDialog({ target, onClose, onSaved }: { target: StockTarget; onClose: () => void; onSaved: () => void }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const [value, setValue] = useState(String(target.safetyStock ?? 0));
  const [fieldError, setFieldError] = useState<string | undefined>();
  const [general, setGeneral] = useState<string[]>([]);
  const [setSafety, { loading }] = useMutation(SetSafetyStockMutation, { refetchQueries: ['StockLevels', 'WarehouseSummary', 'LowStock'] });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const safetyStock = Number(value);
    if (value.trim() === '' || !Number.isInteger(safetyStock) || safetyStock < 0) {
      setFieldError(t('validation.wholeNumberMin', { min: 0 }));
      return;
    }
    const outcome = await runPayload(async () => (await setSafety({
      variables: { input: { skuId: target.skuId, warehouseId: target.warehouseId, safetyStock } },
    })).data?.setSafetyStock);
    if (outcome.ok) {
      onSaved();
      return;
    }
    const split = splitFieldErrors(outcome.errors, ['safetyStock'], errorText);
    setFieldError(split.byField.safetyStock);
    setGeneral(split.general);
  };

  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="xs">
      <form onSubmit={(e) => void submit(e)} noValidate data-testid="safety-form">
        <DialogTitle>{t('stock.editSafety')}</DialogTitle>
        <DialogContent>
          <Stack spacing={2} sx={{ mt: 1 }}>
            {general.map((m) => <Alert key={m} severity="error">{m}</Alert>)}
            <Typography color="text.secondary">{target.skuCode} · {target.warehouseLabel}</Typography>
            <TextField label={t('inventory.safetyStock')} type="number" value={value} onChange={(e) => setValue(e.target.value)}
              error={Boolean(fieldError)} helperText={fieldError ?? t('stock.safetyHelp')} autoFocus
              slotProps={{ htmlInput: { min: 0, step: 1, 'data-testid': 'safety-input' } }} />
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="submit" variant="contained" disabled={loading} data-testid="safety-submit">{t('common.save')}</Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
