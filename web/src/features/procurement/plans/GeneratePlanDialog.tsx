import { useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import { Alert, Button, Checkbox, Dialog, DialogActions, DialogContent, DialogTitle, FormControlLabel, MenuItem, Stack, TextField, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import type { PlanPeriod } from '../../../gql/graphql';
import { splitFieldErrors } from '../../../lib/ui/fieldErrors';
import { useErrorText } from '../../../lib/ui/useErrorText';
import { runPayload } from '../../../lib/ui/payload';
import { WarehouseSelect } from '../../../lib/inventory/WarehouseSelect';
import { shopToday } from '../shared/days';
import { GeneratePurchasePlanMutation, PLAN_PERIODS } from './operations';

const FIELDS = ['warehouseId', 'period', 'startDay', 'growthPercent', 'lookbackDays', 'lowStockOnly', 'note'];

/** Generates a draft plan for one warehouse: period, start, growth factor, sales history, optionally low stock only. */
export function GeneratePlanDialog({ onClose, onGenerated }: { onClose: () => void; onGenerated: (id: string) => void }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const [warehouseId, setWarehouseId] = useState('');
  const [period, setPeriod] = useState<PlanPeriod>('WEEKLY');
  const [startDay, setStartDay] = useState(shopToday());
  const [growth, setGrowth] = useState('100');
  const [lookback, setLookback] = useState('28');
  const [lowStockOnly, setLowStockOnly] = useState(true);
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [general, setGeneral] = useState<string[]>([]);
  const [generate, { loading }] = useMutation(GeneratePurchasePlanMutation, { refetchQueries: ['PurchasePlans'] });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const local: Record<string, string> = {};
    if (!warehouseId) local.warehouseId = t('validation.required');
    if (!Number.isInteger(Number(growth)) || Number(growth) < 0 || growth.trim() === '') local.growthPercent = t('validation.wholeNumberMin', { min: 0 });
    if (!Number.isInteger(Number(lookback)) || Number(lookback) < 1) local.lookbackDays = t('validation.wholeNumberMin', { min: 1 });
    setErrors(local);
    setGeneral([]);
    if (Object.keys(local).length) return;
    const outcome = await runPayload(async () => (await generate({ variables: { input: {
      warehouseId, period, startDay: startDay || null, growthPercent: Number(growth), lookbackDays: Number(lookback), lowStockOnly, note: note.trim() || null,
    } } })).data?.generatePurchasePlan);
    if (outcome.ok && outcome.payload?.purchasePlan) {
      onGenerated(outcome.payload.purchasePlan.id);
      return;
    }
    const split = splitFieldErrors(outcome.errors, FIELDS, errorText);
    setErrors(split.byField);
    setGeneral(split.general);
  };

  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="sm">
      <form onSubmit={(e) => void submit(e)} noValidate data-testid="plan-form">
        <DialogTitle>{t('proc.plan.generate')}</DialogTitle>
        <DialogContent>
          <Stack spacing={2} sx={{ mt: 1 }}>
            {general.map((m) => <Alert key={m} severity="error" data-testid="plan-form-error">{m}</Alert>)}
            <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
              <WarehouseSelect value={warehouseId} onChange={setWarehouseId} activeOnly required fullWidth testId="plan-warehouse"
                error={Boolean(errors.warehouseId)} helperText={errors.warehouseId} />
              <TextField select size="small" label={t('proc.plan.period')} value={period} onChange={(e) => setPeriod(e.target.value as PlanPeriod)} fullWidth
                error={Boolean(errors.period)} helperText={errors.period} slotProps={{ select: { SelectDisplayProps: { 'data-testid': 'plan-period' } as object } }}>
                {PLAN_PERIODS.map((p) => <MenuItem key={p} value={p}>{t(`proc.enum.planPeriod.${p}`)}</MenuItem>)}
              </TextField>
            </Stack>
            <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
              <TextField size="small" type="date" label={t('proc.plan.startDay')} value={startDay} onChange={(e) => setStartDay(e.target.value)} fullWidth
                error={Boolean(errors.startDay)} helperText={errors.startDay} slotProps={{ inputLabel: { shrink: true }, htmlInput: { 'data-testid': 'plan-start' } }} />
              <TextField size="small" type="number" label={t('proc.plan.growth')} value={growth} onChange={(e) => setGrowth(e.target.value)} fullWidth
                error={Boolean(errors.growthPercent)} helperText={errors.growthPercent ?? t('proc.plan.growthHelp')} slotProps={{ htmlInput: { min: 0, 'data-testid': 'plan-growth' } }} />
              <TextField size="small" type="number" label={t('proc.plan.lookback')} value={lookback} onChange={(e) => setLookback(e.target.value)} fullWidth
                error={Boolean(errors.lookbackDays)} helperText={errors.lookbackDays} slotProps={{ htmlInput: { min: 1, 'data-testid': 'plan-lookback' } }} />
            </Stack>
            <FormControlLabel control={<Checkbox checked={lowStockOnly} onChange={(e) => setLowStockOnly(e.target.checked)} slotProps={{ input: { 'data-testid': 'plan-low-stock-only' } as object }} />}
              label={t('proc.plan.lowStockOnly')} />
            <TextField size="small" label={t('common.note')} value={note} onChange={(e) => setNote(e.target.value)} multiline error={Boolean(errors.note)} helperText={errors.note} />
            <Typography variant="caption" color="text.secondary">{t('proc.plan.formula')}</Typography>
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="submit" variant="contained" disabled={loading} data-testid="plan-submit">{t('proc.plan.generate')}</Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
