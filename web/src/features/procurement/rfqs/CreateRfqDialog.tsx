import { useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import {
  Alert, Button, Chip, Dialog, DialogActions, DialogContent, DialogTitle, FormHelperText, IconButton, Stack, Table, TableBody, TableCell, TableRow, TextField, Typography,
} from '@mui/material';
import AddIcon from '@mui/icons-material/Add';
import DeleteIcon from '@mui/icons-material/Delete';
import { useTranslation } from 'react-i18next';
import { splitFieldErrors, splitLineErrors } from '../../../lib/ui/fieldErrors';
import { useErrorText } from '../../../lib/ui/useErrorText';
import { runPayload } from '../../../lib/ui/payload';
import { CatalogSkuPicker, type CatalogSku } from '../shared/CatalogSkuPicker';
import { SupplierPicker, supplierLabel, type SupplierOption } from '../shared/SupplierPicker';
import { CreateRfqMutation } from './operations';

interface Line { sku: CatalogSku; quantity: string }
const FIELDS = ['title', 'replyBy', 'note', 'lines', 'supplierIds'];

/** A draft request for quotation: what and how many, and which suppliers are asked. */
export function CreateRfqDialog({ onClose, onCreated }: { onClose: () => void; onCreated: (id: string) => void }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const [title, setTitle] = useState('');
  const [replyBy, setReplyBy] = useState('');
  const [note, setNote] = useState('');
  const [suppliers, setSuppliers] = useState<SupplierOption[]>([]);
  const [lines, setLines] = useState<Line[]>([]);
  const [pickedSku, setPickedSku] = useState<CatalogSku | null>(null);
  const [pickedQty, setPickedQty] = useState('100');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [lineErrors, setLineErrors] = useState<Record<number, string>>({});
  const [general, setGeneral] = useState<string[]>([]);
  const [create, { loading }] = useMutation(CreateRfqMutation, { refetchQueries: ['Rfqs'] });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const local: Record<string, string> = {};
    const perLine: Record<number, string> = {};
    if (!title.trim()) local.title = t('validation.required');
    if (lines.length === 0) local.lines = t('proc.common.linesRequired');
    if (suppliers.length === 0) local.supplierIds = t('proc.rfq.supplierRequired');
    lines.forEach((l, i) => { if (!Number.isInteger(Number(l.quantity)) || Number(l.quantity) < 1) perLine[i] = t('validation.wholeNumberMin', { min: 1 }); });
    setErrors(local);
    setLineErrors(perLine);
    setGeneral([]);
    if (Object.keys(local).length + Object.keys(perLine).length) return;
    const outcome = await runPayload(async () => (await create({ variables: { input: {
      title: title.trim(), replyBy: replyBy || null, note: note.trim() || null, supplierIds: suppliers.map((s) => s.id),
      lines: lines.map((l) => ({ skuId: l.sku.skuId, quantity: Number(l.quantity) })),
    } } })).data?.createRfq);
    if (outcome.ok && outcome.payload?.rfq) {
      onCreated(outcome.payload.rfq.id);
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
      <form onSubmit={(e) => void submit(e)} noValidate data-testid="rfq-form">
        <DialogTitle>{t('proc.rfq.create')}</DialogTitle>
        <DialogContent>
          <Stack spacing={2} sx={{ mt: 1 }}>
            {general.map((m) => <Alert key={m} severity="error" data-testid="rfq-form-error">{m}</Alert>)}
            <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
              <TextField size="small" label={t('proc.common.title')} value={title} onChange={(e) => setTitle(e.target.value)} required fullWidth
                error={Boolean(errors.title)} helperText={errors.title} slotProps={{ htmlInput: { 'data-testid': 'rfq-title' } }} />
              <TextField size="small" type="date" label={t('proc.rfq.replyBy')} value={replyBy} onChange={(e) => setReplyBy(e.target.value)}
                error={Boolean(errors.replyBy)} helperText={errors.replyBy} slotProps={{ inputLabel: { shrink: true }, htmlInput: { 'data-testid': 'rfq-reply-by' } }} />
            </Stack>
            <Typography variant="subtitle2">{t('proc.rfq.suppliersInvited')}</Typography>
            <SupplierPicker value={null} onChange={(s) => s && !suppliers.some((x) => x.id === s.id) && setSuppliers((cur) => [...cur, s])} testId="rfq-supplier"
              error={Boolean(errors.supplierIds)} helperText={errors.supplierIds} />
            <Stack direction="row" spacing={1} sx={{ flexWrap: 'wrap', gap: 1 }} data-testid="rfq-suppliers">
              {suppliers.map((s) => <Chip key={s.id} label={supplierLabel(s)} onDelete={() => setSuppliers((cur) => cur.filter((x) => x.id !== s.id))} />)}
            </Stack>
            <Typography variant="subtitle2">{t('proc.plan.lines')}</Typography>
            <Stack direction={{ xs: 'column', sm: 'row' }} spacing={1} sx={{ alignItems: { sm: 'flex-start' } }}>
              <CatalogSkuPicker value={pickedSku} onChange={setPickedSku} exclude={lines.map((l) => l.sku.skuId)} testId="rfq-sku" />
              <TextField size="small" type="number" label={t('proc.common.quantity')} value={pickedQty} onChange={(e) => setPickedQty(e.target.value)} sx={{ width: 110 }}
                slotProps={{ htmlInput: { min: 1, 'data-testid': 'rfq-sku-quantity' } }} />
              <Button startIcon={<AddIcon />} disabled={!pickedSku} data-testid="rfq-add-line"
                onClick={() => { if (pickedSku) { setLines((cur) => [...cur, { sku: pickedSku, quantity: pickedQty }]); setPickedSku(null); } }}>
                {t('proc.common.addLine')}
              </Button>
            </Stack>
            {errors.lines && <FormHelperText error>{errors.lines}</FormHelperText>}
            {lines.length > 0 && (
              <Table size="small" data-testid="rfq-form-lines">
                <TableBody>
                  {lines.map((l, i) => (
                    <TableRow key={l.sku.skuId}>
                      <TableCell>{l.sku.code}<Typography variant="caption" component="div" color="text.secondary">{l.sku.title}</Typography></TableCell>
                      <TableCell align="right">
                        <TextField size="small" type="number" value={l.quantity} sx={{ width: 110 }} error={Boolean(lineErrors[i])} helperText={lineErrors[i]}
                          onChange={(e) => setLines((cur) => cur.map((x, j) => (j === i ? { ...x, quantity: e.target.value } : x)))}
                          slotProps={{ htmlInput: { min: 1, 'data-testid': `rfq-line-qty-${l.sku.code}` } }} />
                      </TableCell>
                      <TableCell><IconButton size="small" aria-label={t('common.remove')} onClick={() => setLines((cur) => cur.filter((_x, j) => j !== i))}><DeleteIcon fontSize="small" /></IconButton></TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            )}
            <TextField size="small" label={t('common.note')} value={note} onChange={(e) => setNote(e.target.value)} multiline
              error={Boolean(errors.note)} helperText={errors.note} />
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="submit" variant="contained" disabled={loading} data-testid="rfq-submit">{t('common.save')}</Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
