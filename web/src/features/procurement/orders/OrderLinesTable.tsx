import { Box, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { formatFen } from '../../../lib/ui/format';
import { skuTitle } from '../../../lib/inventory/skuLabel';

interface Line {
  id: string; quantity: number; unitPrice: number; amount: number; receivedQuantity: number; acceptedQuantity: number; rejectedQuantity: number;
  returnedQuantity: number; openQuantity: number; sku: { code: string; product?: { title: string } | null; spec?: readonly { value: string }[] | null };
}

/** An order's lines: ordered, received, accepted, rejected, returned and still open, with price and amount. */
export function OrderLinesTable({ lines, total }: { lines: readonly Line[]; total: number }) {
  const { t } = useTranslation();
  const sum = (key: 'quantity' | 'receivedQuantity' | 'acceptedQuantity' | 'rejectedQuantity' | 'returnedQuantity' | 'openQuantity') => lines.reduce((s, l) => s + l[key], 0);
  return (
    <Box sx={{ overflowX: 'auto' }}>
      <Table size="small" data-testid="po-lines">
        <TableHead>
          <TableRow>
            <TableCell>{t('proc.common.sku')}</TableCell>
            <TableCell align="right">{t('proc.po.ordered')}</TableCell>
            <TableCell align="right">{t('proc.po.received')}</TableCell>
            <TableCell align="right">{t('proc.po.accepted')}</TableCell>
            <TableCell align="right">{t('proc.po.rejected')}</TableCell>
            <TableCell align="right">{t('proc.po.returned')}</TableCell>
            <TableCell align="right">{t('proc.po.open')}</TableCell>
            <TableCell align="right">{t('proc.common.unitPrice')}</TableCell>
            <TableCell align="right">{t('proc.common.amount')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {lines.map((l) => (
            <TableRow key={l.id} data-testid={`po-line-${l.sku.code}`}>
              <TableCell>{l.sku.code}<Typography variant="caption" component="div" color="text.secondary">{skuTitle(l.sku)}</Typography></TableCell>
              <TableCell align="right" data-testid="po-line-ordered">{l.quantity}</TableCell>
              <TableCell align="right" data-testid="po-line-received">{l.receivedQuantity}</TableCell>
              <TableCell align="right" data-testid="po-line-accepted" sx={{ color: 'success.main' }}>{l.acceptedQuantity}</TableCell>
              <TableCell align="right" data-testid="po-line-rejected" sx={{ color: l.rejectedQuantity ? 'error.main' : undefined, fontWeight: l.rejectedQuantity ? 600 : undefined }}>{l.rejectedQuantity}</TableCell>
              <TableCell align="right" data-testid="po-line-returned">{l.returnedQuantity}</TableCell>
              <TableCell align="right" data-testid="po-line-open">{l.openQuantity}</TableCell>
              <TableCell align="right">{formatFen(l.unitPrice)}</TableCell>
              <TableCell align="right">{formatFen(l.amount)}</TableCell>
            </TableRow>
          ))}
          <TableRow>
            <TableCell sx={{ fontWeight: 600 }}>{t('proc.common.total')}</TableCell>
            <TableCell align="right" sx={{ fontWeight: 600 }}>{sum('quantity')}</TableCell>
            <TableCell align="right" sx={{ fontWeight: 600 }}>{sum('receivedQuantity')}</TableCell>
            <TableCell align="right" sx={{ fontWeight: 600 }}>{sum('acceptedQuantity')}</TableCell>
            <TableCell align="right" sx={{ fontWeight: 600 }}>{sum('rejectedQuantity')}</TableCell>
            <TableCell align="right" sx={{ fontWeight: 600 }}>{sum('returnedQuantity')}</TableCell>
            <TableCell align="right" sx={{ fontWeight: 600 }}>{sum('openQuantity')}</TableCell>
            <TableCell />
            <TableCell align="right" sx={{ fontWeight: 600 }} data-testid="po-total">{formatFen(total)}</TableCell>
          </TableRow>
        </TableBody>
      </Table>
    </Box>
  );
}
