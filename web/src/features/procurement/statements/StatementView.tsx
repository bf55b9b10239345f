import { Box, Grid, Paper, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import type { ResultOf } from '@graphql-typed-document-node/core';
import { formatDateTime, formatFen } from '../../../lib/ui/format';
import type { SupplierStatementQuery } from './operations';

type Statement = ResultOf<typeof SupplierStatementQuery>['supplierStatement'];

function Figure({ label, value, testId, color }: { label: string; value: number; testId: string; color?: string }) {
  return (
    <Paper variant="outlined" sx={{ p: 1.5 }}>
      <Typography variant="caption" color="text.secondary">{label}</Typography>
      <Typography variant="h6" sx={{ color }} data-testid={testId} data-fen={value}>{formatFen(value)}</Typography>
    </Paper>
  );
}

/** A supplier statement (对账单): opening balance, the period's payables, payments and credits, each entry with the running balance, closing balance. */
export function StatementView({ statement }: { statement: Statement }) {
  const { t, i18n } = useTranslation();
  return (
    <Box data-testid="statement">
      <Grid container spacing={2} sx={{ mb: 2 }}>
        <Grid size={{ xs: 6, md: 2.4 }}><Figure label={t('proc.statement.opening')} value={statement.openingBalance} testId="statement-opening" /></Grid>
        <Grid size={{ xs: 6, md: 2.4 }}><Figure label={t('proc.statement.payables')} value={statement.payable} testId="statement-payable" /></Grid>
        <Grid size={{ xs: 6, md: 2.4 }}><Figure label={t('proc.statement.payments')} value={statement.paid} testId="statement-paid" color="success.main" /></Grid>
        <Grid size={{ xs: 6, md: 2.4 }}><Figure label={t('proc.statement.credits')} value={statement.credited} testId="statement-credited" color="success.main" /></Grid>
        <Grid size={{ xs: 12, md: 2.4 }}><Figure label={t('proc.statement.closing')} value={statement.closingBalance} testId="statement-closing" color="primary.main" /></Grid>
      </Grid>
      <Typography variant="subtitle1" gutterBottom>{t('proc.statement.entries')}</Typography>
      {statement.lines.length === 0 ? <Typography color="text.secondary" data-testid="statement-empty">{t('proc.statement.noEntries')}</Typography> : (
        <Box sx={{ overflowX: 'auto' }}>
          <Table size="small" data-testid="statement-entries">
            <TableHead>
              <TableRow>
                <TableCell>{t('proc.common.day')}</TableCell>
                <TableCell>{t('proc.statement.kind')}</TableCell>
                <TableCell>{t('proc.statement.source')}</TableCell>
                <TableCell>{t('proc.statement.reference')}</TableCell>
                <TableCell align="right">{t('proc.statement.delta')}</TableCell>
                <TableCell align="right">{t('proc.statement.balance')}</TableCell>
                <TableCell>{t('common.note')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              <TableRow>
                <TableCell colSpan={5}>{t('proc.statement.opening')}</TableCell>
                <TableCell align="right">{formatFen(statement.openingBalance)}</TableCell>
                <TableCell />
              </TableRow>
              {statement.lines.map(({ entry: e, balanceAfter }) => (
                <TableRow key={e.id} data-testid={`statement-entry-${e.kind}`}>
                  <TableCell title={formatDateTime(e.occurredAt, i18n.language)}>{e.businessDay}</TableCell>
                  <TableCell>{t(`proc.enum.entryKind.${e.kind}`)}{e.method ? ` · ${t(`proc.enum.paymentMethod.${e.method}`)}` : ''}</TableCell>
                  <TableCell>{e.sourceCode ?? '—'}</TableCell>
                  <TableCell>{e.reference ?? ''}</TableCell>
                  <TableCell align="right" sx={{ color: e.balanceDelta < 0 ? 'success.main' : undefined }} data-testid="statement-entry-delta">{formatFen(e.balanceDelta)}</TableCell>
                  <TableCell align="right">{formatFen(balanceAfter)}</TableCell>
                  <TableCell>{e.note}</TableCell>
                </TableRow>
              ))}
              <TableRow>
                <TableCell colSpan={5} sx={{ fontWeight: 600 }}>{t('proc.statement.closing')}</TableCell>
                <TableCell align="right" sx={{ fontWeight: 600 }}>{formatFen(statement.closingBalance)}</TableCell>
                <TableCell />
              </TableRow>
            </TableBody>
          </Table>
        </Box>
      )}
    </Box>
  );
}
