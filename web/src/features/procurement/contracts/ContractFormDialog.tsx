import { useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import { Alert, Button, Dialog, DialogActions, DialogContent, DialogTitle, MenuItem, Stack, TextField } from '@mui/material';
import { useTranslation } from 'react-i18next';
import type { ContractType } from '../../../gql/graphql';
import { splitFieldErrors } from '../../../lib/ui/fieldErrors';
import { useErrorText } from '../../../lib/ui/useErrorText';
import { runPayload } from '../../../lib/ui/payload';
import { fenToYuanText, parseYuan } from '../../../lib/ui/format';
import { SupplierPicker, type SupplierOption } from '../shared/SupplierPicker';
import { DAY_PATTERN } from '../shared/days';
import { CONTRACT_TYPES, CreateContractMutation, UpdateContractMutation } from './operations';

const FIELDS = ['title', 'type', 'supplierId', 'shopParty', 'terms', 'amount', 'startDate', 'endDate'];

export interface ContractDraft {
  id: string; title: string; type: ContractType; shopParty: string; terms?: string | null; amount: number; startDate: string; endDate: string;
  supplier?: SupplierOption | null;
}

/** A new contract, or a draft's fields; server errors are shown beside the fields they name. */
export function ContractFormDialog({ contract, onClose, onSaved }: { contract?: ContractDraft; onClose: () => void; onSaved: (id: string) => void }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const [title, setTitle] = useState(contract?.title ?? '');
  const [type, setType] = useState<ContractType>(contract?.type ?? 'PURCHASE');
  const [supplier, setSupplier] = useState<SupplierOption | null>(contract?.supplier ?? null);
  const [shopParty, setShopParty] = useState(contract?.shopParty ?? '');
  const [terms, setTerms] = useState(contract?.terms ?? '');
  const [amount, setAmount] = useState(contract ? fenToYuanText(contract.amount) : '');
  const [startDate, setStartDate] = useState(contract?.startDate ?? '');
  const [endDate, setEndDate] = useState(contract?.endDate ?? '');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [general, setGeneral] = useState<string[]>([]);
  const refetchQueries = ['Contracts', 'ContractExpiryAlerts'];
  const [create, { loading: creating }] = useMutation(CreateContractMutation, { refetchQueries });
  const [update, { loading: updating }] = useMutation(UpdateContractMutation, { refetchQueries });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const local: Record<string, string> = {};
    if (!title.trim()) local.title = t('validation.required');
    if (!shopParty.trim()) local.shopParty = t('validation.required');
    const fen = amount.trim() ? parseYuan(amount) : 0;
    if (fen === null) local.amount = t('proc.common.invalidYuan');
    if (!DAY_PATTERN.test(startDate)) local.startDate = t('validation.required');
    if (!DAY_PATTERN.test(endDate)) local.endDate = t('validation.required');
    setErrors(local);
    setGeneral([]);
    if (Object.keys(local).length) return;
    const fields = {
      title: title.trim(), type, supplierId: supplier?.id ?? null, shopParty: shopParty.trim(), terms: terms.trim() || null,
      amount: fen ?? 0, startDate, endDate,
    };
    const outcome = contract
      ? await runPayload(async () => (await update({ variables: { input: { id: contract.id, ...fields } } })).data?.updateContract)
      : await runPayload(async () => (await create({ variables: { input: fields } })).data?.createContract);
    if (outcome.ok && outcome.payload?.contract) {
      onSaved(outcome.payload.contract.id);
      return;
    }
    const split = splitFieldErrors(outcome.errors, FIELDS, errorText);
    setErrors(split.byField);
    setGeneral(split.general);
  };

  const field = (name: string) => ({ error: Boolean(errors[name]), helperText: errors[name] });
  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="sm">
      <form onSubmit={(e) => void submit(e)} noValidate data-testid="contract-form">
        <DialogTitle>{contract ? `${t('common.edit')} ${t('proc.contract.title')}` : t('proc.contract.create')}</DialogTitle>
        <DialogContent>
          <Stack spacing={2} sx={{ mt: 1 }}>
            {general.map((m) => <Alert key={m} severity="error" data-testid="contract-form-error">{m}</Alert>)}
            <TextField size="small" label={t('proc.common.title')} value={title} onChange={(e) => setTitle(e.target.value)} required {...field('title')}
              slotProps={{ htmlInput: { 'data-testid': 'contract-title' } }} />
            <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
              <TextField select size="small" label={t('proc.contract.type')} value={type} onChange={(e) => setType(e.target.value as ContractType)} sx={{ minWidth: 160 }}
                {...field('type')} slotProps={{ select: { SelectDisplayProps: { 'data-testid': 'contract-type' } as object } }}>
                {CONTRACT_TYPES.map((s) => <MenuItem key={s} value={s}>{t(`proc.enum.contractType.${s}`)}</MenuItem>)}
              </TextField>
              <SupplierPicker value={supplier} onChange={setSupplier} testId="contract-supplier" {...field('supplierId')} />
            </Stack>
            <TextField size="small" label={t('proc.contract.shopParty')} value={shopParty} onChange={(e) => setShopParty(e.target.value)} required {...field('shopParty')}
              slotProps={{ htmlInput: { 'data-testid': 'contract-shop-party' } }} />
            <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
              <TextField size="small" label={t('proc.contract.amount')} value={amount} onChange={(e) => setAmount(e.target.value)} {...field('amount')}
                slotProps={{ htmlInput: { inputMode: 'decimal', 'data-testid': 'contract-amount' } }} />
              <TextField size="small" type="date" label={t('proc.contract.startDate')} value={startDate} onChange={(e) => setStartDate(e.target.value)} required
                {...field('startDate')} slotProps={{ inputLabel: { shrink: true }, htmlInput: { 'data-testid': 'contract-start' } }} />
              <TextField size="small" type="date" label={t('proc.contract.endDate')} value={endDate} onChange={(e) => setEndDate(e.target.value)} required
                {...field('endDate')} slotProps={{ inputLabel: { shrink: true }, htmlInput: { 'data-testid': 'contract-end' } }} />
            </Stack>
            <TextField size="small" label={t('proc.contract.terms')} value={terms} onChange={(e) => setTerms(e.target.value)} multiline minRows={3} {...field('terms')}
              slotProps={{ htmlInput: { 'data-testid': 'contract-terms' } }} />
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="submit" variant="contained" disabled={creating || updating} data-testid="contract-submit">{t('common.save')}</Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
