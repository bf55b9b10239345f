import { Box, Card, CardContent, Chip, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { formatDateTime, formatFen } from '../../../lib/ui/format';

interface Receipt {
  id: string; code: string; receivedAt: string; receivedQuantity: number; acceptedQuantity: number; rejectedQuantity: number; payableAmount: number; onTime: boolean;
  note?: string | null; receivedBy?: { name: string } | null;
  lines: readonly { id: string; receivedQuantity: number; acceptedQuantity: number; rejectedQuantity: number; rejectReason?: string | null; sku: { code: string } }[];
}

/** The receipts (入库单) of an order with their quality-check results and the payable each created. */
export function ReceiptsCard({ receipts }: { receipts: readonly Receipt[] }) {
  const { t, i18n } = useTranslation();
  return (
    <Card>
      <CardContent>
        <Typography variant="h6" gutterBottom>{t('proc.po.receipts')}</Typography>
        {receipts.length === 0 ? <Typography color="text.secondary">{t('proc.po.noReceipts')}</Typography> : (
          <Stack spacing={2} data-testid="po-receipts">
            {receipts.map((r) => (
              <Box key={r.id} data-testid={`po-receipt-${r.code}`}>
                <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
                  <Typography variant="subtitle2">{r.code}</Typography>
                  <Typography variant="body2" color="text.secondary">{formatDateTime(r.receivedAt, i18n.language)} · {r.receivedBy?.name}</Typography>
                  <Chip size="small" color={r.onTime ? 'success' : 'warning'} variant="outlined" label={r.onTime ? t('proc.receive.onTime') : t('proc.receive.late')} />
                  <Typography variant="body2" sx={{ ml: 'auto' }}>{t('proc.receive.payable')}: <b data-testid="receipt-payable">{formatFen(r.payableAmount)}</b></Typography>
                </Stack>
                <Table size="small">
                  <TableHead>
                    <TableRow>
                      <TableCell>{t('proc.common.sku')}</TableCell>
                      <TableCell align="right">{t('proc.po.received')}</TableCell>
                      <TableCell align="right">{t('proc.po.accepted')}</TableCell>
                      <TableCell align="right">{t('proc.po.rejected')}</TableCell>
                      <TableCell>{t('proc.receive.rejectReason')}</TableCell>
                    </TableRow>
                  </TableHead>
                  <TableBody>
                    {r.lines.map((l) => (
                      <TableRow key={l.id}>
                        <TableCell>{l.sku.code}</TableCell>
                        <TableCell align="right">{l.receivedQuantity}</TableCell>
                        <TableCell align="right">{l.acceptedQuantity}</TableCell>
                        <TableCell align="right" sx={{ color: l.rejectedQuantity ? 'error.main' : undefined }}>{l.rejectedQuantity}</TableCell>
                        <TableCell>{l.rejectReason ?? ''}</TableCell>
                      </TableRow>
                    ))}
                  </TableBody>
                </Table>
                {r.note && <Typography variant="body2" sx={{ mt: 0.5 }}>{t('common.note')}: {r.note}</Typography>}
              </Box>
            ))}
          </Stack>
        )}
      </CardContent>
    </Card>
  );
}
