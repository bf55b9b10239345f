import { useState, type FormEvent } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import {
  Alert, Button, Dialog, DialogActions, DialogContent, DialogTitle, Divider, LinearProgress, Link, MenuItem, Stack, TextField, Typography,
} from '@mui/material';
import { Link as RouterLink } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { TrackingStatus } from '../../../gql/graphql';
import { useViewer } from '../../../lib/auth';
import { splitFieldErrors } from '../../../lib/ui/fieldErrors';
import { useErrorText } from '../../../lib/ui/useErrorText';
import { runPayload } from '../../../lib/ui/payload';
import { formatDateTime } from '../../../lib/ui/format';
import { TRACKING_STATUSES } from '../../../lib/orders/labels';
import { courierLabel } from '../../../lib/orders/CourierSelect';
import { ShipmentStatusChip } from '../../../lib/orders/OrderStatusChip';
import { TrackingEvents } from '../../../lib/orders/TrackingEvents';
import { AddTrackingEventMutation, ShipmentQuery } from './operations';

const FIELDS = ['status', 'at', 'location', 'description'];

/** `2026-11-23T14:05` in Shanghai time as a UTC ISO instant. */
function shopLocalToIso(local: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(local)) return null;
  return new Date(`${local}:00+08:00`).toISOString();
}
function nowInShop(): string {
  return new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 16);
}

/** A waybill with its tracking; staff who ship add events by hand until it is signed for. */
export function ShipmentDialog({ shipmentId, onClose }: { shipmentId: string; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const { can } = useViewer();
  const errorText = useErrorText();
  const { data, loading } = useQuery(ShipmentQuery, { variables: { id: shipmentId } });
  const [status, setStatus] = useState<TrackingStatus>('IN_TRANSIT');
  const [at, setAt] = useState(nowInShop);
  const [location, setLocation] = useState('');
  const [description, setDescription] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [general, setGeneral] = useState<string[]>([]);
  const [add, { loading: adding }] = useMutation(AddTrackingEventMutation, { refetchQueries: ['Shipment', 'Shipments', 'OverdueShipments', 'Order'] });
  const shipment = data?.shipment;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const iso = shopLocalToIso(at);
    if (!iso || new Date(iso).getTime() > Date.now() + 60_000) {
      setErrors({ at: t('shipments.atInvalid') });
      return;
    }
    setErrors({});
    setGeneral([]);
    const outcome = await runPayload(async () => (await add({ variables: { input: {
      shipmentId, status, at: iso, location: location.trim() || null, description: description.trim() || null,
    } } })).data?.addTrackingEvent);
    if (outcome.ok) {
      setLocation('');
      setDescription('');
      return;
    }
    const split = splitFieldErrors(outcome.errors, FIELDS, errorText);
    setErrors(split.byField);
    setGeneral(split.general);
  };

  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="sm">
      <DialogTitle>{t('shipments.detailTitle', { waybill: shipment?.waybillNo ?? '' })}</DialogTitle>
      <DialogContent data-testid="shipment-dialog">
        {loading && !shipment && <LinearProgress />}
        {!loading && !shipment && <Alert severity="warning">{t('shipments.notFound')}</Alert>}
        {shipment && (
          <Stack spacing={2}>
            <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
              <ShipmentStatusChip status={shipment.status} testId="shipment-status" />
              <Typography>{courierLabel(shipment.courier)}</Typography>
              <Link component={RouterLink} to={`/customer-service/orders/${shipment.order.id}`}>{shipment.order.code}</Link>
              <Typography variant="body2" color="text.secondary">
                {shipment.order.receiverName} · {shipment.order.province} {shipment.order.city} · ×{shipment.packageCount} · {formatDateTime(shipment.shippedAt, i18n.language)}
              </Typography>
            </Stack>
            <Typography variant="subtitle2">{t('shipments.events')}</Typography>
            <TrackingEvents events={shipment.events} testId="shipment-events" />
            {can('order:ship') && shipment.status !== 'SIGNED' && (
              <>
                <Divider />
                <form onSubmit={(e) => void submit(e)} noValidate data-testid="tracking-form">
                  <Stack spacing={1.5}>
                    <Typography variant="subtitle2">{t('shipments.addEvent')}</Typography>
                    {general.map((m) => <Alert key={m} severity="error" data-testid="tracking-error">{m}</Alert>)}
                    <Stack direction={{ xs: 'column', sm: 'row' }} spacing={1}>
                      <TextField select size="small" label={t('shipments.eventStatus')} value={status} sx={{ minWidth: 130 }}
                        onChange={(e) => setStatus(e.target.value as TrackingStatus)} error={Boolean(errors.status)} helperText={errors.status}
                        slotProps={{ select: { SelectDisplayProps: { 'data-testid': 'tracking-status' } as object } }}>
                        {TRACKING_STATUSES.map((s) => <MenuItem key={s} value={s}>{t(`trackingStatus.${s}`)}</MenuItem>)}
                      </TextField>
                      <TextField type="datetime-local" size="small" label={t('shipments.eventAt')} value={at} onChange={(e) => setAt(e.target.value)}
                        error={Boolean(errors.at)} helperText={errors.at} slotProps={{ inputLabel: { shrink: true }, htmlInput: { 'data-testid': 'tracking-at' } }} />
                      <TextField size="small" label={t('shipments.location')} value={location} onChange={(e) => setLocation(e.target.value)}
                        error={Boolean(errors.location)} helperText={errors.location} slotProps={{ htmlInput: { 'data-testid': 'tracking-location' } }} />
                    </Stack>
                    <TextField size="small" label={t('shipments.description')} value={description} onChange={(e) => setDescription(e.target.value)}
                      error={Boolean(errors.description)} helperText={errors.description} slotProps={{ htmlInput: { 'data-testid': 'tracking-description' } }} />
                    <div><Button type="submit" variant="contained" disabled={adding} data-testid="tracking-submit">{t('shipments.addEvent')}</Button></div>
                  </Stack>
                </form>
              </>
            )}
          </Stack>
        )}
      </DialogContent>
      <DialogActions><Button onClick={onClose}>{t('common.close')}</Button></DialogActions>
    </Dialog>
  );
}
