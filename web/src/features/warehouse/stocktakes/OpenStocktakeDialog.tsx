import { useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import {
  Alert, Button, Chip, Dialog, DialogActions, DialogContent, DialogTitle, FormControlLabel, FormHelperText, Radio, RadioGroup, Stack, TextField,
} from '@mui/material';
import { useTranslation } from 'react-i18next';
import { splitFieldErrors } from '../../../lib/ui/fieldErrors';
import { useErrorText } from '../../../lib/ui/useErrorText';
import { runPayload } from '../../../lib/ui/payload';
import { WarehouseSelect } from '../../../lib/inventory/WarehouseSelect';
import { SkuPicker, type SkuOption } from '../../../lib/inventory/SkuPicker';
import { OpenStocktakeMutation } from './operations';

const FIELDS = ['warehouseId', 'skuIds', 'note'];

/** Opens a count sheet for a warehouse: every active SKU, or a chosen few. Book quantities are snapshotted now. */
export function OpenStocktakeDialog({ onClose, onOpened }: { onClose: () => void; onOpened: (id: string) => void }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const [warehouseId, setWarehouseId] = useState('');
  const [scope, setScope] = useState<'all' | 'subset'>('subset');
  const [chosen, setChosen] = useState<SkuOption[]>([]);
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [general, setGeneral] = useState<string[]>([]);
  const [open, { loading }] = useMutation(OpenStocktakeMutation, { refetchQueries: ['Stocktakes'] });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const local: Record<string, string> = {};
    if (!warehouseId) local.warehouseId = t('validation.required');
    if (scope === 'subset' && chosen.length === 0) local.skuIds = t('stocktakes.pickSkus');
    setErrors(local);
    setGeneral([]);
    if (Object.keys(local).length > 0) return;
    const outcome = await runPayload(async () => (await open({ variables: { input: {
      warehouseId, note: note.trim() || null, skuIds: scope === 'subset' ? chosen.map((c) => c.skuId) : null,
    } } })).data?.openStocktake);
    if (outcome.ok && outcome.payload?.stocktake) {
      onOpened(outcome.payload.stocktake.id);
      return;
    }
    const split = splitFieldErrors(outcome.errors, FIELDS, errorText);
    setErrors(split.byField);
    setGeneral(split.general);
  };

  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="sm">
      <form onSubmit={(e) => void submit(e)} noValidate data-testid="stocktake-form">
        <DialogTitle>{t('stocktakes.open')}</DialogTitle>
        <DialogContent>
          <Stack spacing={2} sx={{ mt: 1 }}>
            {general.map((m) => <Alert key={m} severity="error">{m}</Alert>)}
            <WarehouseSelect value={warehouseId} onChange={(id) => { setWarehouseId(id); setChosen([]); }} activeOnly required fullWidth
              testId="stocktake-warehouse" error={Boolean(errors.warehouseId)} helperText={errors.warehouseId} />
            <RadioGroup row value={scope} onChange={(e) => setScope(e.target.value as 'all' | 'subset')}>
              <FormControlLabel value="all" control={<Radio slotProps={{ input: { 'data-testid': 'stocktake-scope-all' } as object }} />} label={t('stocktakes.scopeAll')} />
              <FormControlLabel value="subset" control={<Radio slotProps={{ input: { 'data-testid': 'stocktake-scope-subset' } as object }} />} label={t('stocktakes.scopeSubset')} />
            </RadioGroup>
            {scope === 'subset' && (
              <>
                <SkuPicker warehouseId={warehouseId} value={null} testId="stocktake-sku" includeUnstocked exclude={chosen.map((c) => c.skuId)}
                  onChange={(option) => option && setChosen((cur) => [...cur, option])} error={Boolean(errors.skuIds)} />
                <Stack direction="row" sx={{ flexWrap: 'wrap', gap: 1 }} data-testid="stocktake-chosen">
                  {chosen.map((c) => (
                    <Chip key={c.skuId} label={c.code} onDelete={() => setChosen((cur) => cur.filter((x) => x.skuId !== c.skuId))} />
                  ))}
                </Stack>
                {errors.skuIds && <FormHelperText error>{errors.skuIds}</FormHelperText>}
              </>
            )}
            <TextField size="small" label={t('common.note')} value={note} onChange={(e) => setNote(e.target.value)} multiline
              error={Boolean(errors.note)} helperText={errors.note} slotProps={{ htmlInput: { 'data-testid': 'stocktake-note' } }} />
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="submit" variant="contained" disabled={loading} data-testid="stocktake-submit-open">{t('stocktakes.openConfirm')}</Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
