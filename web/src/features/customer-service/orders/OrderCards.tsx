import {
  Alert, Box, Card, CardContent, Chip, Divider, Link, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography,
} from '@mui/material';
import { Link as RouterLink } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { ResultOf } from '@graphql-typed-document-node/core';
import { formatDateTime, formatFen } from '../../../lib/ui/format';
import { addressLine } from '../../../lib/orders/labels';
import { ShipmentStatusChip } from '../../../lib/orders/OrderStatusChip';
import { courierLabel } from '../../../lib/orders/CourierSelect';
import { TrackingEvents } from '../../../lib/orders/TrackingEvents';
import type { OrderQuery } from './operations';

type Order = NonNullable<ResultOf<typeof OrderQuery>['order']>;

/** The lines as ordered, with goods, discounts, shipping fee, total, paid and outstanding. */
export function OrderLinesCard({ order }: { order: Order }) {
  const { t } = useTranslation();
  const sums: [string, number, string?][] = [
    [t('orders.goods'), order.goodsFen],
    [t('orders.discount'), -order.discountFen],
    [`${t('orders.shippingFee')} · ${t(`shippingMethod.${order.shippingMethod}`)} · ${t('orders.weightGrams', { grams: order.weightGrams })}`, order.shippingFeeFen],
    [t('orders.total'), order.totalFen, 'order-total'],
    [t('orders.paid'), order.paidFen, 'order-paid'],
    [t('orders.outstanding'), order.outstandingFen, 'order-outstanding'],
  ];
  return (
    <Card>
      <CardContent>
        <Typography variant="h6" gutterBottom>{t('orders.lines')}</Typography>
        <Box sx={{ overflowX: 'auto' }}>
          <Table size="small" data-testid="order-lines">
            <TableHead>
              <TableRow>
                <TableCell>{t('orders.item')}</TableCell>
                <TableCell align="right">{t('orders.unitPrice')}</TableCell>
                <TableCell align="right">{t('orders.quantity')}</TableCell>
                <TableCell align="right">{t('orders.lineDiscount')}</TableCell>
                <TableCell align="right">{t('orders.lineTotal')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {order.lines.map((line) => (
                <TableRow key={line.id} data-testid={`order-line-${line.skuCode}`}>
                  <TableCell>
                    <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
                      <span>{line.title}</span>
                      {line.isGift && <Chip size="small" color="secondary" label={t('orders.gift')} />}
                      {line.vipPrice && <Chip size="small" variant="outlined" label={t('orders.vip')} />}
                    </Stack>
                    <Typography variant="caption" color="text.secondary">{line.skuCode}</Typography>
                  </TableCell>
                  <TableCell align="right">{formatFen(line.unitPriceFen)}</TableCell>
                  <TableCell align="right">{line.quantity}</TableCell>
                  <TableCell align="right">{line.discountFen ? formatFen(-line.discountFen) : '—'}</TableCell>
                  <TableCell align="right">{formatFen(line.lineTotalFen)}</TableCell>
                </TableRow>
              ))}
              {sums.map(([label, fen, testId]) => (
                <TableRow key={label}>
                  <TableCell colSpan={4} align="right" sx={{ fontWeight: testId ? 600 : undefined, borderBottom: 'none' }}>{label}</TableCell>
                  <TableCell align="right" sx={{ fontWeight: testId ? 600 : undefined, borderBottom: 'none' }} data-testid={testId}>{formatFen(fen)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </Box>
      </CardContent>
    </Card>
  );
}

/** Receiver, address, buyer's note, and the pre-ship checks (address confirmation or override, pack checklist). */
export function OrderAddressCard({ order }: { order: Order }) {
  const { t, i18n } = useTranslation();
  const confirmation = order.addressConfirmation;
  return (
    <Card>
      <CardContent>
        <Typography variant="h6" gutterBottom>{t('orders.address')}</Typography>
        <Typography sx={{ fontWeight: 600 }} data-testid="order-receiver">{order.receiverName} · {order.receiverPhone}</Typography>
        <Typography data-testid="order-address">{addressLine(order)}</Typography>
        {order.buyerAccount && <Typography variant="body2" color="text.secondary">{t('orders.buyerAccount')}: {order.buyerAccount}</Typography>}
        <Typography variant="subtitle2" sx={{ mt: 1.5 }}>{t('orders.buyerNote')}</Typography>
        <Typography variant="body2" sx={{ whiteSpace: 'pre-wrap' }} color={order.buyerNote ? undefined : 'text.secondary'} data-testid="order-buyer-note">
          {order.buyerNote || t('orders.noBuyerNote')}
        </Typography>
        <Divider sx={{ my: 1.5 }} />
        <Typography variant="subtitle2" gutterBottom>{t('orders.checks')}</Typography>
        <Stack spacing={1}>
          {confirmation ? (
            <Alert severity="success" data-testid="order-address-confirmed">
              {t('orders.addressConfirmed', { method: t(`confirmationMethod.${confirmation.method}`) })}
              <Typography variant="caption" component="div">{t('orders.addressConfirmedBy', { by: confirmation.by, at: formatDateTime(confirmation.at, i18n.language) })}</Typography>
              {confirmation.note && <Typography variant="body2">{confirmation.note}</Typography>}
            </Alert>
          ) : order.checkOverride ? (
            <Alert severity="warning" data-testid="order-check-override">
              {t('orders.overridden', { reason: order.checkOverride.reason })}
              <Typography variant="caption" component="div">{t('orders.addressConfirmedBy', { by: order.checkOverride.by, at: formatDateTime(order.checkOverride.at, i18n.language) })}</Typography>
            </Alert>
          ) : (
            <Alert severity="warning" data-testid="order-address-unconfirmed">{t('orders.addressUnconfirmed')}</Alert>
          )}
          <Alert severity={order.packChecklist.complete ? 'success' : 'info'} data-testid="order-checklist" data-complete={order.packChecklist.complete}>
            {order.packChecklist.complete ? t('orders.checklistComplete') : t('orders.checklistIncomplete')}
            {order.packChecklist.checkedBy && (
              <Typography variant="caption" component="div">{t('orders.addressConfirmedBy', { by: order.packChecklist.checkedBy, at: formatDateTime(order.packChecklist.checkedAt, i18n.language) })}</Typography>
            )}
          </Alert>
        </Stack>
      </CardContent>
    </Card>
  );
}

export function OrderPaymentsCard({ order }: { order: Order }) {
  const { t, i18n } = useTranslation();
  return (
    <Card>
      <CardContent>
        <Typography variant="h6" gutterBottom>{t('orders.payments')}</Typography>
        {order.payments.length === 0 ? <Typography color="text.secondary">{t('orders.noPayments')}</Typography> : (
          <Table size="small" data-testid="order-payments">
            <TableBody>
              {order.payments.map((p) => (
                <TableRow key={p.id}>
                  <TableCell>{t(`paymentKind.${p.kind}`)} · {t(`paymentMethod.${p.method}`)}
                    <Typography variant="caption" component="div" color="text.secondary">{formatDateTime(p.at, i18n.language)} · {p.actor?.name ?? p.actorLabel}</Typography>
                    {(p.reference || p.note) && <Typography variant="caption" component="div">{[p.reference, p.note].filter(Boolean).join(' · ')}</Typography>}
                  </TableCell>
                  <TableCell align="right" sx={{ color: p.kind === 'REFUND' ? 'error.main' : undefined }}>{formatFen(p.kind === 'REFUND' ? -p.amountFen : p.amountFen)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
      </CardContent>
    </Card>
  );
}

export function OrderShipmentsCard({ order }: { order: Order }) {
  const { t, i18n } = useTranslation();
  return (
    <Card>
      <CardContent>
        <Typography variant="h6" gutterBottom>{t('orders.shipments')}</Typography>
        {order.shipments.length === 0 ? <Typography color="text.secondary">{t('orders.noShipments')}</Typography> : (
          <Stack spacing={2} divider={<Divider />} data-testid="order-shipments">
            {order.shipments.map((s) => (
              <Box key={s.id} data-testid="order-shipment" data-waybill={s.waybillNo}>
                <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap', mb: 0.5 }}>
                  <Typography sx={{ fontWeight: 600 }}>{courierLabel(s.courier)} {s.waybillNo}</Typography>
                  <ShipmentStatusChip status={s.status} />
                  <Typography variant="caption" color="text.secondary">
                    ×{s.packageCount} · {formatDateTime(s.shippedAt, i18n.language)}
                  </Typography>
                  <Link component={RouterLink} to={`/warehouse/shipments?waybill=${encodeURIComponent(s.waybillNo)}`} variant="caption">{t('orders.viewShipments')}</Link>
                </Stack>
                <TrackingEvents events={s.events} testId={`tracking-${s.waybillNo}`} />
              </Box>
            ))}
          </Stack>
        )}
      </CardContent>
    </Card>
  );
}
