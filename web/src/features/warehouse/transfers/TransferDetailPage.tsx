import { useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import {
  Alert, Box, Button, Card, CardContent, Chip, Grid, LinearProgress, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography,
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
import { formatDateTime, formatSigned } from '../../../lib/ui/format';
import { skuTitle } from '../../../lib/inventory/skuLabel';
import { warehouseLabel } from '../../../lib/inventory/WarehouseSelect';
import { CancelTransferMutation, CloseTransferMutation, ShipTransferMutation, TransferQuery } from './operations';
import { TRANSFER_STATUS_COLOR } from './status';
import { ReceiveDialog } from './ReceiveDialog';

type Step = 'ship' | 'close' | 'cancel' | 'receive' | null;

/** One transfer: its lines (sent, received, variance), the actions its state allows, and its history. */
export default function TransferDetailPage() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation();
  const { can } = useViewer();
  const [step, setStep] = useState<Step>(null);
  const [notify, notice] = useNotice();
  const { data, loading, error } = useQuery(TransferQuery, { variables: { id } });
  const refetch = { refetchQueries: ['Transfers', 'StockLevels', 'WarehouseSummary'] };
  const [ship] = useMutation(ShipTransferMutation, refetch);
  const [close] = useMutation(CloseTransferMutation, refetch);
  const [cancel] = useMutation(CancelTransferMutation, refetch);

  if (loading && !data) return <LinearProgress />;
  if (error) return <Alert severity="error">{t('common.loadFailed', { message: error.message })}</Alert>;
  const transfer = data?.transfer;
  if (!transfer) return <Alert severity="warning" data-testid="transfer-missing">{t('transfers.notFound')}</Alert>;
  const writable = can('transfer:write');
  const status = transfer.status;
  const totalSent = transfer.lines.reduce((s, l) => s + l.quantity, 0);
  const totalVariance = transfer.lines.reduce((s, l) => s + (l.variance ?? 0), 0);

  const runStep = (kind: 'ship' | 'close' | 'cancel') => async (note: string) => {
    const input = { id: transfer.id, note: note || null };
    const outcome = await runPayload(async () => {
      if (kind === 'ship') return (await ship({ variables: { input } })).data?.shipTransfer;
      if (kind === 'close') return (await close({ variables: { input } })).data?.closeTransfer;
      return (await cancel({ variables: { input } })).data?.cancelTransfer;
    });
    if (outcome.ok) {
      setStep(null);
      notify(t(`transfers.done.${kind}`, { code: transfer.code }));
    }
    return outcome.errors;
  };

  return (
    <div data-testid="transfer-detail">
      <Button component={RouterLink} to="/warehouse/transfers" startIcon={<ArrowBackIcon />} sx={{ mb: 1 }}>{t('transfers.backToList')}</Button>
      <PageHeader
        title={`${t('transfers.titleOne')} ${transfer.code}`}
        subtitle={`${warehouseLabel(transfer.fromWarehouse)} → ${warehouseLabel(transfer.toWarehouse)}`}
        actions={writable && (
          <>
            {status === 'DRAFT' && <Button variant="contained" onClick={() => setStep('ship')} data-testid="transfer-ship">{t('transfers.ship')}</Button>}
            {status === 'DRAFT' && <Button color="error" onClick={() => setStep('cancel')} data-testid="transfer-cancel">{t('transfers.cancel')}</Button>}
            {status === 'SHIPPED' && <Button variant="contained" onClick={() => setStep('receive')} data-testid="transfer-receive">{t('transfers.receive')}</Button>}
            {status === 'RECEIVED' && <Button variant="contained" onClick={() => setStep('close')} data-testid="transfer-close">{t('transfers.close')}</Button>}
          </>
        )}
      />
      <Grid container spacing={2}>
        <Grid size={{ xs: 12, md: 8 }}>
          <Card>
            <CardContent>
              <Stack direction="row" spacing={2} sx={{ mb: 2, alignItems: 'center', flexWrap: 'wrap' }}>
                <Chip color={TRANSFER_STATUS_COLOR[status]} label={t(`transferStatus.${status}`)} data-testid="transfer-status" data-status={status} />
                <Typography variant="body2" color="text.secondary">{t('inventory.createdAt')}: {formatDateTime(transfer.createdAt, i18n.language)}</Typography>
                {transfer.note && <Typography variant="body2">{t('common.note')}: {transfer.note}</Typography>}
              </Stack>
              <Box sx={{ overflowX: 'auto' }}>
                <Table size="small" data-testid="transfer-lines">
                  <TableHead>
                    <TableRow>
                      <TableCell>{t('inventory.skuCode')}</TableCell>
                      <TableCell align="right">{t('transfers.sent')}</TableCell>
                      <TableCell align="right">{t('transfers.received')}</TableCell>
                      <TableCell align="right">{t('transfers.variance')}</TableCell>
                    </TableRow>
                  </TableHead>
                  <TableBody>
                    {transfer.lines.map((line) => (
                      <TableRow key={line.id} data-testid={`transfer-line-${line.sku.code}`}>
                        <TableCell>{line.sku.code}<Typography variant="caption" component="div" color="text.secondary">{skuTitle(line.sku)}</Typography></TableCell>
                        <TableCell align="right">{line.quantity}</TableCell>
                        <TableCell align="right">{line.receivedQuantity ?? '—'}</TableCell>
                        <TableCell align="right" sx={{ color: (line.variance ?? 0) < 0 ? 'error.main' : undefined, fontWeight: line.variance ? 600 : undefined }}
                          data-testid="line-variance">
                          {formatSigned(line.variance)}
                        </TableCell>
                      </TableRow>
                    ))}
                    <TableRow>
                      <TableCell sx={{ fontWeight: 600 }}>{t('transfers.total')}</TableCell>
                      <TableCell align="right" sx={{ fontWeight: 600 }}>{totalSent}</TableCell>
                      <TableCell />
                      <TableCell align="right" sx={{ fontWeight: 600 }} data-testid="transfer-total-variance">
                        {status === 'RECEIVED' || status === 'CLOSED' ? formatSigned(totalVariance) : '—'}
                      </TableCell>
                    </TableRow>
                  </TableBody>
                </Table>
              </Box>
              {totalVariance < 0 && <Alert severity="warning" sx={{ mt: 2 }} data-testid="transfer-shortfall">{t('transfers.shortfall', { count: -totalVariance })}</Alert>}
            </CardContent>
          </Card>
        </Grid>
        <Grid size={{ xs: 12, md: 4 }}>
          <Card>
            <CardContent>
              <Typography variant="h6" gutterBottom>{t('common.history')}</Typography>
              <HistoryTimeline events={transfer.history} stateLabel={(s) => t(`transferStatus.${s}`, { defaultValue: s })} testId="transfer-history" />
            </CardContent>
          </Card>
        </Grid>
      </Grid>
      {(step === 'ship' || step === 'close' || step === 'cancel') && (
        <NoteDialog
          title={t(`transfers.confirm.${step}Title`, { code: transfer.code })}
          body={<Typography>{t(`transfers.confirm.${step}Body`)}</Typography>}
          confirmLabel={t(`transfers.${step}`)}
          confirmColor={step === 'cancel' ? 'error' : 'primary'}
          onSubmit={runStep(step)}
          onClose={() => setStep(null)}
          testId={`transfer-${step}-dialog`}
        />
      )}
      {step === 'receive' && (
        <ReceiveDialog transferId={transfer.id} lines={transfer.lines} onClose={() => setStep(null)}
          onDone={(shortfall) => { setStep(null); notify(shortfall > 0 ? t('transfers.receivedShort', { count: shortfall }) : t('transfers.done.receive', { code: transfer.code })); }} />
      )}
      {notice}
    </div>
  );
}
