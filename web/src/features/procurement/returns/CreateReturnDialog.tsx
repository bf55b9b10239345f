import { useState, type FormEvent } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import {
  Alert, Button, Checkbox, Dialog, DialogActions, DialogContent, DialogTitle, FormHelperText, IconButton, Stack, Table, TableBody, TableCell, TableHead, TableRow, TextField, Typography,
} from '@mui/material';
import AddIcon from '@mui/icons-material/Add';
import DeleteIcon from '@mui/icons-material/Delete';
import { useTranslation } from 'react-i18next';
import { splitFieldErrors } from '../../../lib/ui/fieldErrors';
import { useErrorText } from '../../../lib/ui/useErrorText';
import { runPayload } from '../../../lib/ui/payload';
import { parseYuan } from '../../../lib/ui/format';
import { skuTitle } from '../../../lib/inventory/skuLabel';
import { WarehouseSelect } from '../../../lib/inventory/WarehouseSelect';
import { CatalogSkuPicker, type CatalogSku } from '../shared/CatalogSkuPicker';
import { SupplierPicker, type SupplierOption } from '../shared/SupplierPicker';
import { CreatePurchaseReturnMutation, DefectiveHoldingsQuery } from './operations';

interface HeldPick { quantity: string; reason: string; picked: boolean }
interface StockLine { sku: CatalogSku; quantity: string; price: string; reason: string }
const FIELDS = ['supplierId', 'warehouseId', 'orderId', 'note', 'lines'];

/**
 * A purchase return to one supplier from one warehouse: goods held apart (QC rejects, defective returns) that this
 * supplier delivered, and/or saleable stock (credited at the price given, or the last purchase price).
 */
export function CreateReturnDialog({ onClose, onCreated }: { onClose: () => void; onCreated: (code: string) => void }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const [supplier, setSupplier] = useState<SupplierOption | null>(null);
  const [warehouseId, setWarehouseId] = useState('');
  const [note, setNote] = useState('');
  const [held, setHeld] = useState<Record<string, HeldPick>>({});
  const [stock, setStock] = useState<StockLine[]>([]);
  const [picked, setPicked] = useState<CatalogSku | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [general, setGeneral] = useState<string[]>([]);
  const holdings = useQuery(DefectiveHoldingsQuery, { variables: { where: { supplierId: supplier?.id, warehouseId, openOnly: true } }, skip: !supplier || !warehouseId });
  const rows = holdings.data?.defectiveHoldings.nodes ?? [];
  const [create, { loading }] = useMutation(CreatePurchaseReturnMutation, { refetchQueries: ['PurchaseReturns', 'ProcDefectiveHoldings'] });

  const pickOf = (id: string, held0: number, reason: string): HeldPick => held[id] ?? { quantity: String(held0), reason, picked: false };
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const local: Record<string, string> = {};
    if (!supplier) local.supplierId = t('validation.required');
    if (!warehouseId) local.warehouseId = t('validation.required');
    const heldLines = rows.filter((h) => held[h.id]?.picked).map((h) => ({
      source: 'DEFECTIVE' as const, holdingId: h.id, quantity: Number(held[h.id].quantity), reason: held[h.id].reason.trim() || h.reason,
    }));
    const stockLines = stock.map((l) => ({
      source: 'STOCK' as const, skuId: l.sku.skuId, quantity: Number(l.quantity), unitPrice: l.price.trim() ? parseYuan(l.price) : null, reason: l.reason.trim() || null,
    }));
    const lines = [...heldLines, ...stockLines];
    if (!lines.length) local.lines = t('proc.common.linesRequired');
    setErrors(local);
    setGeneral([]);
    if (Object.keys(local).length) return;
    const outcome = await runPayload(async () => (await create({ variables: { input: { supplierId: supplier!.id, warehouseId, note: note.trim() || null, lines } } })).data?.createPurchaseReturn);
    if (outcome.ok && outcome.payload?.purchaseReturn) { onCreated(outcome.payload.purchaseReturn.code); return; }
    // Line errors name their index in the lines sent (held lines first, then stock lines): shown with the SKU code.
    const lineErrors: string[] = [];
    const rest = outcome.errors.filter((e) => {
      const m = /^(?:input\.)?lines\.(\d+)\./.exec(e.field ?? '');
      if (!m) return true;
      const i = Number(m[1]);
      const code = i < heldLines.length ? rows.find((h) => h.id === heldLines[i].holdingId)?.sku.code : stock[i - heldLines.length]?.sku.code;
      lineErrors.push(`${code ?? i + 1}: ${errorText(e)}`);
      return false;
    });
    const split = splitFieldErrors(rest, FIELDS, errorText);
    split.general.push(...lineErrors);
    setErrors(split.byField);
    setGeneral(split.general);
  };

  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="md">
      <form onSubmit={(e) => void submit(e)} noValidate data-testid="return-form">
        <DialogTitle>{t('proc.returns.create')}</DialogTitle>
        <DialogContent>
          <Stack spacing={2} sx={{ mt: 1 }}>
            {general.map((m) => <Alert key={m} severity="error" data-testid="return-form-error">{m}</Alert>)}
            <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
              <SupplierPicker value={supplier} onChange={(s) => { setSupplier(s); setHeld({}); }} testId="return-supplier" error={Boolean(errors.supplierId)} helperText={errors.supplierId} />
              <WarehouseSelect value={warehouseId} onChange={(w) => { setWarehouseId(w); setHeld({}); }} activeOnly required testId="return-warehouse"
                error={Boolean(errors.warehouseId)} helperText={errors.warehouseId} />
            </Stack>
            <Typography variant="subtitle2">{t('proc.returns.holdings')}</Typography>
            {supplier && warehouseId && rows.length === 0 && <Typography color="text.secondary">{t('proc.returns.noHoldings')}</Typography>}
            {rows.length > 0 && (
              <Table size="small" data-testid="return-holdings">
                <TableHead>
                  <TableRow>
                    <TableCell padding="checkbox" />
                    <TableCell>{t('proc.common.sku')}</TableCell>
                    <TableCell>{t('proc.returns.source')}</TableCell>
                    <TableCell align="right">{t('proc.returns.holding')}</TableCell>
                    <TableCell>{t('proc.common.quantity')}</TableCell>
                    <TableCell>{t('proc.returns.reason')}</TableCell>
                  </TableRow>
                </TableHead>
                <TableBody>
                  {rows.map((h) => {
                    const p = pickOf(h.id, h.heldQuantity, h.reason);
                    const set = (patch: Partial<HeldPick>) => setHeld((cur) => ({ ...cur, [h.id]: { ...p, ...patch } }));
                    return (
                      <TableRow key={h.id} data-testid={`return-holding-${h.sku.code}`}>
                        <TableCell padding="checkbox"><Checkbox checked={p.picked} onChange={(e) => set({ picked: e.target.checked })} slotProps={{ input: { 'data-testid': `return-pick-${h.sku.code}` } as object }} /></TableCell>
                        <TableCell>{h.sku.code}<Typography variant="caption" component="div" color="text.secondary">{skuTitle(h.sku)}</Typography></TableCell>
                        <TableCell>{h.sourceRef}</TableCell>
                        <TableCell align="right">{t('proc.returns.heldQuantity', { count: h.heldQuantity })}</TableCell>
                        <TableCell><TextField size="small" type="number" value={p.quantity} onChange={(e) => set({ quantity: e.target.value })} sx={{ width: 90 }} disabled={!p.picked} /></TableCell>
                        <TableCell><TextField size="small" value={p.reason} onChange={(e) => set({ reason: e.target.value })} disabled={!p.picked} /></TableCell>
                      </TableRow>
                    );
                  })}
                </TableBody>
              </Table>
            )}
            <Typography variant="subtitle2">{t('proc.enum.returnSource.STOCK')}</Typography>
            <Stack direction="row" spacing={1}>
              <CatalogSkuPicker value={picked} onChange={setPicked} exclude={stock.map((l) => l.sku.skuId)} testId="return-stock-sku" />
              <Button startIcon={<AddIcon />} disabled={!picked} data-testid="return-add-stock" onClick={() => { if (picked) { setStock((cur) => [...cur, { sku: picked, quantity: '1', price: '', reason: '' }]); setPicked(null); } }}>
                {t('proc.common.addLine')}
              </Button>
            </Stack>
            {stock.length > 0 && (
              <Table size="small">
                <TableBody>
                  {stock.map((l, i) => {
                    const set = (patch: Partial<StockLine>) => setStock((cur) => cur.map((x, j) => (j === i ? { ...x, ...patch } : x)));
                    return (
                      <TableRow key={l.sku.skuId}>
                        <TableCell>{l.sku.code}<Typography variant="caption" component="div" color="text.secondary">{l.sku.title}</Typography></TableCell>
                        <TableCell><TextField size="small" type="number" label={t('proc.common.quantity')} value={l.quantity} onChange={(e) => set({ quantity: e.target.value })} sx={{ width: 90 }}
                          slotProps={{ htmlInput: { 'data-testid': `return-stock-qty-${l.sku.code}` } }} /></TableCell>
                        <TableCell><TextField size="small" label={t('proc.common.priceYuan')} value={l.price} onChange={(e) => set({ price: e.target.value })} sx={{ width: 120 }} /></TableCell>
                        <TableCell><TextField size="small" label={t('proc.returns.reason')} value={l.reason} onChange={(e) => set({ reason: e.target.value })}
                          slotProps={{ htmlInput: { 'data-testid': `return-stock-reason-${l.sku.code}` } }} /></TableCell>
                        <TableCell><IconButton size="small" aria-label={t('common.remove')} onClick={() => setStock((cur) => cur.filter((_x, j) => j !== i))}><DeleteIcon fontSize="small" /></IconButton></TableCell>
                      </TableRow>
                    );
                  })}
                </TableBody>
              </Table>
            )}
            {errors.lines && <FormHelperText error>{errors.lines}</FormHelperText>}
            <TextField size="small" label={t('common.note')} value={note} onChange={(e) => setNote(e.target.value)} multiline error={Boolean(errors.note)} helperText={errors.note} />
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="submit" variant="contained" disabled={loading} data-testid="return-submit">{t('common.save')}</Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
