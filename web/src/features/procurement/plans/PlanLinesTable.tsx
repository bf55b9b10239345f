import { useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { Alert, Box, Button, IconButton, Stack, Table, TableBody, TableCell, TableHead, TableRow, TextField, Tooltip, Typography } from '@mui/material';
import AddIcon from '@mui/icons-material/Add';
import DeleteIcon from '@mui/icons-material/Delete';
import SaveIcon from '@mui/icons-material/Save';
import { useTranslation } from 'react-i18next';
import { fenToYuanText, formatFen, parseYuan } from '../../../lib/ui/format';
import { runPayload } from '../../../lib/ui/payload';
import { useErrorText } from '../../../lib/ui/useErrorText';
import { skuTitle } from '../../../lib/inventory/skuLabel';
import { CatalogSkuPicker, type CatalogSku } from '../shared/CatalogSkuPicker';
import { SupplierPicker, supplierLabel, type SupplierOption } from '../shared/SupplierPicker';
import { AddPurchasePlanLineMutation, RemovePurchasePlanLineMutation, UpdatePurchasePlanLineMutation } from './operations';

export interface PlanLine {
  id: string; quantity: number; unitPrice: number; suggestedQuantity: number; soldUnits: number; dailyVelocity: number; available: number;
  inTransit: number; onOrder: number; safetyStock: number; leadTimeDays: number; minOrderQuantity: number;
  supplier?: SupplierOption | null;
  sku: { id: string; code: string; product?: { title: string } | null; spec?: readonly { value: string }[] | null };
}
interface Draft { quantity: string; price: string; supplier: SupplierOption | null }

const draftOf = (l: PlanLine): Draft => ({ quantity: String(l.quantity), price: fenToYuanText(l.unitPrice), supplier: l.supplier ?? null });
const FIELD_COLUMN: Record<string, keyof Draft> = { quantity: 'quantity', unitPrice: 'price', supplierId: 'supplier' };

/**
 * A plan's lines with the figures each suggestion came from; while the plan is a draft the planner changes quantity,
 * price and supplier (saved line by line), removes lines or adds a SKU by hand.
 */
export function PlanLinesTable({ planId, lines, editable, approveErrors }: { planId: string; lines: readonly PlanLine[]; editable: boolean; approveErrors: Record<string, string> }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const [drafts, setDrafts] = useState<Record<string, Draft>>({});
  const [errors, setErrors] = useState<Record<string, Partial<Record<keyof Draft, string>>>>({});
  const [general, setGeneral] = useState<string[]>([]);
  const [newSku, setNewSku] = useState<CatalogSku | null>(null);
  const [newQty, setNewQty] = useState('1');
  const [newSupplier, setNewSupplier] = useState<SupplierOption | null>(null);
  const [saving, setSaving] = useState(false);
  const refetch = { refetchQueries: ['PurchasePlan', 'PurchasePlans'] };
  const [update] = useMutation(UpdatePurchasePlanLineMutation, refetch);
  const [add] = useMutation(AddPurchasePlanLineMutation, refetch);
  const [remove] = useMutation(RemovePurchasePlanLineMutation, refetch);

  const draft = (l: PlanLine) => drafts[l.id] ?? draftOf(l);
  const change = (l: PlanLine, patch: Partial<Draft>) => setDrafts((cur) => ({ ...cur, [l.id]: { ...draft(l), ...patch } }));
  const dirty = lines.filter((l) => drafts[l.id] && JSON.stringify(draftOf(l)) !== JSON.stringify(drafts[l.id]));

  const save = async () => {
    setSaving(true);
    const nextErrors: typeof errors = {};
    for (const l of dirty) {
      const d = drafts[l.id];
      const qty = Number(d.quantity);
      const fen = parseYuan(d.price);
      if (!Number.isInteger(qty) || qty < 1) { nextErrors[l.id] = { quantity: t('validation.wholeNumberMin', { min: 1 }) }; continue; }
      if (fen === null) { nextErrors[l.id] = { price: t('proc.common.invalidYuan') }; continue; }
      const outcome = await runPayload(async () => (await update({ variables: { input: { lineId: l.id, quantity: qty, unitPrice: fen, supplierId: d.supplier?.id ?? null } } })).data?.updatePurchasePlanLine);
      if (outcome.ok) setDrafts((cur) => { const copy = { ...cur }; delete copy[l.id]; return copy; });
      else nextErrors[l.id] = Object.fromEntries(outcome.errors.map((e) => [FIELD_COLUMN[(e.field ?? '').replace(/^input\./, '')] ?? 'quantity', errorText(e)]));
    }
    setErrors(nextErrors);
    setSaving(false);
  };

  const addLine = async () => {
    if (!newSku) return;
    const outcome = await runPayload(async () => (await add({ variables: { input: { planId, skuId: newSku.skuId, quantity: Number(newQty), supplierId: newSupplier?.id ?? null } } })).data?.addPurchasePlanLine);
    setGeneral(outcome.errors.map(errorText));
    if (outcome.ok) { setNewSku(null); setNewQty('1'); }
  };

  const drop = async (l: PlanLine) => {
    const outcome = await runPayload(async () => (await remove({ variables: { input: { lineId: l.id } } })).data?.removePurchasePlanLine);
    setGeneral(outcome.errors.map(errorText));
  };

  const total = lines.reduce((s, l) => s + l.quantity * l.unitPrice, 0);
  return (
    <Stack spacing={2}>
      {general.map((m) => <Alert key={m} severity="error" data-testid="plan-lines-error">{m}</Alert>)}
      {lines.length === 0 && <Alert severity="info" data-testid="plan-empty">{t('proc.plan.empty')}</Alert>}
      <Box sx={{ overflowX: 'auto' }}>
        <Table size="small" data-testid="plan-lines" sx={{ '& td, & th': { whiteSpace: 'nowrap', px: 1 } }}>
          <TableHead>
            <TableRow>
              <TableCell>{t('proc.common.sku')}</TableCell>
              <TableCell>{t('proc.plan.basis')}</TableCell>
              <TableCell align="right">{t('proc.plan.suggested')}</TableCell>
              <TableCell>{t('proc.common.quantity')}</TableCell>
              <TableCell>{t('proc.common.priceYuan')}</TableCell>
              <TableCell>{t('proc.common.supplier')}</TableCell>
              <TableCell align="right">{t('proc.common.amount')}</TableCell>
              {editable && <TableCell />}
            </TableRow>
          </TableHead>
          <TableBody>
            {lines.map((l, i) => {
              const d = draft(l);
              const err = { ...errors[l.id], ...(approveErrors[`lines.${i}.supplierId`] ? { supplier: approveErrors[`lines.${i}.supplierId`] } : {}) };
              return (
                <TableRow key={l.id} data-testid={`plan-line-${l.sku.code}`}>
                  <TableCell>{l.sku.code}<Typography variant="caption" component="div" color="text.secondary">{skuTitle(l.sku)}</Typography></TableCell>
                  <TableCell sx={{ whiteSpace: 'normal !important', minWidth: 220 }}>
                    <Typography variant="caption" color="text.secondary" component="div" data-testid="plan-line-basis">
                      {t('proc.plan.basisLine', {
                        sold: l.soldUnits, velocity: l.dailyVelocity.toFixed(2), available: l.available, inTransit: l.inTransit,
                        onOrder: l.onOrder, safety: l.safetyStock, lead: l.leadTimeDays, moq: l.minOrderQuantity,
                      })}
                    </Typography>
                  </TableCell>
                  <TableCell align="right" data-testid="plan-line-suggested">{l.suggestedQuantity}</TableCell>
                  <TableCell>
                    {editable ? (
                      <TextField size="small" type="number" value={d.quantity} sx={{ width: 100 }} onChange={(e) => change(l, { quantity: e.target.value })}
                        error={Boolean(err.quantity)} helperText={err.quantity} slotProps={{ htmlInput: { min: 1, 'data-testid': `plan-qty-${l.sku.code}` } }} />
                    ) : <span data-testid="plan-line-quantity">{l.quantity}</span>}
                  </TableCell>
                  <TableCell>
                    {editable ? (
                      <TextField size="small" value={d.price} sx={{ width: 100 }} onChange={(e) => change(l, { price: e.target.value })}
                        error={Boolean(err.price)} helperText={err.price} slotProps={{ htmlInput: { inputMode: 'decimal', 'data-testid': `plan-price-${l.sku.code}` } }} />
                    ) : formatFen(l.unitPrice)}
                  </TableCell>
                  <TableCell>
                    {editable ? (
                      <SupplierPicker value={d.supplier} onChange={(s) => change(l, { supplier: s })} minWidth={200} testId={`plan-supplier-${l.sku.code}`}
                        error={Boolean(err.supplier)} helperText={err.supplier} />
                    ) : (l.supplier ? supplierLabel(l.supplier) : <Typography color="error" variant="body2">{t('proc.plan.noSupplier')}</Typography>)}
                  </TableCell>
                  <TableCell align="right">{formatFen(l.quantity * l.unitPrice)}</TableCell>
                  {editable && (
                    <TableCell>
                      <Tooltip title={t('proc.plan.removeLine')}><IconButton size="small" onClick={() => void drop(l)}><DeleteIcon fontSize="small" /></IconButton></Tooltip>
                    </TableCell>
                  )}
                </TableRow>
              );
            })}
            <TableRow>
              <TableCell colSpan={6} sx={{ fontWeight: 600 }}>{t('proc.common.total')}</TableCell>
              <TableCell align="right" sx={{ fontWeight: 600 }} data-testid="plan-total">{formatFen(total)}</TableCell>
              {editable && <TableCell />}
            </TableRow>
          </TableBody>
        </Table>
      </Box>
      {editable && (
        <Stack direction={{ xs: 'column', md: 'row' }} spacing={1} sx={{ alignItems: { md: 'flex-start' } }}>
          <Button variant="contained" startIcon={<SaveIcon />} disabled={dirty.length === 0 || saving} onClick={() => void save()} data-testid="plan-save-lines">
            {t('proc.plan.saveLines')}
          </Button>
          <Box sx={{ flexGrow: 1 }} />
          <CatalogSkuPicker value={newSku} onChange={setNewSku} exclude={lines.map((l) => l.sku.id)} testId="plan-add-sku" />
          <TextField size="small" type="number" label={t('proc.common.quantity')} value={newQty} onChange={(e) => setNewQty(e.target.value)} sx={{ width: 100 }}
            slotProps={{ htmlInput: { min: 1, 'data-testid': 'plan-add-qty' } }} />
          <SupplierPicker value={newSupplier} onChange={setNewSupplier} minWidth={200} testId="plan-add-supplier" />
          <Button startIcon={<AddIcon />} disabled={!newSku} onClick={() => void addLine()} data-testid="plan-add-line">{t('proc.common.addLine')}</Button>
        </Stack>
      )}
    </Stack>
  );
}
