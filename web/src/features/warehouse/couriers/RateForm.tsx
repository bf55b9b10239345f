import { useState, type FormEvent } from 'react';
import { Alert, Button, MenuItem, Stack, TextField } from '@mui/material';
import { useTranslation } from 'react-i18next';
import type { ShippingMethod } from '../../../gql/graphql';
import { splitFieldErrors, type FieldError } from '../../../lib/ui/fieldErrors';
import { useErrorText } from '../../../lib/ui/useErrorText';
import { fenToYuanText, parseYuan } from '../../../lib/ui/format';
import { SHIPPING_METHODS } from '../../../lib/orders/labels';
import { ProvinceSelect } from '../../../lib/orders/ProvinceSelect';

export interface RateInput {
  method: ShippingMethod;
  province: string;
  firstWeightGrams: number;
  firstFeeFen: number;
  additionalUnitGrams: number;
  additionalFeeFen: number;
  freeShippingThresholdFen?: number | null;
}
const FIELDS = ['method', 'province', 'firstWeightGrams', 'firstFeeFen', 'additionalUnitGrams', 'additionalFeeFen', 'freeShippingThresholdFen'];

/** One row of a rate card or fee template: method and province, first weight and its fee, additional unit and its fee. */
export function RateForm({ withThreshold, fixedMethod, initial, onSubmit, testId }: {
  withThreshold?: boolean;
  /** A row to change (remount the form with a new key to load another). */
  initial?: RateInput | null;
  fixedMethod?: ShippingMethod;
  onSubmit: (input: RateInput) => Promise<readonly FieldError[]>;
  testId: string;
}) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const [method, setMethod] = useState<ShippingMethod>(fixedMethod ?? initial?.method ?? 'EXPRESS');
  const [province, setProvince] = useState(initial?.province ?? '*');
  const [firstWeight, setFirstWeight] = useState(String(initial?.firstWeightGrams ?? 1000));
  const [firstFee, setFirstFee] = useState(initial ? fenToYuanText(initial.firstFeeFen) : '');
  const [unit, setUnit] = useState(String(initial?.additionalUnitGrams ?? 1000));
  const [unitFee, setUnitFee] = useState(initial ? fenToYuanText(initial.additionalFeeFen) : '');
  const [threshold, setThreshold] = useState(fenToYuanText(initial?.freeShippingThresholdFen));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [general, setGeneral] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const chosenMethod = fixedMethod ?? method;

  const grams = (text: string) => (/^\d+$/.test(text.trim()) && Number(text) > 0 ? Number(text) : null);
  const fen = (text: string) => (text.trim() === '0' ? 0 : parseYuan(text));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const input = {
      method: chosenMethod, province, firstWeightGrams: grams(firstWeight), firstFeeFen: fen(firstFee),
      additionalUnitGrams: grams(unit), additionalFeeFen: fen(unitFee), freeShippingThresholdFen: threshold.trim() ? fen(threshold) : null,
    };
    const local: Record<string, string> = {};
    if (!province) local.province = t('validation.required');
    if (input.firstWeightGrams === null) local.firstWeightGrams = t('couriers.gramsInvalid');
    if (input.additionalUnitGrams === null) local.additionalUnitGrams = t('couriers.gramsInvalid');
    if (input.firstFeeFen === null) local.firstFeeFen = t('ledger.amountInvalid');
    if (input.additionalFeeFen === null) local.additionalFeeFen = t('ledger.amountInvalid');
    if (threshold.trim() && input.freeShippingThresholdFen === null) local.freeShippingThresholdFen = t('ledger.amountInvalid');
    setErrors(local);
    setGeneral([]);
    if (Object.keys(local).length) return;
    setBusy(true);
    const result = await onSubmit({ ...input, firstWeightGrams: input.firstWeightGrams!, firstFeeFen: input.firstFeeFen!, additionalUnitGrams: input.additionalUnitGrams!, additionalFeeFen: input.additionalFeeFen! });
    setBusy(false);
    const split = splitFieldErrors(result, FIELDS, errorText);
    setErrors(split.byField);
    setGeneral(split.general);
  };

  const field = (name: string, label: string, value: string, set: (v: string) => void, helper?: string) => (
    <TextField size="small" label={label} value={value} onChange={(e) => set(e.target.value)} sx={{ width: 140 }}
      error={Boolean(errors[name])} helperText={errors[name] ?? helper} slotProps={{ htmlInput: { inputMode: 'decimal', 'data-testid': `${testId}-${name}` } }} />
  );

  return (
    <form onSubmit={(e) => void submit(e)} noValidate data-testid={testId}>
      {general.map((m) => <Alert key={m} severity="error" sx={{ mb: 1 }}>{m}</Alert>)}
      <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap', alignItems: 'flex-start' }}>
        {!fixedMethod && (
          <TextField select size="small" label={t('couriers.method')} value={method} onChange={(e) => setMethod(e.target.value as ShippingMethod)} sx={{ width: 110 }}
            error={Boolean(errors.method)} helperText={errors.method}>
            {SHIPPING_METHODS.map((m) => <MenuItem key={m} value={m}>{t(`shippingMethod.${m}`)}</MenuItem>)}
          </TextField>
        )}
        <ProvinceSelect value={province} onChange={setProvince} allowOther label={t('couriers.province')} testId={`${testId}-province`}
          error={Boolean(errors.province)} helperText={errors.province} />
        {field('firstWeightGrams', t('couriers.firstWeight'), firstWeight, setFirstWeight)}
        {field('firstFeeFen', t('couriers.firstFee'), firstFee, setFirstFee)}
        {field('additionalUnitGrams', t('couriers.additionalUnit'), unit, setUnit)}
        {field('additionalFeeFen', t('couriers.additionalFee'), unitFee, setUnitFee)}
        {withThreshold && field('freeShippingThresholdFen', t('couriers.freeThreshold'), threshold, setThreshold, t('couriers.freeThresholdHelp'))}
        <Button type="submit" variant="contained" disabled={busy} data-testid={`${testId}-submit`}>{t('couriers.setRow')}</Button>
      </Stack>
    </form>
  );
}
