import { useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Card, CardContent, LinearProgress, Link, Stack, Typography } from '@mui/material';
import ArrowBackIcon from '@mui/icons-material/ArrowBack';
import { Link as RouterLink, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../lib/ui/PageHeader';
import { runPayload } from '../../../lib/ui/payload';
import { formatFen } from '../../../lib/ui/format';
import { skuTitle } from '../../../lib/inventory/skuLabel';
import { warehouseLabel } from '../../../lib/inventory/WarehouseSelect';
import { InfoRow } from '../shared/InfoRow';
import { StatusChip } from '../shared/StatusChip';
import { supplierLabel } from '../shared/SupplierPicker';
import { PurchaseOrderQuery } from '../orders/operations';
import { OrderLinesTable } from '../orders/OrderLinesTable';
import { ReceivePurchaseOrderMutation } from './operations';
import { QcReceiptForm, type QcLineInput } from './QcReceiptForm';

interface Done { code: string; accepted: number; rejected: number; payable: number }

/** Receiving one order (入库) with the quality check, for warehouse staff and purchasing alike. */
export default function ReceiveOrderPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const [done, setDone] = useState<Done | null>(null);
  const { data, loading, error } = useQuery(PurchaseOrderQuery, { variables: { id } });
  const [receive, { loading: busy }] = useMutation(ReceivePurchaseOrderMutation, { refetchQueries: ['PurchaseOrder', 'PurchaseOrders', 'StockLevels'] });

  if (loading && !data) return <LinearProgress />;
  if (error) return <Alert severity="error">{t('common.loadFailed', { message: error.message })}</Alert>;
  const po = data?.purchaseOrder;
  if (!po) return <Alert severity="warning" data-testid="po-missing">{t('proc.common.notFound')}</Alert>;
  const open = po.lines.filter((l) => l.openQuantity > 0);
  const receivable = (po.status === 'SENT' || po.status === 'PARTIALLY_RECEIVED') && open.length > 0;

  const submit = async (lines: QcLineInput[], note: string | null) => {
    const outcome = await runPayload(async () => (await receive({ variables: { input: {
      orderId: po.id, note, lines: lines.map((l) => ({ ...l, receivedQuantity: l.acceptedQuantity + l.rejectedQuantity })),
    } } })).data?.receivePurchaseOrder);
    const receipt = outcome.payload?.receipt;
    if (outcome.ok && receipt) setDone({ code: receipt.code, accepted: receipt.acceptedQuantity, rejected: receipt.rejectedQuantity, payable: receipt.payableAmount });
    return outcome.errors;
  };

  return (
    <div data-testid="receive-order">
      <Button component={RouterLink} to="/warehouse/receiving" startIcon={<ArrowBackIcon />} sx={{ mb: 1 }}>{t('proc.receive.backToList')}</Button>
      <PageHeader title={t('proc.receive.formTitle', { code: po.code })} subtitle={`${supplierLabel(po.supplier)} → ${warehouseLabel(po.warehouse)}`} />
      <Stack spacing={2}>
        {done && (
          <Alert severity={done.rejected ? 'warning' : 'success'} data-testid="receive-done">
            {t('proc.receive.done', { code: done.code, accepted: done.accepted, rejected: done.rejected })} · {t('proc.receive.payable')} {formatFen(done.payable)} ·{' '}
            <Link component={RouterLink} to={`/procurement/orders/${po.id}`}>{po.code}</Link>
          </Alert>
        )}
        <Card>
          <CardContent>
            <Stack direction="row" spacing={1} sx={{ mb: 1, alignItems: 'center' }}>
              <StatusChip kind="poStatus" status={po.status} testId="receive-po-status" />
            </Stack>
            <InfoRow label={t('proc.po.expected')}>{po.expectedDeliveryDate}</InfoRow>
            <InfoRow label={t('proc.po.promised')}>{po.promisedDeliveryDate}</InfoRow>
          </CardContent>
        </Card>
        <Card>
          <CardContent>
            {receivable ? (
              <QcReceiptForm key={po.receipts.length} busy={busy} onSubmit={submit}
                lines={open.map((l) => ({ id: l.id, skuCode: l.sku.code, skuTitle: skuTitle(l.sku), quantity: l.quantity, receivedQuantity: l.receivedQuantity, openQuantity: l.openQuantity }))} />
            ) : (
              <>
                <Typography color="text.secondary" sx={{ mb: 2 }} data-testid="receive-nothing-open">{t('proc.receive.nothingOpen')}</Typography>
                <OrderLinesTable lines={po.lines} total={po.totalAmount} />
              </>
            )}
          </CardContent>
        </Card>
      </Stack>
    </div>
  );
}
