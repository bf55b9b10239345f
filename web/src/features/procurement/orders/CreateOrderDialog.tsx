import { useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import {
  Alert, Button, Dialog, DialogActions, DialogContent, DialogTitle, FormHelperText, IconButton, Stack, Table, TableBody, TableCell, TableRow, TextField, Typography,
} from '@mui/material';
import AddIcon from '@mui/icons-material/Add';
import DeleteIcon from '@mui/icons-material/Delete';
import { useTranslation } from 'react-i18next';
import { splitFieldErrors, splitLineErrors } from '../../../lib/ui/fieldErrors';
import { useErrorText } from '../../../lib/ui/useErrorText';
import { runPayload } from '../../../lib/ui/payload';
import { parseYuan } from '../../../lib/ui/format';
import { WarehouseSelect } from '../../../lib/inventory/WarehouseSelect';
import { CatalogSkuPicker, type CatalogSku } from '../shared/CatalogSkuPicker';
import { SupplierPicker, type SupplierOption } from '../shared/SupplierPicker';
import { CreatePurchaseOrderMutation } from './operations';
import { ContractSelect } from './ContractSelect';

interface Line { sku: CatalogSku; quantity: string; price: string }
const FIELDS = ['supplierId', 'warehouseId', 'expectedDeliveryDate', 'contractId', 'note', 'lines'];

/** A draft purchase order by hand: supplier, warehouse, lines (price from the supply terms unless given), contract. */
export function CreateOrderDialog({ onClose, onCreated }: { onClose: () => void; onCreated: (id: string) => void }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const [supplier, setSupplier] = useState<SupplierOption | null>(null);
  const [warehouseId, setWarehouseId] = useState('');
  const [expected, setExpected] = useState('');
  const [contractId, setContractId] = useState('');
  const [note, setNote] = useState('');
  const [lines, setLines] = useState<Line[]>([]);
  const [picked, setPicked] = useState<CatalogSku | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [lineErrors, setLineErrors] = useState<Record<number, string>>({});
  const [general, setGeneral] = useState<string[]>([]);
  const [create, { loading }] = useMutation(CreatePurchaseOrderMutation, { refetchQueries: ['PurchaseOrders'] });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const local: Record<string, string> = {};
    const perLine: Record<number, string> = {};
    if (!supplier) local.supplierId = t('validation.required');
    if (!warehouseId) local.warehouseId = t('validation.required');
    if (!lines.length) local.lines = t('proc.common.linesRequired');
    lines.forEach((l, i) => {
      if (!Number.isInteger(Number(l.quantity)) || Number(l.quantity) < 1) perLine[i] = t('validation.wholeNumberMin', { min: 1 });
      else if (l.price.trim() && parseYuan(l.price) === null) perLine[i] = t('proc.common.invalidYuan');
    });
    setErrors(local);
    setLineErrors(perLine);
    setGeneral([]);
    if (Object.keys(local).length + Object.keys(perLine).length) return;
    const outcome = await runPayload(async () => (await create({ variables: { input: {
      supplierId: supplier!.id, warehouseId, expectedDeliveryDate: expected || null, contractId: contractId || null, note: note.trim() || null,
      lines: lines.map((l) => ({ skuId: l.sku.skuId, quantity: Number(l.quantity), unitPrice: l.price.trim() ? parseYuan(l.price) : null })),
    } } })).data?.createPurchaseOrder);
    if (outcome.ok && outcome.payload?.purchaseOrder) {
      onCreated(outcome.payload.purchaseOrder.id);
      return;
    }
    const { lines: serverLines, rest } = splitLineErrors(outcome.errors, errorText);
    const split = splitFieldErrors(rest, FIELDS, errorText);
    setErrors(split.byField);
    setLineErrors(serverLines);
    setGeneral(split.general);
  };

  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="md">
      <form onSubmit={(e) => void submit(e)} noValidate data-testid="po-form">
        <DialogTitle>{t('proc.po.create')}</DialogTitle>
        <DialogContent>
          <Stack spacing={2} sx={{ mt: 1 }}>
            {general.map((m) => <Alert key={m} severity="error" data-testid="po-form-error">{m}</Alert>)}
            <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
              <SupplierPicker value={supplier} onChange={(s) => { setSupplier(s); setContractId(''); }} testId="po-supplier" error={Boolean(errors.supplierId)} helperText={errors.supplierId} />
              <WarehouseSelect value={warehouseId} onChange={setWarehouseId} activeOnly required testId="po-warehouse" error={Boolean(errors.warehouseId)} helperText={errors.warehouseId} />
            </Stack>
            <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
              <TextField size="small" type="date" label={t('proc.po.expected')} value={expected} onChange={(e) => setExpected(e.target.value)}
                error={Boolean(errors.expectedDeliveryDate)} helperText={errors.expectedDeliveryDate ?? t('proc.po.expectedHelp')} slotProps={{ inputLabel: { shrink: true } }} />
              <ContractSelect supplierId={supplier?.id ?? null} value={contractId} onChange={setContractId} error={Boolean(errors.contractId)} helperText={errors.contractId} />
            </Stack>
            <Typography variant="subtitle2">{t('proc.po.lines')}</Typography>
            <Stack direction="row" spacing={1}>
              <CatalogSkuPicker value={picked} onChange={setPicked} exclude={lines.map((l) => l.sku.skuId)} testId="po-sku" />
              <Button startIcon={<AddIcon />} disabled={!picked} onClick={() => { if (picked) { setLines((cur) => [...cur, { sku: picked, quantity: '1', price: '' }]); setPicked(null); } }}
                data-testid="po-add-line">{t('proc.common.addLine')}</Button>
            </Stack>
            {errors.lines && <FormHelperText error>{errors.lines}</FormHelperText>}
            {lines.length > 0 && (
              <Table size="small">
                <TableBody>
                  {lines.map((l, i) => (
                    <TableRow key={l.sku.skuId}>
                      <TableCell>{l.sku.code}<Typography variant="caption" component="div" color="text.secondary">{l.sku.title}</Typography>
                        {lineErrors[i] && <FormHelperText error>{lineErrors[i]}</FormHelperText>}</TableCell>
                      <TableCell>
                        <TextField size="small" type="number" label={t('proc.common.quantity')} value={l.quantity} sx={{ width: 110 }}
                          onChange={(e) => setLines((cur) => cur.map((x, j) => (j === i ? { ...x, quantity: e.target.value } : x)))} />
                      </TableCell>
                      <TableCell>
                        <TextField size="small" label={t('proc.common.priceYuan')} value={l.price} sx={{ width: 140 }} placeholder={t('proc.po.defaultPrice')}
                          onChange={(e) => setLines((cur) => cur.map((x, j) => (j === i ? { ...x, price: e.target.value } : x)))} />
                      </TableCell>
                      <TableCell><IconButton size="small" aria-label={t('common.remove')} onClick={() => setLines((cur) => cur.filter((_x, j) => j !== i))}><DeleteIcon fontSize="small" /></IconButton></TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            )}
            <TextField size="small" label={t('common.note')} value={note} onChange={(e) => setNote(e.target.value)} multiline error={Boolean(errors.note)} helperText={errors.note} />
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="submit" variant="contained" disabled={loading} data-testid="po-submit">{t('common.save')}</Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
