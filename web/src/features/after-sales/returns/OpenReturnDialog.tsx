import { useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import {
  Alert, Button, Dialog, DialogActions, DialogContent, DialogTitle, FormHelperText, MenuItem, Stack, Table, TableBody, TableCell, TableHead,
  TableRow, TextField, Typography,
} from '@mui/material';
import { useTranslation } from 'react-i18next';
import type { ReturnReasonCode, ReturnType } from '../../../gql/graphql';
import { splitFieldErrors } from '../../../lib/ui/fieldErrors';
import { useErrorText } from '../../../lib/ui/useErrorText';
import { runPayload } from '../../../lib/ui/payload';
import { parseYuan } from '../../../lib/ui/format';
import { SearchField } from '../../../lib/ui/SearchField';
import { OrderPicker, type PickedOrder } from '../shared/OrderPicker';
import { OpenReturnMutation } from './operations';
import { RETURN_REASONS, RETURN_TYPES } from './status';

const FIELDS = ['orderId', 'type', 'reasonCode', 'lines', 'note', 'refundAmountFen'];

/** Opens a return, exchange or refund-only request: the order by its number, the units per line, the reason. */
export function OpenReturnDialog({ onClose, onOpened }: { onClose: () => void; onOpened: (id: string) => void }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const [search, setSearch] = useState('');
  const [orderId, setOrderId] = useState('');
  const [order, setOrder] = useState<PickedOrder | null>(null);
  const [quantities, setQuantities] = useState<Record<string, string>>({});
  const [type, setType] = useState<ReturnType>('RETURN');
  const [reason, setReason] = useState<ReturnReasonCode>('QUALITY_DEFECT');
  const [note, setNote] = useState('');
  const [refund, setRefund] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [lineErrors, setLineErrors] = useState<Record<number, string>>({});
  const [general, setGeneral] = useState<string[]>([]);
  const [open, { loading }] = useMutation(OpenReturnMutation, { refetchQueries: ['AsReturnRequests'] });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const local: Record<string, string> = {};
    const lines = (order?.lines ?? []).map((l) => ({ orderLineId: l.id, quantity: Number(quantities[l.id] || 0) })).filter((l) => l.quantity > 0);
    if (!orderId) local.orderId = t('validation.required');
    else if (lines.length === 0) local.lines = t('as.return.linesRequired');
    const refundFen = refund.trim() ? parseYuan(refund) : null;
    if (refund.trim() && refundFen === null) local.refundAmountFen = t('as.return.amountInvalid');
    setErrors(local);
    setLineErrors({});
    setGeneral([]);
    if (Object.keys(local).length) return;
    const outcome = await runPayload(async () => (await open({ variables: { input: {
      orderId, type, reasonCode: reason, lines, note: note.trim() || null, refundAmountFen: refundFen,
    } } })).data?.openReturnRequest);
    if (outcome.ok && outcome.payload?.returnRequest) {
      onOpened(outcome.payload.returnRequest.id);
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

  // Per-line errors come back by the index of the submitted (non-zero) lines.
  const submittedIndex = (lineId: string) => (order?.lines ?? []).filter((l) => Number(quantities[l.id] || 0) > 0).findIndex((l) => l.id === lineId);

  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="md">
      <form onSubmit={(e) => void submit(e)} noValidate data-testid="return-form">
        <DialogTitle>{t('as.return.open')}</DialogTitle>
        <DialogContent>
          <Stack spacing={2} sx={{ mt: 1 }}>
            {general.map((m) => <Alert key={m} severity="error" data-testid="return-form-error">{m}</Alert>)}
            <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
              <SearchField value={search} onChange={setSearch} placeholder={t('as.return.orderSearch')} testId="return-order-search" />
              <OrderPicker search={search} value={orderId} allowNone={false} testId="return-order"
                onChange={(id, picked) => { setOrderId(id); setOrder(picked); setQuantities({}); }}
                error={Boolean(errors.orderId)} helperText={errors.orderId} />
            </Stack>
            {order && (
              <Table size="small" data-testid="return-form-lines">
                <TableHead>
                  <TableRow>
                    <TableCell>{t('inventory.skuCode')}</TableCell>
                    <TableCell>{t('as.return.item')}</TableCell>
                    <TableCell align="right">{t('as.return.ordered')}</TableCell>
                    <TableCell align="right">{t('as.return.units')}</TableCell>
                  </TableRow>
                </TableHead>
                <TableBody>
                  {order.lines.map((line) => {
                    const index = submittedIndex(line.id);
                    return (
                      <TableRow key={line.id}>
                        <TableCell>{line.skuCode}</TableCell>
                        <TableCell>{line.title}{line.isGift ? ` (${t('as.return.gift')})` : ''}</TableCell>
                        <TableCell align="right">{line.quantity}</TableCell>
                        <TableCell align="right">
                          <TextField size="small" type="number" value={quantities[line.id] ?? ''} sx={{ width: 100 }}
                            onChange={(e) => setQuantities((q) => ({ ...q, [line.id]: e.target.value }))}
                            error={index >= 0 && Boolean(lineErrors[index])} helperText={index >= 0 ? lineErrors[index] : undefined}
                            slotProps={{ htmlInput: { min: 0, max: line.quantity, 'data-testid': `return-qty-${line.skuCode}` } }} />
                        </TableCell>
                      </TableRow>
                    );
                  })}
                </TableBody>
              </Table>
            )}
            {errors.lines && <FormHelperText error>{errors.lines}</FormHelperText>}
            <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
              <TextField select size="small" fullWidth label={t('as.return.type')} value={type} onChange={(e) => setType(e.target.value as ReturnType)}
                error={Boolean(errors.type)} helperText={errors.type}
                slotProps={{ select: { SelectDisplayProps: { 'data-testid': 'return-type' } as object } }}>
                {RETURN_TYPES.map((s) => <MenuItem key={s} value={s}>{t(`as.enum.returnType.${s}`)}</MenuItem>)}
              </TextField>
              <TextField select size="small" fullWidth label={t('as.return.reason')} value={reason} onChange={(e) => setReason(e.target.value as ReturnReasonCode)}
                error={Boolean(errors.reasonCode)} helperText={errors.reasonCode}
                slotProps={{ select: { SelectDisplayProps: { 'data-testid': 'return-reason' } as object } }}>
                {RETURN_REASONS.map((s) => <MenuItem key={s} value={s}>{t(`as.enum.returnReason.${s}`)}</MenuItem>)}
              </TextField>
              <TextField size="small" fullWidth label={t('as.return.requestedRefund')} value={refund} onChange={(e) => setRefund(e.target.value)}
                error={Boolean(errors.refundAmountFen)} helperText={errors.refundAmountFen}
                slotProps={{ htmlInput: { inputMode: 'decimal', 'data-testid': 'return-refund' } }} />
            </Stack>
            <TextField size="small" multiline minRows={2} label={t('as.return.note')} value={note} onChange={(e) => setNote(e.target.value)}
              error={Boolean(errors.note)} helperText={errors.note} slotProps={{ htmlInput: { 'data-testid': 'return-note' } }} />
            <Typography variant="caption" color="text.secondary">{t('as.return.openHelp')}</Typography>
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="submit" variant="contained" disabled={loading} data-testid="return-submit">{t('as.return.submit')}</Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
