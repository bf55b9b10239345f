import { useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import { Alert, Button, Checkbox, Dialog, DialogActions, DialogContent, DialogTitle, FormControlLabel, Stack, TextField } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { splitFieldErrors } from '../../../lib/ui/fieldErrors';
import { useErrorText } from '../../../lib/ui/useErrorText';
import { runPayload } from '../../../lib/ui/payload';
import { fenToYuanText, parseYuan } from '../../../lib/ui/format';
import { CatalogSkuPicker, type CatalogSku } from '../shared/CatalogSkuPicker';
import { SaveSupplierSkuMutation } from './operations';

const FIELDS = ['skuId', 'unitPrice', 'leadTimeDays', 'minOrderQuantity', 'supplierSkuCode', 'preferred'];

export interface SupplierSkuRow { sku: CatalogSku; unitPrice: number; leadTimeDays: number; minOrderQuantity: number; preferred: boolean; supplierSkuCode?: string | null }

/** A SKU this supplier delivers and its terms: price, lead time, minimum order, preferred or not. */
export function SupplierSkuDialog({ supplierId, existing, onClose, onSaved }: { supplierId: string; existing?: SupplierSkuRow; onClose: () => void; onSaved: () => void }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const [sku, setSku] = useState<CatalogSku | null>(existing?.sku ?? null);
  const [price, setPrice] = useState(existing ? fenToYuanText(existing.unitPrice) : '');
  const [lead, setLead] = useState(String(existing?.leadTimeDays ?? 7));
  const [moq, setMoq] = useState(String(existing?.minOrderQuantity ?? 1));
  const [code, setCode] = useState(existing?.supplierSkuCode ?? '');
  const [preferred, setPreferred] = useState(existing?.preferred ?? false);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [general, setGeneral] = useState<string[]>([]);
  const [save, { loading }] = useMutation(SaveSupplierSkuMutation, { refetchQueries: ['Supplier'] });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const local: Record<string, string> = {};
    const fen = parseYuan(price);
    if (!sku) local.skuId = t('validation.required');
    if (fen === null) local.unitPrice = t('proc.common.invalidYuan');
    if (!Number.isInteger(Number(lead)) || Number(lead) < 0 || lead.trim() === '') local.leadTimeDays = t('validation.wholeNumberMin', { min: 0 });
    if (!Number.isInteger(Number(moq)) || Number(moq) < 1) local.minOrderQuantity = t('validation.wholeNumberMin', { min: 1 });
    setErrors(local);
    setGeneral([]);
    if (Object.keys(local).length) return;
    const outcome = await runPayload(async () => (await save({ variables: { input: {
      supplierId, skuId: sku!.skuId, unitPrice: fen!, leadTimeDays: Number(lead), minOrderQuantity: Number(moq), preferred, supplierSkuCode: code.trim() || null,
    } } })).data?.saveSupplierSku);
    if (outcome.ok) {
      onSaved();
      return;
    }
    const split = splitFieldErrors(outcome.errors, FIELDS, errorText);
    setErrors(split.byField);
    setGeneral(split.general);
  };

  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="sm">
      <form onSubmit={(e) => void submit(e)} noValidate data-testid="supplier-sku-form">
        <DialogTitle>{t('proc.suppliers.addSku')}</DialogTitle>
        <DialogContent>
          <Stack spacing={2} sx={{ mt: 1 }}>
            {general.map((m) => <Alert key={m} severity="error" data-testid="supplier-sku-error">{m}</Alert>)}
            {existing ? <TextField size="small" label={t('proc.common.sku')} value={`${existing.sku.code} · ${existing.sku.title}`} disabled />
              : <CatalogSkuPicker value={sku} onChange={setSku} testId="supplier-sku-pick" error={Boolean(errors.skuId)} helperText={errors.skuId} />}
            <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
              <TextField size="small" label={t('proc.common.priceYuan')} value={price} onChange={(e) => setPrice(e.target.value)} required
                error={Boolean(errors.unitPrice)} helperText={errors.unitPrice} slotProps={{ htmlInput: { inputMode: 'decimal', 'data-testid': 'supplier-sku-price' } }} />
              <TextField size="small" type="number" label={t('proc.common.leadTimeDays')} value={lead} onChange={(e) => setLead(e.target.value)}
                error={Boolean(errors.leadTimeDays)} helperText={errors.leadTimeDays} slotProps={{ htmlInput: { min: 0, 'data-testid': 'supplier-sku-lead' } }} />
              <TextField size="small" type="number" label={t('proc.common.moq')} value={moq} onChange={(e) => setMoq(e.target.value)}
                error={Boolean(errors.minOrderQuantity)} helperText={errors.minOrderQuantity} slotProps={{ htmlInput: { min: 1, 'data-testid': 'supplier-sku-moq' } }} />
            </Stack>
            <TextField size="small" label={t('proc.suppliers.supplierSkuCode')} value={code} onChange={(e) => setCode(e.target.value)}
              error={Boolean(errors.supplierSkuCode)} helperText={errors.supplierSkuCode} />
            <FormControlLabel control={<Checkbox checked={preferred} onChange={(e) => setPreferred(e.target.checked)} />} label={t('proc.suppliers.preferred')} />
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="submit" variant="contained" disabled={loading} data-testid="supplier-sku-submit">{t('common.save')}</Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
