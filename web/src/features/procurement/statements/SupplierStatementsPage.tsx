import { useState } from 'react';
import { useApolloClient, useQuery } from '@apollo/client/react';
import { Alert, Button, Paper, Stack, Table, TableBody, TableCell, TableHead, TableRow, TextField, Typography } from '@mui/material';
import DownloadIcon from '@mui/icons-material/Download';
import PaymentsIcon from '@mui/icons-material/Payments';
import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useViewer } from '../../../lib/auth';
import { PageHeader } from '../../../lib/ui/PageHeader';
import { useNotice } from '../../../lib/ui/useNotice';
import { downloadText } from '../../../lib/ui/download';
import { formatDateTime, formatFen } from '../../../lib/ui/format';
import { DAY_PATTERN, monthRange } from '../shared/days';
import { SupplierPicker, supplierLabel, type SupplierOption } from '../shared/SupplierPicker';
import { SupplierBalancesQuery, SupplierStatementCsvQuery, SupplierStatementQuery } from './operations';
import { StatementView } from './StatementView';
import { PaymentDialog } from './PaymentDialog';

/** Supplier accounts (往来账): what is owed to each supplier, and one supplier's statement for a period with CSV and payments. */
export default function SupplierStatementsPage() {
  const { t, i18n } = useTranslation();
  const { can } = useViewer();
  const client = useApolloClient();
  const [params, setParams] = useSearchParams();
  const [notify, notice] = useNotice();
  const [supplier, setSupplier] = useState<SupplierOption | null>(null);
  const [from, setFrom] = useState(monthRange().from);
  const [to, setTo] = useState(monthRange().to);
  const [paying, setPaying] = useState(false);
  const supplierId = supplier?.id ?? params.get('supplier');
  const rangeOk = DAY_PATTERN.test(from) && DAY_PATTERN.test(to) && from <= to;
  const balances = useQuery(SupplierBalancesQuery, { variables: { nonZeroOnly: false } });
  const { data, previousData, error } = useQuery(SupplierStatementQuery, {
    variables: { supplierId: supplierId ?? '', fromDay: from, toDay: to }, skip: !supplierId || !rangeOk, fetchPolicy: 'cache-and-network',
  });
  const statement = supplierId ? (data ?? previousData)?.supplierStatement : undefined;
  const owed = balances.data?.supplierBalances.find((b) => b.supplier.id === supplierId)?.balance ?? statement?.closingBalance ?? 0;

  const pick = (s: SupplierOption | null) => {
    setSupplier(s);
    setParams(s ? { supplier: s.id } : {}, { replace: true });
  };

  const exportCsv = async () => {
    if (!supplierId) return;
    try {
      const result = await client.query({ query: SupplierStatementCsvQuery, variables: { supplierId, fromDay: from, toDay: to }, fetchPolicy: 'no-cache' });
      if (result.data) downloadText(`statement-${statement?.supplier.code ?? supplierId}-${from}-${to}.csv`, result.data.supplierStatementCsv);
    } catch (e) {
      notify(e instanceof Error ? e.message : String(e), 'error');
    }
  };

  return (
    <div data-testid="statements-page">
      <PageHeader title={t('proc.statement.title')} subtitle={t('proc.statement.subtitle')}
        actions={statement && (
          <>
            <Button variant="outlined" startIcon={<DownloadIcon />} onClick={() => void exportCsv()} data-testid="statement-export">{t('common.exportCsv')}</Button>
            {can('ledger:write') && <Button variant="contained" startIcon={<PaymentsIcon />} onClick={() => setPaying(true)} data-testid="statement-pay">{t('proc.statement.recordPayment')}</Button>}
          </>
        )} />
      <Stack direction={{ xs: 'column', md: 'row' }} spacing={2} sx={{ mb: 2 }}>
        {can('partner:read') && <SupplierPicker value={supplier} onChange={pick} testId="statement-supplier" minWidth={280} />}
        <TextField size="small" type="date" label={t('proc.common.from')} value={from} onChange={(e) => setFrom(e.target.value)} error={!rangeOk}
          slotProps={{ inputLabel: { shrink: true }, htmlInput: { 'data-testid': 'statement-from' } }} />
        <TextField size="small" type="date" label={t('proc.common.to')} value={to} onChange={(e) => setTo(e.target.value)} error={!rangeOk}
          slotProps={{ inputLabel: { shrink: true }, htmlInput: { 'data-testid': 'statement-to' } }} />
      </Stack>
      {error && <Alert severity="error" sx={{ mb: 2 }}>{t('common.loadFailed', { message: error.message })}</Alert>}
      {statement ? (
        <Paper sx={{ p: 2, mb: 2 }}>
          <Typography variant="h6" gutterBottom data-testid="statement-supplier-name">{supplierLabel(statement.supplier)} · {statement.fromDay} – {statement.toDay}</Typography>
          <StatementView statement={statement} />
        </Paper>
      ) : !supplierId && <Alert severity="info" sx={{ mb: 2 }}>{t('proc.statement.pickSupplierFirst')}</Alert>}
      <Paper sx={{ overflowX: 'auto' }}>
        <Typography variant="subtitle1" sx={{ p: 2, pb: 0 }}>{t('proc.statement.balances')}</Typography>
        <Table size="small" data-testid="supplier-balances">
          <TableHead>
            <TableRow>
              <TableCell>{t('proc.common.supplier')}</TableCell>
              <TableCell align="right">{t('proc.statement.payables')}</TableCell>
              <TableCell align="right">{t('proc.statement.payments')}</TableCell>
              <TableCell align="right">{t('proc.statement.credits')}</TableCell>
              <TableCell align="right">{t('proc.statement.owed')}</TableCell>
              <TableCell>{t('proc.statement.lastEntry')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {(balances.data?.supplierBalances ?? []).map((b) => (
              <TableRow key={b.supplier.id} hover selected={b.supplier.id === supplierId} sx={{ cursor: 'pointer' }} onClick={() => pick(b.supplier)}
                data-testid={`balance-${b.supplier.code}`}>
                <TableCell>{supplierLabel(b.supplier)}</TableCell>
                <TableCell align="right">{formatFen(b.payable)}</TableCell>
                <TableCell align="right">{formatFen(b.paid)}</TableCell>
                <TableCell align="right">{formatFen(b.credited)}</TableCell>
                <TableCell align="right" sx={{ fontWeight: 600 }}>{formatFen(b.balance)}</TableCell>
                <TableCell>{formatDateTime(b.lastEntryAt, i18n.language)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </Paper>
      {paying && statement && (
        <PaymentDialog supplier={statement.supplier} owed={owed} onClose={() => setPaying(false)}
          onSaved={(fen) => { setPaying(false); notify(t('proc.statement.paymentRecorded', { amount: formatFen(fen) })); }} />
      )}
      {notice}
    </div>
  );
}
