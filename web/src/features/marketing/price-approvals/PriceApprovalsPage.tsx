import { useMemo, useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Dialog, DialogActions, DialogContent, DialogTitle, MenuItem, Paper, Tab, Tabs, TextField, Typography } from '@mui/material';
import { DataGrid } from '@mui/x-data-grid';
import { useTranslation } from 'react-i18next';
import type { PriceChangeStatus } from '../../../gql/graphql';
import { useViewer } from '../../../lib/auth';
import { PageHeader } from '../../../lib/ui/PageHeader';
import { NoteDialog } from '../../../lib/ui/NoteDialog';
import { HistoryTimeline } from '../../../lib/ui/HistoryTimeline';
import { useConnectionGrid } from '../../../lib/ui/useConnectionGrid';
import { useNotice } from '../../../lib/ui/useNotice';
import { runPayload } from '../../../lib/ui/payload';
import { formatFen } from '../../../lib/ui/format';
import { ApprovePriceChangeMutation, PriceChangesQuery, RejectPriceChangeMutation } from './operations';
import { priceChangeColumns, type DecideActions, type PriceChangeRow } from './priceChangeColumns';

type Deciding = { kind: 'approve' | 'reject' | 'history'; row: PriceChangeRow } | null;
const DECIDED: PriceChangeStatus[] = ['APPROVED', 'REJECTED', 'CANCELLED'];

/** The price-change approval queue (oldest first) and past decisions; four-eyes: one's own request is refused by the server. */
export default function PriceApprovalsPage() {
  const { t, i18n } = useTranslation();
  const { user } = useViewer();
  const [tab, setTab] = useState<'pending' | 'decided'>('pending');
  const [decidedStatus, setDecidedStatus] = useState<PriceChangeStatus>('APPROVED');
  const [deciding, setDeciding] = useState<Deciding>(null);
  const [notify, notice] = useNotice();
  const status = tab === 'pending' ? 'PENDING' : decidedStatus;
  const { variables, gridProps } = useConnectionGrid({ sortFields: {}, resetKey: status });
  const { data, previousData, loading, error } = useQuery(PriceChangesQuery, {
    variables: { first: variables.first, after: variables.after, where: { status } },
  });
  const page = (data ?? previousData)?.priceChanges;
  const refetch = { refetchQueries: ['PriceChanges', 'Product', 'Products', 'SkuPrices'] };
  const [approve] = useMutation(ApprovePriceChangeMutation, refetch);
  const [reject] = useMutation(RejectPriceChangeMutation, refetch);

  const actions: DecideActions = useMemo(() => ({
    approve: (row) => setDeciding({ kind: 'approve', row }),
    reject: (row) => setDeciding({ kind: 'reject', row }),
    history: (row) => setDeciding({ kind: 'history', row }),
  }), []);
  const columns = useMemo(() => priceChangeColumns(t, i18n.language, user?.id, tab === 'pending', actions), [t, i18n.language, user?.id, tab, actions]);

  const decide = (kind: 'approve' | 'reject', row: PriceChangeRow) => async (note: string) => {
    const input = { id: row.id, note: note || null };
    const outcome = await runPayload(async () => (kind === 'approve'
      ? (await approve({ variables: { input } })).data?.approvePriceChange
      : (await reject({ variables: { input } })).data?.rejectPriceChange));
    if (outcome.ok) {
      setDeciding(null);
      notify(t(kind === 'approve' ? 'prices.approvedDone' : 'prices.rejectedDone', { sku: row.sku.code, price: formatFen(row.proposedFen) }));
    }
    return outcome.errors;
  };

  return (
    <div data-testid="price-approvals-page">
      <PageHeader title={t('prices.queueTitle')} subtitle={t('prices.queueSubtitle')} />
      <Tabs value={tab} onChange={(_e, v: 'pending' | 'decided') => setTab(v)} sx={{ mb: 2 }}>
        <Tab value="pending" label={t('prices.tabPending')} data-testid="price-tab-pending" />
        <Tab value="decided" label={t('prices.tabDecided')} data-testid="price-tab-decided" />
      </Tabs>
      {tab === 'decided' && (
        <TextField select size="small" label={t('inventory.status')} value={decidedStatus} sx={{ minWidth: 140, mb: 2 }}
          onChange={(e) => setDecidedStatus(e.target.value as PriceChangeStatus)}>
          {DECIDED.map((s) => <MenuItem key={s} value={s}>{t(`priceChangeStatus.${s}`)}</MenuItem>)}
        </TextField>
      )}
      {error && <Alert severity="error" sx={{ mb: 2 }}>{t('common.loadFailed', { message: error.message })}</Alert>}
      <Paper sx={{ height: 640 }} data-testid="price-queue-grid">
        <DataGrid<PriceChangeRow>
          rows={page?.nodes ?? []}
          columns={columns}
          loading={loading}
          disableRowSelectionOnClick
          {...gridProps(page)}
        />
      </Paper>
      {(deciding?.kind === 'approve' || deciding?.kind === 'reject') && (
        <NoteDialog
          title={t(deciding.kind === 'approve' ? 'prices.approveTitle' : 'prices.rejectTitle', { sku: deciding.row.sku.code })}
          body={(
            <Typography>
              {t(`priceKind.${deciding.row.kind}`)}: {formatFen(deciding.row.currentFen)} → <b>{formatFen(deciding.row.proposedFen)}</b>
              {' · '}{deciding.row.proposedByName}: {deciding.row.reason}
            </Typography>
          )}
          confirmLabel={t(deciding.kind === 'approve' ? 'prices.approve' : 'prices.reject')}
          confirmColor={deciding.kind === 'approve' ? 'success' : 'warning'}
          noteRequired={deciding.kind === 'reject'}
          onSubmit={decide(deciding.kind, deciding.row)}
          onClose={() => setDeciding(null)}
          testId={`price-${deciding.kind}-dialog`}
        />
      )}
      {deciding?.kind === 'history' && (
        <Dialog open onClose={() => setDeciding(null)} fullWidth maxWidth="sm">
          <DialogTitle>{t('prices.requestHistory', { sku: deciding.row.sku.code })}</DialogTitle>
          <DialogContent>
            <HistoryTimeline events={deciding.row.history} stateLabel={(s) => t(`priceChangeStatus.${s}`, { defaultValue: s })} testId="price-history-timeline" />
          </DialogContent>
          <DialogActions><Button onClick={() => setDeciding(null)}>{t('common.close')}</Button></DialogActions>
        </Dialog>
      )}
      {notice}
    </div>
  );
}
