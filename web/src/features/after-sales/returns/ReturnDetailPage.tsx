import { useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import {
  Alert, Box, Button, Card, CardContent, Chip, Grid, LinearProgress, Link, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography,
} from '@mui/material';
import ArrowBackIcon from '@mui/icons-material/ArrowBack';
import { Link as RouterLink, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useViewer } from '../../../lib/auth';
import { PageHeader } from '../../../lib/ui/PageHeader';
import { HistoryTimeline } from '../../../lib/ui/HistoryTimeline';
import { NoteDialog } from '../../../lib/ui/NoteDialog';
import { useNotice } from '../../../lib/ui/useNotice';
import { runPayload } from '../../../lib/ui/payload';
import { formatDateTime, formatFen } from '../../../lib/ui/format';
import { warehouseLabel } from '../../../lib/inventory/WarehouseSelect';
import { RefundActions } from '../refunds/RefundActions';
import { REFUND_STATUS_COLOR, refundStep } from '../refunds/status';
import {
  ApproveReturnMutation, CancelReturnMutation, CompleteReturnMutation, CreateExchangeOrderMutation, RejectReturnMutation, ReturnRequestQuery,
} from './operations';
import { RETURN_STATUS_COLOR } from './status';
import { ReceiveReturnDialog } from './ReceiveReturnDialog';
import { InspectReturnDialog } from './InspectReturnDialog';
import { RequestRefundDialog } from './RequestRefundDialog';

type NoteStep = 'approve' | 'reject' | 'cancel' | 'complete' | 'exchange';
type Step = NoteStep | 'receive' | 'inspect' | 'refund' | null;

/** One return request: its lines and inspection, refunds with their approvals, the actions its state allows, and the timeline. */
export default function ReturnDetailPage() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const { can } = useViewer();
  const [step, setStep] = useState<Step>(null);
  const [notify, notice] = useNotice();
  const { data, loading, error, refetch } = useQuery(ReturnRequestQuery, { variables: { id } });
  const refetchList = { refetchQueries: ['AsReturnRequests'] };
  const [approve] = useMutation(ApproveReturnMutation, refetchList);
  const [reject] = useMutation(RejectReturnMutation, refetchList);
  const [cancel] = useMutation(CancelReturnMutation, refetchList);
  const [complete] = useMutation(CompleteReturnMutation, refetchList);
  const [exchange] = useMutation(CreateExchangeOrderMutation);

  if (loading && !data) return <LinearProgress />;
  if (error) return <Alert severity="error">{t('common.loadFailed', { message: error.message })}</Alert>;
  const request = data?.returnRequest;
  if (!request) return <Alert severity="warning" data-testid="return-missing">{t('as.return.notFound')}</Alert>;
  const { status, type } = request;
  const writable = can('return:write');
  const approver = can('return:approve');
  const goodsBack = type !== 'REFUND_ONLY';
  const refundable = writable && (status === 'APPROVED' || status === 'RECEIVED' || status === 'INSPECTED');
  const completable = writable && ((status === 'INSPECTED') || (status === 'APPROVED' && !goodsBack)) && (type !== 'EXCHANGE' || Boolean(request.exchangeOrder));
  const exchangeable = writable && type === 'EXCHANGE' && !request.exchangeOrder && ['APPROVED', 'RECEIVED', 'INSPECTED'].includes(status);

  const runNote = (kind: NoteStep) => async (note: string) => {
    const input = { id: request.id, note: note || null };
    const outcome = await runPayload(async () => {
      if (kind === 'approve') return (await approve({ variables: { input } })).data?.approveReturn;
      if (kind === 'reject') return (await reject({ variables: { input } })).data?.rejectReturn;
      if (kind === 'cancel') return (await cancel({ variables: { input } })).data?.cancelReturn;
      if (kind === 'complete') return (await complete({ variables: { input } })).data?.completeReturn;
      const result = (await exchange({ variables: { input: { id: request.id, note: note || null } } })).data?.createExchangeOrder;
      await refetch();
      return result;
    });
    if (outcome.ok) {
      setStep(null);
      notify(t(`as.return.done.${kind}`, { code: request.code }));
    }
    return outcome.errors;
  };
  const closeAnd = (message: string) => () => { setStep(null); notify(message); };

  return (
    <div data-testid="return-detail">
      <Button component={RouterLink} to="/after-sales/returns" startIcon={<ArrowBackIcon />} sx={{ mb: 1 }}>{t('as.return.back')}</Button>
      <PageHeader
        title={`${t(`as.enum.returnType.${type}`)} ${request.code}`}
        subtitle={`${t('as.return.order')} ${request.orderCode} · ${request.buyerAccount ?? request.receiverName}`}
        actions={(
          <>
            {approver && status === 'REQUESTED' && <Button variant="contained" color="success" onClick={() => setStep('approve')} data-testid="return-approve">{t('as.return.approve')}</Button>}
            {approver && status === 'REQUESTED' && <Button color="error" onClick={() => setStep('reject')} data-testid="return-reject">{t('as.return.reject')}</Button>}
            {writable && goodsBack && status === 'APPROVED' && <Button variant="contained" onClick={() => setStep('receive')} data-testid="return-receive">{t('as.return.receive')}</Button>}
            {writable && status === 'RECEIVED' && <Button variant="contained" onClick={() => setStep('inspect')} data-testid="return-inspect">{t('as.return.inspect')}</Button>}
            {exchangeable && <Button variant="outlined" onClick={() => setStep('exchange')} data-testid="return-exchange">{t('as.return.exchangeOrder')}</Button>}
            {refundable && <Button variant="outlined" onClick={() => setStep('refund')} data-testid="return-refund">{t('as.refund.request')}</Button>}
            {completable && <Button variant="contained" color="success" onClick={() => setStep('complete')} data-testid="return-complete">{t('as.return.complete')}</Button>}
            {writable && (status === 'REQUESTED' || status === 'APPROVED') && <Button color="inherit" onClick={() => setStep('cancel')} data-testid="return-cancel">{t('as.return.cancel')}</Button>}
          </>
        )}
      />
      <Grid container spacing={2}>
        <Grid size={{ xs: 12, md: 8 }}>
          <Stack spacing={2}>
            <Card>
              <CardContent>
                <Stack direction="row" spacing={2} sx={{ mb: 2, alignItems: 'center', flexWrap: 'wrap' }}>
                  <Chip color={RETURN_STATUS_COLOR[status]} label={t(`as.enum.returnStatus.${status}`)} data-testid="return-status" data-status={status} />
                  <Typography variant="body2">{t('as.return.reason')}: {t(`as.enum.returnReason.${request.reasonCode}`)}</Typography>
                  {request.complaintCode && <Typography variant="body2">{t('as.return.complaint')}: {request.complaintCode}</Typography>}
                  {request.warehouse && <Typography variant="body2" data-testid="return-warehouse">{t('as.return.warehouse')}: {warehouseLabel(request.warehouse)}</Typography>}
                  {request.exchangeOrder && (
                    <Typography variant="body2">{t('as.return.exchangeOrder')}: <Link component={RouterLink} to={`/customer-service/orders/${request.exchangeOrder.id}`}>{request.exchangeOrder.code}</Link></Typography>
                  )}
                </Stack>
                {request.note && <Typography variant="body2" sx={{ mb: 1, whiteSpace: 'pre-wrap' }}>{request.note}</Typography>}
                <Typography variant="body2" color="text.secondary">
                  {t('as.return.createdAt')}: {formatDateTime(request.createdAt, lang)}
                  {request.receivedAt ? ` · ${t('as.return.receivedAt')}: ${formatDateTime(request.receivedAt, lang)}` : ''}
                  {request.requestedRefundFen ? ` · ${t('as.return.requestedRefund')}: ${formatFen(request.requestedRefundFen)}` : ''}
                  {` · ${t('as.return.paid')}: ${formatFen(request.order.paidFen)}`}
                </Typography>
                <Box sx={{ overflowX: 'auto', mt: 2 }}>
                  <Table size="small" data-testid="return-lines">
                    <TableHead>
                      <TableRow>
                        <TableCell>{t('inventory.skuCode')}</TableCell>
                        <TableCell>{t('as.return.item')}</TableCell>
                        <TableCell align="right">{t('as.return.units')}</TableCell>
                        <TableCell align="right">{t('as.enum.inspection.RESTOCK')}</TableCell>
                        <TableCell align="right">{t('as.enum.inspection.DEFECTIVE')}</TableCell>
                        <TableCell align="right">{t('as.return.toInspect')}</TableCell>
                      </TableRow>
                    </TableHead>
                    <TableBody>
                      {request.lines.map((line) => (
                        <TableRow key={line.id} data-testid={`return-line-${line.skuCode}`}>
                          <TableCell>{line.skuCode}</TableCell>
                          <TableCell>{line.title}</TableCell>
                          <TableCell align="right">{line.quantity}</TableCell>
                          <TableCell align="right" data-testid="line-restocked">{line.restockedQuantity}</TableCell>
                          <TableCell align="right" data-testid="line-defective" sx={{ color: line.defectiveQuantity ? 'error.main' : undefined }}>{line.defectiveQuantity}</TableCell>
                          <TableCell align="right">{goodsBack ? line.uninspectedQuantity : '—'}</TableCell>
                        </TableRow>
                      ))}
                    </TableBody>
                  </Table>
                </Box>
              </CardContent>
            </Card>
            {request.inspections.length > 0 && (
              <Card>
                <CardContent>
                  <Typography variant="h6" gutterBottom>{t('as.return.inspections')}</Typography>
                  <Table size="small" data-testid="return-inspections">
                    <TableHead>
                      <TableRow>
                        <TableCell>{t('inventory.skuCode')}</TableCell>
                        <TableCell>{t('as.return.outcome')}</TableCell>
                        <TableCell align="right">{t('as.return.units')}</TableCell>
                        <TableCell>{t('as.return.warehouse')}</TableCell>
                        <TableCell>{t('as.return.inspector')}</TableCell>
                        <TableCell>{t('as.return.inspectNote')}</TableCell>
                      </TableRow>
                    </TableHead>
                    <TableBody>
                      {request.inspections.map((i) => (
                        <TableRow key={i.id}>
                          <TableCell>{i.sku.code}</TableCell>
                          <TableCell><Chip size="small" color={i.outcome === 'DEFECTIVE' ? 'error' : 'success'} label={t(`as.enum.inspection.${i.outcome}`)} /></TableCell>
                          <TableCell align="right">{i.quantity}</TableCell>
                          <TableCell>{warehouseLabel(i.warehouse)}</TableCell>
                          <TableCell>{i.inspectorLabel}</TableCell>
                          <TableCell>{i.note}</TableCell>
                        </TableRow>
                      ))}
                    </TableBody>
                  </Table>
                </CardContent>
              </Card>
            )}
            <Card>
              <CardContent>
                <Typography variant="h6" gutterBottom>{t('as.refund.title')}</Typography>
                {request.refunds.length === 0 ? <Typography color="text.secondary">{t('as.refund.none')}</Typography> : (
                  <Table size="small" data-testid="return-refunds">
                    <TableHead>
                      <TableRow>
                        <TableCell>{t('as.refund.code')}</TableCell>
                        <TableCell align="right">{t('as.refund.amount')}</TableCell>
                        <TableCell>{t('as.refund.status')}</TableCell>
                        <TableCell>{t('as.refund.approvals')}</TableCell>
                        <TableCell />
                      </TableRow>
                    </TableHead>
                    <TableBody>
                      {request.refunds.map((r) => (
                        <TableRow key={r.id} data-testid={`refund-${r.code}`}>
                          <TableCell>{r.code}</TableCell>
                          <TableCell align="right">{formatFen(r.amountFen)}</TableCell>
                          <TableCell><Chip size="small" color={REFUND_STATUS_COLOR[r.status]} label={t(`as.enum.refundStatus.${r.status}`)} data-status={r.status} /></TableCell>
                          <TableCell>
                            {[r.firstApproverLabel, r.secondApproverLabel].filter(Boolean).join(' · ') || refundStep(t, r)}
                          </TableCell>
                          <TableCell><RefundActions refund={r} notify={notify} testId={`refund-${r.code}`} /></TableCell>
                        </TableRow>
                      ))}
                    </TableBody>
                  </Table>
                )}
                <Typography variant="body2" sx={{ mt: 1 }}>{t('as.return.refunded')}: {formatFen(request.refundedFen)}</Typography>
              </CardContent>
            </Card>
          </Stack>
        </Grid>
        <Grid size={{ xs: 12, md: 4 }}>
          <Card>
            <CardContent>
              <Typography variant="h6" gutterBottom>{t('common.history')}</Typography>
              <HistoryTimeline events={request.timeline} stateLabel={(s) => t(`as.enum.returnStatus.${s}`, { defaultValue: s })} testId="return-history" />
            </CardContent>
          </Card>
        </Grid>
      </Grid>
      {(step === 'approve' || step === 'reject' || step === 'cancel' || step === 'complete' || step === 'exchange') && (
        <NoteDialog
          title={t(`as.return.confirm.${step}`, { code: request.code })}
          confirmLabel={t(`as.return.confirmLabel.${step}`)}
          confirmColor={step === 'reject' || step === 'cancel' ? 'error' : 'primary'}
          noteRequired={step === 'reject' || step === 'cancel'}
          onSubmit={runNote(step)}
          onClose={() => setStep(null)}
          testId={`return-${step}-dialog`}
        />
      )}
      {step === 'receive' && <ReceiveReturnDialog returnId={request.id} code={request.code} onClose={() => setStep(null)} onDone={closeAnd(t('as.return.done.receive', { code: request.code }))} />}
      {step === 'inspect' && <InspectReturnDialog returnId={request.id} code={request.code} lines={request.lines} onClose={() => setStep(null)} onDone={closeAnd(t('as.return.done.inspect', { code: request.code }))} />}
      {step === 'refund' && (
        <RequestRefundDialog returnId={request.id} code={request.code} suggestedFen={request.requestedRefundFen}
          onClose={() => setStep(null)} onDone={closeAnd(t('as.return.done.refund', { code: request.code }))} />
      )}
      {notice}
    </div>
  );
}
