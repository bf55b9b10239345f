import { useMutation, useQuery } from '@apollo/client/react';
import {
  Alert, Button, Chip, Dialog, DialogActions, DialogContent, DialogTitle, LinearProgress, Table, TableBody, TableCell, TableHead, TableRow, Typography,
} from '@mui/material';
import { useTranslation } from 'react-i18next';
import { useViewer } from '../../../lib/auth';
import { useErrorText } from '../../../lib/ui/useErrorText';
import { runPayload } from '../../../lib/ui/payload';
import { formatDateTime, formatFen } from '../../../lib/ui/format';
import { CancelPriceChangeMutation, SkuPricesQuery } from './priceOperations';

export const PRICE_STATUS_COLOR = { PENDING: 'warning', APPROVED: 'success', REJECTED: 'error', CANCELLED: 'default' } as const;

/** A SKU's price history (every approved change) and its price-change requests; one's own pending one can be withdrawn. */
export function SkuPricesDialog({ sku, onClose, onMessage }: { sku: { id: string; code: string }; onClose: () => void; onMessage: (m: string, ok: boolean) => void }) {
  const { t, i18n } = useTranslation();
  const errorText = useErrorText();
  const { user, can } = useViewer();
  const { data, loading, error } = useQuery(SkuPricesQuery, { variables: { skuId: sku.id }, fetchPolicy: 'network-only' });
  const [cancel] = useMutation(CancelPriceChangeMutation, { refetchQueries: ['SkuPrices', 'PriceChanges'] });
  const lang = i18n.language;

  const withdraw = async (id: string) => {
    const outcome = await runPayload(async () => (await cancel({ variables: { input: { id } } })).data?.cancelPriceChange);
    onMessage(outcome.ok ? t('prices.withdrawn') : outcome.errors.map(errorText).join('；'), outcome.ok);
  };

  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="md">
      <DialogTitle>{t('prices.historyTitle', { sku: sku.code })}</DialogTitle>
      <DialogContent data-testid="sku-prices">
        {loading && <LinearProgress />}
        {error && <Alert severity="error">{t('common.loadFailed', { message: error.message })}</Alert>}
        <Typography variant="subtitle1" sx={{ mt: 1 }}>{t('prices.history')}</Typography>
        <Table size="small" data-testid="price-history">
          <TableHead>
            <TableRow>
              <TableCell>{t('inventory.time')}</TableCell>
              <TableCell>{t('prices.kind')}</TableCell>
              <TableCell align="right">{t('prices.old')}</TableCell>
              <TableCell align="right">{t('prices.new')}</TableCell>
              <TableCell>{t('prices.changedBy')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {data?.priceHistory.map((h) => (
              <TableRow key={h.id}>
                <TableCell>{formatDateTime(h.at, lang)}</TableCell>
                <TableCell>{t(`priceKind.${h.kind}`)}</TableCell>
                <TableCell align="right">{formatFen(h.oldFen)}</TableCell>
                <TableCell align="right">{formatFen(h.newFen)}</TableCell>
                <TableCell>{h.changedByLabel}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
        <Typography variant="subtitle1" sx={{ mt: 3 }}>{t('prices.requests')}</Typography>
        <Table size="small" data-testid="price-requests">
          <TableHead>
            <TableRow>
              <TableCell>{t('inventory.createdAt')}</TableCell>
              <TableCell>{t('inventory.status')}</TableCell>
              <TableCell align="right">{t('prices.proposed')}</TableCell>
              <TableCell>{t('prices.reason')}</TableCell>
              <TableCell>{t('prices.proposer')}</TableCell>
              <TableCell>{t('prices.decision')}</TableCell>
              <TableCell />
            </TableRow>
          </TableHead>
          <TableBody>
            {data?.priceChanges.nodes.map((c) => (
              <TableRow key={c.id}>
                <TableCell>{formatDateTime(c.createdAt, lang)}</TableCell>
                <TableCell><Chip size="small" color={PRICE_STATUS_COLOR[c.status]} label={t(`priceChangeStatus.${c.status}`)} /></TableCell>
                <TableCell align="right">{t(`priceKind.${c.kind}`)} {formatFen(c.currentFen)} → {formatFen(c.proposedFen)}</TableCell>
                <TableCell>{c.reason}</TableCell>
                <TableCell>{c.proposedByName}</TableCell>
                <TableCell>{c.decidedByName ? `${c.decidedByName} · ${formatDateTime(c.decidedAt, lang)}${c.decisionNote ? ` · ${c.decisionNote}` : ''}` : '—'}</TableCell>
                <TableCell>
                  {c.status === 'PENDING' && c.proposedById === user?.id && can('price:propose') && (
                    <Button size="small" color="warning" onClick={() => void withdraw(c.id)}>{t('prices.withdraw')}</Button>
                  )}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </DialogContent>
      <DialogActions><Button onClick={onClose}>{t('common.close')}</Button></DialogActions>
    </Dialog>
  );
}
