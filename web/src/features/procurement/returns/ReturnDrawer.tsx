import { useState } from 'react';
import { useMutation } from '@apollo/client/react';
import CloseIcon from '@mui/icons-material/Close';
import { Box, Button, Drawer, IconButton, Stack, Table, TableBody, TableCell, TableHead, TableRow, TextField, Toolbar, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import type { ResultOf } from '@graphql-typed-document-node/core';
import { useViewer } from '../../../lib/auth';
import { HistoryTimeline } from '../../../lib/ui/HistoryTimeline';
import { NoteDialog } from '../../../lib/ui/NoteDialog';
import { runPayload } from '../../../lib/ui/payload';
import { formatDateTime, formatFen } from '../../../lib/ui/format';
import { skuTitle } from '../../../lib/inventory/skuLabel';
import { warehouseLabel } from '../../../lib/inventory/WarehouseSelect';
import { InfoRow } from '../shared/InfoRow';
import { StatusChip } from '../shared/StatusChip';
import { supplierLabel } from '../shared/SupplierPicker';
import { CancelPurchaseReturnMutation, CreditPurchaseReturnMutation, ShipPurchaseReturnMutation, type PurchaseReturnsQuery } from './operations';

type Return = ResultOf<typeof PurchaseReturnsQuery>['purchaseReturns']['nodes'][number];
type Step = 'ship' | 'credit' | 'cancel';

/** One purchase return: its lines, the steps its state allows (ship back, book the credit, cancel) and history. */
export function ReturnDrawer({ ret, onClose, onDone }: { ret: Return; onClose: () => void; onDone: (message: string) => void }) {
  const { t, i18n } = useTranslation();
  const { can } = useViewer();
  const [step, setStep] = useState<Step | null>(null);
  const [creditRef, setCreditRef] = useState('');
  const refetch = { refetchQueries: ['PurchaseReturns', 'ProcDefectiveHoldings', 'SupplierStatement', 'SupplierBalances'] };
  const [ship] = useMutation(ShipPurchaseReturnMutation, refetch);
  const [credit] = useMutation(CreditPurchaseReturnMutation, refetch);
  const [cancel] = useMutation(CancelPurchaseReturnMutation, refetch);
  const writable = can('purchase:write');

  const run = (kind: Step) => async (note: string) => {
    const input = { id: ret.id, note: note || null };
    const outcome = await runPayload(async () => {
      if (kind === 'ship') return (await ship({ variables: { input } })).data?.shipPurchaseReturn;
      if (kind === 'credit') return (await credit({ variables: { input: { ...input, creditReference: creditRef.trim() || null } } })).data?.creditPurchaseReturn;
      return (await cancel({ variables: { input } })).data?.cancelPurchaseReturn;
    });
    if (outcome.ok) {
      setStep(null);
      onDone(t(`proc.returns.done.${kind}`, { code: ret.code }));
    }
    return outcome.errors;
  };

  return (
    <Drawer anchor="right" open onClose={onClose} slotProps={{ paper: { sx: { width: { xs: '100%', md: 640 }, p: 2 } } }}>
      {/* The app bar sits above drawers; this keeps the header (code, state, close) below it. */}
      <Toolbar />
      <Box data-testid="return-detail">
        <Stack direction="row" spacing={1} sx={{ alignItems: 'center', mb: 1 }}>
          <Typography variant="h6" sx={{ flexGrow: 1 }}>{ret.code}</Typography>
          <StatusChip kind="returnStatus" status={ret.status} testId="return-status" />
          {/* Full width on phones, where there is no backdrop left to click. */}
          <IconButton onClick={onClose} aria-label={t('common.close')} data-testid="return-close"><CloseIcon /></IconButton>
        </Stack>
        <InfoRow label={t('proc.common.supplier')}>{supplierLabel(ret.supplier)}</InfoRow>
        <InfoRow label={t('proc.common.warehouse')}>{warehouseLabel(ret.warehouse)}</InfoRow>
        <InfoRow label={t('proc.common.amount')}>{formatFen(ret.totalAmount)}</InfoRow>
        <InfoRow label={t('proc.returns.shippedAt')}>{ret.shippedAt ? formatDateTime(ret.shippedAt, i18n.language) : null}</InfoRow>
        <InfoRow label={t('proc.returns.creditReference')}>{ret.creditReference}</InfoRow>
        {ret.note && <InfoRow label={t('common.note')}>{ret.note}</InfoRow>}
        <Typography variant="subtitle2" sx={{ mt: 2 }}>{t('proc.returns.lines')}</Typography>
        <Table size="small">
          <TableHead>
            <TableRow>
              <TableCell>{t('proc.common.sku')}</TableCell>
              <TableCell>{t('proc.returns.source')}</TableCell>
              <TableCell align="right">{t('proc.common.quantity')}</TableCell>
              <TableCell align="right">{t('proc.common.unitPrice')}</TableCell>
              <TableCell>{t('proc.returns.reason')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {ret.lines.map((l) => (
              <TableRow key={l.id}>
                <TableCell>{l.sku.code}<Typography variant="caption" component="div" color="text.secondary">{skuTitle(l.sku)}</Typography></TableCell>
                <TableCell>{t(`proc.enum.returnSource.${l.source}`)}</TableCell>
                <TableCell align="right">{l.quantity}</TableCell>
                <TableCell align="right">{formatFen(l.unitPrice)}</TableCell>
                <TableCell>{l.reason}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
        {writable && (
          <Stack direction="row" spacing={1} sx={{ my: 2 }}>
            {ret.status === 'DRAFT' && <Button variant="contained" onClick={() => setStep('ship')} data-testid="return-ship">{t('proc.returns.ship')}</Button>}
            {ret.status === 'SHIPPED' && <Button variant="contained" onClick={() => setStep('credit')} data-testid="return-credit">{t('proc.returns.credit')}</Button>}
            {ret.status === 'DRAFT' && <Button color="error" onClick={() => setStep('cancel')} data-testid="return-cancel">{t('proc.returns.cancel')}</Button>}
          </Stack>
        )}
        <Typography variant="subtitle2" sx={{ mt: 2 }}>{t('common.history')}</Typography>
        <HistoryTimeline events={ret.history} stateLabel={(s) => t(`proc.enum.returnStatus.${s}`, { defaultValue: s })} testId="return-history" />
      </Box>
      {step && (
        <NoteDialog title={t(`proc.returns.confirm.${step}`, { code: ret.code })} confirmLabel={t(`proc.returns.${step}`)} confirmColor={step === 'cancel' ? 'error' : 'primary'}
          body={step === 'credit' ? <TextField size="small" label={t('proc.returns.creditReference')} value={creditRef} onChange={(e) => setCreditRef(e.target.value)} /> : undefined}
          onSubmit={run(step)} onClose={() => setStep(null)} testId={`return-${step}-dialog`} />
      )}
    </Drawer>
  );
}
