import { useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import { Alert, Button, Dialog, DialogActions, DialogContent, DialogTitle, IconButton, Stack, TextField, Typography } from '@mui/material';
import AddIcon from '@mui/icons-material/Add';
import DeleteIcon from '@mui/icons-material/Delete';
import { useTranslation } from 'react-i18next';
import { useErrorText } from '../../../lib/ui/useErrorText';
import { runPayload } from '../../../lib/ui/payload';
import { CourierSelect } from '../../../lib/orders/CourierSelect';
import { ShipOrderMutation } from './operations';
import { checkWaybill, emptyWaybill, splitShipErrors, toShipmentInput, type WaybillDraft, type WaybillErrors } from './waybills';

/** Packed → shipped: one or more waybills, each with its courier and number of packages. */
export function ShipDialog({ order, blockers = [], onClose, onDone }: {
  order: { id: string; code: string };
  /** What the server says still stops it (shown as a warning; the server decides). */
  blockers?: readonly string[];
  onClose: () => void;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const [waybills, setWaybills] = useState<WaybillDraft[]>([emptyWaybill()]);
  const [note, setNote] = useState('');
  const [rowErrors, setRowErrors] = useState<Record<number, WaybillErrors>>({});
  const [general, setGeneral] = useState<string[]>([]);
  const [ship, { loading }] = useMutation(ShipOrderMutation, { refetchQueries: ['FulfilmentQueue', 'Order', 'Shipments'] });
  const update = (i: number, patch: Partial<WaybillDraft>) => setWaybills((ws) => ws.map((w, j) => (j === i ? { ...w, ...patch } : w)));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const local: Record<number, WaybillErrors> = {};
    waybills.forEach((w, i) => {
      const errors = checkWaybill(w, t);
      if (Object.keys(errors).length) local[i] = errors;
    });
    setRowErrors(local);
    setGeneral([]);
    if (Object.keys(local).length) return;
    const outcome = await runPayload(async () => (await ship({ variables: { input: {
      id: order.id, note: note.trim() || null, shipments: waybills.map(toShipmentInput),
    } } })).data?.shipOrder);
    if (outcome.ok) {
      onDone();
      return;
    }
    const split = splitShipErrors(outcome.errors, errorText);
    setRowErrors(split.rows);
    setGeneral(split.general);
  };

  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="md">
      <form onSubmit={(e) => void submit(e)} noValidate data-testid="ship-form">
        <DialogTitle>{t('fulfilment.shipTitle', { code: order.code })}</DialogTitle>
        <DialogContent>
          <Stack spacing={2} sx={{ mt: 1 }}>
            {general.map((m) => <Alert key={m} severity="error" data-testid="ship-error">{m}</Alert>)}
            {general.length === 0 && blockers.length > 0 && (
              <Alert severity="warning" data-testid="ship-blockers">{blockers.map((b) => t(`orders.blocker.${b}`, { defaultValue: b })).join('；')}</Alert>
            )}
            <Typography variant="body2" color="text.secondary">{t('fulfilment.shipHelp')}</Typography>
            {waybills.map((w, i) => (
              <Stack key={i} direction={{ xs: 'column', sm: 'row' }} spacing={1} sx={{ alignItems: { sm: 'flex-start' } }} data-testid={`ship-waybill-${i}`}>
                <CourierSelect value={w.courierId} onChange={(courierId) => update(i, { courierId })} testId={`ship-courier-${i}`}
                  error={Boolean(rowErrors[i]?.courierId)} helperText={rowErrors[i]?.courierId} minWidth={180} />
                <TextField size="small" label={t('fulfilment.waybill')} value={w.waybillNo} onChange={(e) => update(i, { waybillNo: e.target.value })}
                  error={Boolean(rowErrors[i]?.waybillNo)} helperText={rowErrors[i]?.waybillNo} sx={{ flexGrow: 1 }}
                  slotProps={{ htmlInput: { 'data-testid': `ship-waybill-no-${i}` } }} />
                <TextField size="small" type="number" label={t('fulfilment.packages')} value={w.packageCount} sx={{ width: 100 }}
                  onChange={(e) => update(i, { packageCount: e.target.value })} error={Boolean(rowErrors[i]?.packageCount)} helperText={rowErrors[i]?.packageCount}
                  slotProps={{ htmlInput: { min: 1, 'data-testid': `ship-packages-${i}` } }} />
                {waybills.length > 1 && (
                  <IconButton aria-label={t('common.remove')} onClick={() => setWaybills((ws) => ws.filter((_w, j) => j !== i))}><DeleteIcon /></IconButton>
                )}
              </Stack>
            ))}
            <div>
              <Button startIcon={<AddIcon />} onClick={() => setWaybills((ws) => [...ws, emptyWaybill(ws[ws.length - 1]?.courierId)])} data-testid="ship-add-waybill">
                {t('fulfilment.addWaybill')}
              </Button>
            </div>
            <TextField size="small" label={t('common.note')} value={note} onChange={(e) => setNote(e.target.value)} multiline
              slotProps={{ htmlInput: { 'data-testid': 'ship-note' } }} />
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="submit" variant="contained" disabled={loading} data-testid="ship-submit">{t('fulfilment.shipSubmit')}</Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
