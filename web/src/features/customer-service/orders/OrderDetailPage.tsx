import { useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Card, CardContent, Chip, Grid, LinearProgress, Stack, Typography } from '@mui/material';
import ArrowBackIcon from '@mui/icons-material/ArrowBack';
import { Link as RouterLink, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { OrderStatus } from '../../../gql/graphql';
import { useViewer } from '../../../lib/auth';
import { PageHeader } from '../../../lib/ui/PageHeader';
import { HistoryTimeline } from '../../../lib/ui/HistoryTimeline';
import { NoteDialog } from '../../../lib/ui/NoteDialog';
import { useNotice } from '../../../lib/ui/useNotice';
import { runPayload } from '../../../lib/ui/payload';
import { formatDateTime } from '../../../lib/ui/format';
import { WarehouseSelect, warehouseLabel } from '../../../lib/inventory/WarehouseSelect';
import { timelineEvents } from '../../../lib/orders/labels';
import { OrderStatusChip } from '../../../lib/orders/OrderStatusChip';
import {
  AllocateOrderMutation, CancelOrderMutation, CloseOrderMutation, CompleteOrderMutation, OrderQuery, OverrideAddressCheckMutation,
} from './operations';
import { OrderAddressCard, OrderLinesCard, OrderPaymentsCard, OrderShipmentsCard } from './OrderCards';
import { ConfirmAddressDialog } from './ConfirmAddressDialog';
import { PaymentDialog } from './PaymentDialog';
import { EditAddressDialog } from './EditAddressDialog';

type Step = 'editAddress' | 'confirm' | 'pay' | 'refund' | 'allocate' | 'cancel' | 'close' | 'override' | 'complete';
type NoteStep = 'allocate' | 'cancel' | 'close' | 'override' | 'complete';
const PRE_SHIP: OrderStatus[] = ['PENDING_PAYMENT', 'PAID', 'ALLOCATED', 'PICKING', 'PACKED'];
const CANCELLABLE: OrderStatus[] = ['PAID', 'ALLOCATED', 'PICKING', 'PACKED'];

/** One order: lines and totals, address and checks, payments, waybills with tracking, the timeline, and its actions. */
export default function OrderDetailPage() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation();
  const { can } = useViewer();
  const [notify, notice] = useNotice();
  const [step, setStep] = useState<Step | null>(null);
  const [warehouseId, setWarehouseId] = useState('');
  const { data, loading, error } = useQuery(OrderQuery, { variables: { id } });
  const refetch = { refetchQueries: ['Order', 'Orders', 'FulfilmentQueue', 'StockLevels'] };
  const [allocate] = useMutation(AllocateOrderMutation, refetch);
  const [cancel] = useMutation(CancelOrderMutation, refetch);
  const [close] = useMutation(CloseOrderMutation, refetch);
  const [override] = useMutation(OverrideAddressCheckMutation, refetch);
  const [complete] = useMutation(CompleteOrderMutation, refetch);

  if (loading && !data) return <LinearProgress />;
  if (error) return <Alert severity="error">{t('common.loadFailed', { message: error.message })}</Alert>;
  const order = data?.order;
  if (!order) return <Alert severity="warning" data-testid="order-missing">{t('orders.notFound')}</Alert>;
  const status = order.status;
  const preShip = PRE_SHIP.includes(status);
  const unconfirmed = !order.addressConfirmation;

  const actions: { step: Step; show: boolean; color?: 'error' | 'warning'; primary?: boolean }[] = [
    { step: 'confirm', show: can('order:confirm') && preShip && unconfirmed, primary: true },
    { step: 'pay', show: can('ledger:write') && status === 'PENDING_PAYMENT' && order.outstandingFen > 0, primary: true },
    { step: 'allocate', show: can('order:ship') && status === 'PAID', primary: true },
    { step: 'complete', show: can('order:write') && status === 'DELIVERED', primary: true },
    { step: 'editAddress', show: can('order:write') && preShip },
    { step: 'override', show: can('order:override') && preShip && unconfirmed && !order.checkOverride, color: 'warning' },
    { step: 'refund', show: can('ledger:write') && order.paidFen > 0 && !CANCELLABLE.includes(status), color: 'warning' },
    { step: 'cancel', show: can('order:write') && CANCELLABLE.includes(status), color: 'error' },
    { step: 'close', show: can('order:write') && status === 'PENDING_PAYMENT', color: 'error' },
  ];

  const runStep = (kind: NoteStep) => async (note: string) => {
    const outcome = await runPayload(async () => {
      if (kind === 'allocate') return (await allocate({ variables: { input: { id: order.id, warehouseId: warehouseId || null, note: note || null } } })).data?.allocateOrder;
      if (kind === 'cancel') return (await cancel({ variables: { input: { id: order.id, reason: note } } })).data?.cancelOrder;
      if (kind === 'close') return (await close({ variables: { input: { id: order.id, reason: note || null } } })).data?.closeOrder;
      if (kind === 'override') return (await override({ variables: { input: { id: order.id, reason: note } } })).data?.overrideAddressCheck;
      return (await complete({ variables: { input: { id: order.id, note: note || null } } })).data?.completeOrder;
    });
    if (outcome.ok) {
      setStep(null);
      notify(t(`orders.done.${kind}`));
    }
    // The reason is this dialog's note.
    return outcome.errors.map((e) => (e.field === 'reason' ? { ...e, field: 'note' } : e));
  };
  const finished = (message: string) => {
    setStep(null);
    notify(message);
  };
  const noteStep = step === 'allocate' || step === 'cancel' || step === 'close' || step === 'override' || step === 'complete' ? step : null;

  return (
    <div data-testid="order-detail">
      <Button component={RouterLink} to="/customer-service/orders" startIcon={<ArrowBackIcon />} sx={{ mb: 1 }}>{t('orders.backToList')}</Button>
      <PageHeader
        title={`${t('orders.titleOne')} ${order.code}`}
        subtitle={[t(`orderChannel.${order.channel}`), order.platformOrderNo, order.customer?.name ?? order.agent?.name].filter(Boolean).join(' · ')}
        actions={actions.filter((a) => a.show).map((a) => (
          <Button key={a.step} variant={a.primary ? 'contained' : 'outlined'} color={a.color ?? 'primary'} onClick={() => setStep(a.step)}
            data-testid={`order-${a.step}`}>
            {t(`orders.action.${a.step}`)}
          </Button>
        ))}
      />
      <Stack direction="row" spacing={2} useFlexGap sx={{ mb: 2, alignItems: 'center', flexWrap: 'wrap' }}>
        <OrderStatusChip status={status} testId="order-status" />
        {order.shipFirst && <Chip size="small" color="warning" variant="outlined" label={t('orders.shipFirst')} />}
        <Typography variant="body2" color="text.secondary">{t('orders.placedAt')}: {formatDateTime(order.placedAt, i18n.language)}</Typography>
        {order.paidAt && <Typography variant="body2" color="text.secondary">{t('orders.paidAt')}: {formatDateTime(order.paidAt, i18n.language)}</Typography>}
        {order.shippedAt && <Typography variant="body2" color="text.secondary">{t('orders.shippedAt')}: {formatDateTime(order.shippedAt, i18n.language)}</Typography>}
        {order.warehouse && <Typography variant="body2" color="text.secondary">{t('orders.warehouse')}: {warehouseLabel(order.warehouse)}</Typography>}
        {preShip && order.shipBlockers.filter((b) => status === 'PACKED' || b === 'ADDRESS_UNCONFIRMED').map((b) => (
          <Chip key={b} size="small" color="warning" label={t(`orders.blocker.${b}`, { defaultValue: b })} data-testid={`order-blocker-${b}`} />
        ))}
      </Stack>
      {order.endReason && <Alert severity="info" sx={{ mb: 2 }} data-testid="order-end-reason">{t('orders.endReason')}: {order.endReason}</Alert>}
      <Grid container spacing={2}>
        <Grid size={{ xs: 12, md: 8 }}>
          <Stack spacing={2}>
            <OrderLinesCard order={order} />
            <OrderShipmentsCard order={order} />
            <OrderPaymentsCard order={order} />
          </Stack>
        </Grid>
        <Grid size={{ xs: 12, md: 4 }}>
          <Stack spacing={2}>
            <OrderAddressCard order={order} />
            <Card>
              <CardContent>
                <Typography variant="h6" gutterBottom>{t('orders.timeline')}</Typography>
                <HistoryTimeline events={timelineEvents(order.timeline)} stateLabel={(s) => t(`orderStatus.${s}`, { defaultValue: s })} testId="order-timeline" />
              </CardContent>
            </Card>
          </Stack>
        </Grid>
      </Grid>
      {step === 'editAddress' && <EditAddressDialog order={order} onClose={() => setStep(null)} onDone={() => finished(t('orders.addressUpdated'))} />}
      {step === 'confirm' && <ConfirmAddressDialog order={order} onClose={() => setStep(null)} onDone={() => finished(t('orders.confirmed'))} />}
      {(step === 'pay' || step === 'refund') && (
        <PaymentDialog kind={step === 'pay' ? 'PAYMENT' : 'REFUND'} order={order} onClose={() => setStep(null)}
          onDone={() => finished(t(step === 'pay' ? 'orders.paymentRecorded' : 'orders.refundRecorded'))} />
      )}
      {noteStep && (
        <NoteDialog
          title={t(`orders.${noteStep}Title`, { code: order.code })}
          body={noteStep === 'allocate'
            ? <Stack spacing={2}><Typography>{t('orders.allocateBody')}</Typography>
                <WarehouseSelect value={warehouseId} onChange={setWarehouseId} activeOnly allowAll label={t('orders.warehouse')} testId="allocate-warehouse" /></Stack>
            : noteStep === 'complete' ? undefined : <Typography>{t(`orders.${noteStep}Body`)}</Typography>}
          confirmLabel={t(`orders.action.${noteStep}`)}
          confirmColor={noteStep === 'cancel' || noteStep === 'close' ? 'error' : noteStep === 'override' ? 'warning' : 'primary'}
          noteRequired={noteStep === 'cancel' || noteStep === 'override'}
          noteLabel={noteStep === 'cancel' || noteStep === 'close' || noteStep === 'override' ? t('orders.reason') : undefined}
          onSubmit={runStep(noteStep)}
          onClose={() => setStep(null)}
          testId={`order-${noteStep}-dialog`}
        />
      )}
      {notice}
    </div>
  );
}
