import { useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import { Alert, Button, Dialog, DialogActions, DialogContent, DialogTitle, Stack, TextField, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { useErrorText } from '../../../lib/ui/useErrorText';
import { runPayload } from '../../../lib/ui/payload';
import { ProvinceSelect } from '../../../lib/orders/ProvinceSelect';
import { UpdateOrderAddressMutation } from './operations';

interface Address { receiverName: string; receiverPhone: string; province: string; city: string; district?: string | null; addressDetail: string }
type Field = keyof Address;
const FIELDS: Field[] = ['receiverName', 'receiverPhone', 'province', 'city', 'district', 'addressDetail'];
const PHONE = /^(1\d{10}|0\d{2,3}-?\d{7,8}|\+\d{6,15})$/;

/** The buyer's corrected address; it must be confirmed with the buyer again afterwards. */
export function EditAddressDialog({ order, onClose, onDone }: { order: Address & { id: string; code: string }; onClose: () => void; onDone: () => void }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const [values, setValues] = useState<Record<Field, string>>(() => Object.fromEntries(FIELDS.map((f) => [f, order[f] ?? ''])) as Record<Field, string>);
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [general, setGeneral] = useState<string[]>([]);
  const [update, { loading }] = useMutation(UpdateOrderAddressMutation, { refetchQueries: ['Order', 'Orders', 'FulfilmentQueue'] });
  const set = (f: Field) => (v: string) => setValues((cur) => ({ ...cur, [f]: v }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const local: Record<string, string> = {};
    for (const f of FIELDS) if (f !== 'district' && !values[f].trim()) local[f] = t('validation.required');
    if (values.receiverPhone.trim() && !PHONE.test(values.receiverPhone.trim().replace(/\s/g, ''))) local.receiverPhone = t('orders.phoneInvalid');
    setErrors(local);
    setGeneral([]);
    if (Object.keys(local).length) return;
    const address = { ...Object.fromEntries(FIELDS.map((f) => [f, values[f].trim()])), district: values.district.trim() || null } as Address;
    const outcome = await runPayload(async () => (await update({ variables: { input: { id: order.id, address, note: note.trim() || null } } })).data?.updateOrderAddress);
    if (outcome.ok) {
      onDone();
      return;
    }
    const byField: Record<string, string> = {};
    const rest: string[] = [];
    for (const e of outcome.errors) {
      const field = (e.field ?? '').replace(/^(input\.)?address\./, '');
      if ((FIELDS as string[]).includes(field) && !byField[field]) byField[field] = errorText(e);
      else rest.push(errorText(e));
    }
    setErrors(byField);
    setGeneral(rest);
  };

  const input = (f: Field, label: string, required = true) => (
    <TextField size="small" label={label} value={values[f]} onChange={(e) => set(f)(e.target.value)} required={required} fullWidth
      error={Boolean(errors[f])} helperText={errors[f]} slotProps={{ htmlInput: { 'data-testid': `address-${f}` } }} />
  );

  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="sm">
      <form onSubmit={(e) => void submit(e)} noValidate data-testid="address-form">
        <DialogTitle>{t('orders.editAddressTitle', { code: order.code })}</DialogTitle>
        <DialogContent>
          <Stack spacing={2} sx={{ mt: 1 }}>
            {general.map((m) => <Alert key={m} severity="error" data-testid="address-error">{m}</Alert>)}
            <Typography variant="body2" color="text.secondary">{t('orders.editAddressHelp')}</Typography>
            <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
              {input('receiverName', t('orders.receiver'))}
              {input('receiverPhone', t('orders.phone'))}
            </Stack>
            <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
              <ProvinceSelect value={values.province} onChange={set('province')} required testId="address-province" minWidth={180}
                error={Boolean(errors.province)} helperText={errors.province} />
              {input('city', t('orders.city'))}
              {input('district', t('orders.district'), false)}
            </Stack>
            {input('addressDetail', t('orders.addressDetail'))}
            <TextField size="small" label={t('common.note')} value={note} onChange={(e) => setNote(e.target.value)} multiline
              slotProps={{ htmlInput: { 'data-testid': 'address-note' } }} />
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="submit" variant="contained" disabled={loading} data-testid="address-submit">{t('common.save')}</Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
