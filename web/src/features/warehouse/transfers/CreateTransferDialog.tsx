import { useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import {
  Alert, Button, Dialog, DialogActions, DialogContent, DialogTitle, FormHelperText, IconButton, Stack, Table, TableBody,
  TableCell, TableHead, TableRow, TextField, Typography,
} from '@mui/material';
import AddIcon from '@mui/icons-material/Add';
import DeleteIcon from '@mui/icons-material/Delete';
import { useTranslation } from 'react-i18next';
import { splitFieldErrors } from '../../../lib/ui/fieldErrors';
import { useErrorText } from '../../../lib/ui/useErrorText';
import { runPayload } from '../../../lib/ui/payload';
import { WarehouseSelect } from '../../../lib/inventory/WarehouseSelect';
import { SkuPicker, type SkuOption } from '../../../lib/inventory/SkuPicker';
import { CreateTransferMutation } from './operations';

interface Line { sku: SkuOption; quantity: string }
const FIELDS = ['fromWarehouseId', 'toWarehouseId', 'lines', 'note'];

/** A draft transfer: source and destination, and the SKUs to send (found by search in the source's stock). */
export function CreateTransferDialog({ onClose, onCreated }: { onClose: () => void; onCreated: (id: string) => void }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const [fromId, setFromId] = useState('');
  const [toId, setToId] = useState('');
  const [note, setNote] = useState('');
  const [lines, setLines] = useState<Line[]>([]);
  const [picked, setPicked] = useState<SkuOption | null>(null);
  const [pickedQty, setPickedQty] = useState('1');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [lineErrors, setLineErrors] = useState<Record<number, string>>({});
  const [general, setGeneral] = useState<string[]>([]);
  const [create, { loading }] = useMutation(CreateTransferMutation, { refetchQueries: ['Transfers'] });

  const addLine = () => {
    if (!picked) return;
    setLines((current) => [...current, { sku: picked, quantity: pickedQty }]);
    setPicked(null);
    setPickedQty('1');
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const local: Record<string, string> = {};
    const localLines: Record<number, string> = {};
    if (!fromId) local.fromWarehouseId = t('validation.required');
    if (!toId) local.toWarehouseId = t('validation.required');
    if (fromId && fromId === toId) local.toWarehouseId = t('transfers.sameWarehouse');
    if (lines.length === 0) local.lines = t('transfers.linesRequired');
    lines.forEach((line, i) => {
      const qty = Number(line.quantity);
      if (!Number.isInteger(qty) || qty < 1) localLines[i] = t('validation.wholeNumberMin', { min: 1 });
    });
    setErrors(local);
    setLineErrors(localLines);
    setGeneral([]);
    if (Object.keys(local).length + Object.keys(localLines).length > 0) return;
    const outcome = await runPayload(async () => (await create({ variables: { input: {
      fromWarehouseId: fromId, toWarehouseId: toId, note: note.trim() || null,
      lines: lines.map((line) => ({ skuId: line.sku.skuId, quantity: Number(line.quantity) })),
    } } })).data?.createTransfer);
    if (outcome.ok && outcome.payload?.transfer) {
      onCreated(outcome.payload.transfer.id);
      return;
    }
    const perLine: Record<number, string> = {};
    const rest = outcome.errors.filter((e) => {
      const match = /^(?:input\.)?lines\.(\d+)\./.exec(e.field ?? '');
      if (match) perLine[Number(match[1])] = errorText(e);
      return !match;
    });
    const split = splitFieldErrors(rest, FIELDS, errorText);
    setErrors(split.byField);
    setLineErrors(perLine);
    setGeneral(split.general);
  };

  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="md">
      <form onSubmit={(e) => void submit(e)} noValidate data-testid="transfer-form">
        <DialogTitle>{t('transfers.create')}</DialogTitle>
        <DialogContent>
          <Stack spacing={2} sx={{ mt: 1 }}>
            {general.map((m) => <Alert key={m} severity="error" data-testid="transfer-form-error">{m}</Alert>)}
            <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
              <WarehouseSelect label={t('transfers.from')} value={fromId} activeOnly required fullWidth testId="transfer-from"
                onChange={(id) => { setFromId(id); setLines([]); setPicked(null); }} error={Boolean(errors.fromWarehouseId)} helperText={errors.fromWarehouseId} />
              <WarehouseSelect label={t('transfers.to')} value={toId} onChange={setToId} activeOnly required fullWidth exclude={fromId}
                testId="transfer-to" error={Boolean(errors.toWarehouseId)} helperText={errors.toWarehouseId} />
            </Stack>
            <Typography variant="subtitle2">{t('transfers.lines')}</Typography>
            <Stack direction={{ xs: 'column', sm: 'row' }} spacing={1} sx={{ alignItems: { sm: 'flex-start' } }}>
              <SkuPicker warehouseId={fromId} value={picked} onChange={setPicked} testId="transfer-sku"
                exclude={lines.map((l) => l.sku.skuId)} />
              <TextField size="small" type="number" label={t('inventory.quantity')} value={pickedQty} onChange={(e) => setPickedQty(e.target.value)}
                sx={{ width: 110 }} slotProps={{ htmlInput: { min: 1, 'data-testid': 'transfer-sku-quantity' } }} />
              <Button startIcon={<AddIcon />} onClick={addLine} disabled={!picked} data-testid="transfer-add-line">{t('transfers.addLine')}</Button>
            </Stack>
            {errors.lines && <FormHelperText error>{errors.lines}</FormHelperText>}
            {lines.length > 0 && (
              <Table size="small" data-testid="transfer-form-lines">
                <TableHead>
                  <TableRow>
                    <TableCell>{t('inventory.skuCode')}</TableCell>
                    <TableCell align="right">{t('inventory.available')}</TableCell>
                    <TableCell align="right">{t('inventory.quantity')}</TableCell>
                    <TableCell />
                  </TableRow>
                </TableHead>
                <TableBody>
                  {lines.map((line, i) => (
                    <TableRow key={line.sku.skuId}>
                      <TableCell>{line.sku.code}<Typography variant="caption" component="div" color="text.secondary">{line.sku.title}</Typography></TableCell>
                      <TableCell align="right">{line.sku.available}</TableCell>
                      <TableCell align="right">
                        <TextField size="small" type="number" value={line.quantity} sx={{ width: 110 }}
                          onChange={(e) => setLines((cur) => cur.map((l, j) => (j === i ? { ...l, quantity: e.target.value } : l)))}
                          error={Boolean(lineErrors[i])} helperText={lineErrors[i]}
                          slotProps={{ htmlInput: { min: 1, 'data-testid': `transfer-line-qty-${line.sku.code}` } }} />
                      </TableCell>
                      <TableCell>
                        <IconButton size="small" aria-label={t('common.remove')} onClick={() => setLines((cur) => cur.filter((_l, j) => j !== i))}>
                          <DeleteIcon fontSize="small" />
                        </IconButton>
                      </TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            )}
            <TextField size="small" label={t('common.note')} value={note} onChange={(e) => setNote(e.target.value)} multiline
              error={Boolean(errors.note)} helperText={errors.note} slotProps={{ htmlInput: { 'data-testid': 'transfer-note' } }} />
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="submit" variant="contained" disabled={loading} data-testid="transfer-submit">{t('transfers.saveDraft')}</Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
