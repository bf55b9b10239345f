import { useState } from 'react';
import { useMutation } from '@apollo/client/react';
import {
  Alert, Button, Dialog, DialogActions, DialogContent, DialogTitle, Stack, Table, TableBody, TableCell, TableHead, TableRow, TextField, Typography,
} from '@mui/material';
import { useTranslation } from 'react-i18next';
import { useErrorText } from '../../../lib/ui/useErrorText';
import { CourierSelect } from '../../../lib/orders/CourierSelect';
import { ShipOrdersMutation } from './operations';
import { checkWaybill, emptyWaybill, splitShipErrors, toShipmentInput, type WaybillDraft, type WaybillErrors } from './waybills';

interface BatchOrder { id: string; code: string; receiverName: string; province: string }
interface Outcome { ok: boolean; messages: string[] }

/** Several packed orders shipped at once, one waybill each; each order ships or is refused on its own. */
export function BatchShipDialog({ orders, onClose, onDone }: { orders: readonly BatchOrder[]; onClose: () => void; onDone: (ok: number, failed: number) => void }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const [courierForAll, setCourierForAll] = useState('');
  const [drafts, setDrafts] = useState<Record<string, WaybillDraft>>(() => Object.fromEntries(orders.map((o) => [o.id, emptyWaybill()])));
  const [errors, setErrors] = useState<Record<string, WaybillErrors>>({});
  const [outcomes, setOutcomes] = useState<Record<string, Outcome>>({});
  const [general, setGeneral] = useState<string[]>([]);
  const [ship, { loading }] = useMutation(ShipOrdersMutation, { refetchQueries: ['FulfilmentQueue', 'Shipments'] });
  const pending = orders.filter((o) => !outcomes[o.id]?.ok);
  const update = (id: string, patch: Partial<WaybillDraft>) => setDrafts((d) => ({ ...d, [id]: { ...d[id], ...patch } }));

  const applyCourier = (courierId: string) => {
    setCourierForAll(courierId);
    setDrafts((d) => Object.fromEntries(Object.entries(d).map(([id, w]) => [id, { ...w, courierId }])));
  };

  const submit = async () => {
    const local: Record<string, WaybillErrors> = {};
    for (const o of pending) {
      const e = checkWaybill(drafts[o.id], t);
      if (Object.keys(e).length) local[o.id] = e;
    }
    setErrors(local);
    setGeneral([]);
    if (Object.keys(local).length) return;
    try {
      const payload = (await ship({ variables: { input: { orders: pending.map((o) => ({ id: o.id, shipments: [toShipmentInput(drafts[o.id])] })) } } })).data?.shipOrders;
      if (!payload) return;
      if (payload.errors.length) {
        setGeneral(payload.errors.map(errorText));
        return;
      }
      const next = { ...outcomes };
      const rowErrors: Record<string, WaybillErrors> = {};
      for (const r of payload.results ?? []) {
        const split = splitShipErrors(r.errors, errorText);
        next[r.orderId] = { ok: r.errors.length === 0, messages: split.general };
        if (split.rows[0]) rowErrors[r.orderId] = split.rows[0];
      }
      setOutcomes(next);
      setErrors(rowErrors);
      const ok = orders.filter((o) => next[o.id]?.ok).length;
      onDone(ok, orders.length - ok);
    } catch (error) {
      setGeneral([error instanceof Error ? error.message : String(error)]);
    }
  };

  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="md">
      <DialogTitle>{t('fulfilment.batchTitle')}</DialogTitle>
      <DialogContent data-testid="batch-ship-dialog">
        <Stack spacing={2} sx={{ mt: 1 }}>
          {general.map((m) => <Alert key={m} severity="error">{m}</Alert>)}
          <Typography variant="body2" color="text.secondary">{t('fulfilment.batchHelp')}</Typography>
          <CourierSelect value={courierForAll} onChange={applyCourier} label={t('fulfilment.courierForAll')} testId="batch-courier-all" minWidth={240} />
          <Table size="small">
            <TableHead>
              <TableRow>
                <TableCell>{t('orders.code')}</TableCell>
                <TableCell>{t('shipments.courier')}</TableCell>
                <TableCell>{t('fulfilment.waybill')}</TableCell>
                <TableCell>{t('orders.status')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {orders.map((o) => {
                const outcome = outcomes[o.id];
                return (
                  <TableRow key={o.id} data-testid={`batch-row-${o.code}`}>
                    <TableCell>{o.code}<Typography variant="caption" component="div" color="text.secondary">{o.receiverName} · {o.province}</Typography></TableCell>
                    <TableCell>
                      <CourierSelect value={drafts[o.id].courierId} onChange={(courierId) => update(o.id, { courierId })} minWidth={150}
                        error={Boolean(errors[o.id]?.courierId)} helperText={errors[o.id]?.courierId} testId={`batch-courier-${o.code}`} />
                    </TableCell>
                    <TableCell>
                      <TextField size="small" value={drafts[o.id].waybillNo} disabled={outcome?.ok} onChange={(e) => update(o.id, { waybillNo: e.target.value })}
                        error={Boolean(errors[o.id]?.waybillNo)} helperText={errors[o.id]?.waybillNo}
                        slotProps={{ htmlInput: { 'aria-label': t('fulfilment.waybill'), 'data-testid': `batch-waybill-${o.code}` } }} />
                    </TableCell>
                    <TableCell data-testid={`batch-outcome-${o.code}`}>
                      {outcome?.ok && <Typography color="success.main" variant="body2">{t('fulfilment.batchOk')}</Typography>}
                      {outcome && !outcome.ok && outcome.messages.map((m) => <Typography key={m} color="error" variant="body2">{m}</Typography>)}
                    </TableCell>
                  </TableRow>
                );
              })}
            </TableBody>
          </Table>
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{t('common.close')}</Button>
        {pending.length > 0 && (
          <Button variant="contained" onClick={() => void submit()} disabled={loading} data-testid="batch-ship-submit">
            {t('fulfilment.batchSubmit', { count: pending.length })}
          </Button>
        )}
      </DialogActions>
    </Dialog>
  );
}
