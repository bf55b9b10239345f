import { useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import {
  Alert, Button, Dialog, DialogActions, DialogContent, DialogTitle, FormControlLabel, IconButton, Stack, Switch, Table, TableBody, TableCell,
  TableHead, TableRow, TextField, Tooltip,
} from '@mui/material';
import EditIcon from '@mui/icons-material/Edit';
import { useTranslation } from 'react-i18next';
import { splitFieldErrors } from '../../../lib/ui/fieldErrors';
import { useErrorText } from '../../../lib/ui/useErrorText';
import { runPayload } from '../../../lib/ui/payload';
import { CreateWarehouseMutation, UpdateWarehouseMutation, WarehousesAdminQuery } from './warehouseOperations';

type Form = { id: string | null; code: string; name: string; address: string; active: boolean };
const BLANK: Form = { id: null, code: '', name: '', address: '', active: true };
const CODE = /^[A-Z0-9-]{1,20}$/;

/** Warehouses: add one, or change a name, address or whether it takes movements (warehouse:manage). */
export function WarehousesDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const { data } = useQuery(WarehousesAdminQuery);
  const [form, setForm] = useState<Form>(BLANK);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [general, setGeneral] = useState<string[]>([]);
  const refetch = { refetchQueries: ['WarehousesAdmin', 'WarehouseOptions', 'WarehouseSummary'] };
  const [create] = useMutation(CreateWarehouseMutation, refetch);
  const [update] = useMutation(UpdateWarehouseMutation, refetch);

  const save = async () => {
    const local: Record<string, string> = {};
    if (!form.id && !CODE.test(form.code.trim())) local.code = t('warehouses.codeRule');
    if (!form.name.trim()) local.name = t('validation.required');
    setErrors(local);
    setGeneral([]);
    if (Object.keys(local).length) return;
    const address = form.address.trim() || null;
    const outcome = await runPayload(async () => (form.id
      ? (await update({ variables: { input: { id: form.id, name: form.name.trim(), address, active: form.active } } })).data?.updateWarehouse
      : (await create({ variables: { input: { code: form.code.trim(), name: form.name.trim(), address } } })).data?.createWarehouse));
    const split = splitFieldErrors(outcome.errors, ['code', 'name', 'address', 'active'], errorText);
    setErrors(split.byField);
    setGeneral(split.general);
    if (outcome.ok) setForm(BLANK);
  };

  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="md">
      <DialogTitle>{t('warehouses.title')}</DialogTitle>
      <DialogContent data-testid="warehouses-dialog">
        <Stack spacing={2} sx={{ mt: 1 }}>
          {general.map((m) => <Alert key={m} severity="error">{m}</Alert>)}
          <Stack direction={{ xs: 'column', md: 'row' }} spacing={1} sx={{ alignItems: { md: 'flex-start' } }}>
            <TextField size="small" label={t('warehouses.code')} value={form.code} disabled={Boolean(form.id)} sx={{ width: 140 }}
              onChange={(e) => setForm({ ...form, code: e.target.value.toUpperCase() })} error={Boolean(errors.code)} helperText={errors.code}
              slotProps={{ htmlInput: { 'data-testid': 'warehouse-code' } }} />
            <TextField size="small" label={t('warehouses.name')} value={form.name} onChange={(e) => setForm({ ...form, name: e.target.value })}
              error={Boolean(errors.name)} helperText={errors.name} slotProps={{ htmlInput: { 'data-testid': 'warehouse-name' } }} />
            <TextField size="small" label={t('warehouses.address')} value={form.address} sx={{ flexGrow: 1 }}
              onChange={(e) => setForm({ ...form, address: e.target.value })} error={Boolean(errors.address)} helperText={errors.address} />
            {form.id && (
              <FormControlLabel label={t('common.active')}
                control={<Switch checked={form.active} onChange={(e) => setForm({ ...form, active: e.target.checked })} />} />
            )}
            <Button variant="contained" onClick={() => void save()} data-testid="warehouse-save">{form.id ? t('common.save') : t('common.create')}</Button>
            {form.id && <Button onClick={() => setForm(BLANK)}>{t('common.cancel')}</Button>}
          </Stack>
          <Table size="small">
            <TableHead>
              <TableRow>
                <TableCell>{t('warehouses.code')}</TableCell>
                <TableCell>{t('warehouses.name')}</TableCell>
                <TableCell>{t('warehouses.address')}</TableCell>
                <TableCell>{t('inventory.status')}</TableCell>
                <TableCell />
              </TableRow>
            </TableHead>
            <TableBody>
              {data?.warehouses.map((w) => (
                <TableRow key={w.id}>
                  <TableCell>{w.code}</TableCell>
                  <TableCell>{w.name}</TableCell>
                  <TableCell>{w.address ?? ''}</TableCell>
                  <TableCell>{w.active ? t('common.active') : t('common.inactive')}</TableCell>
                  <TableCell align="right">
                    <Tooltip title={t('common.edit')}>
                      <IconButton size="small" onClick={() => setForm({ id: w.id, code: w.code, name: w.name, address: w.address ?? '', active: w.active })}>
                        <EditIcon fontSize="small" />
                      </IconButton>
                    </Tooltip>
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </Stack>
      </DialogContent>
      <DialogActions><Button onClick={onClose}>{t('common.close')}</Button></DialogActions>
    </Dialog>
  );
}
