import { useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { Alert, Button, Card, CardContent, Chip, Grid, LinearProgress, Stack, Typography } from '@mui/material';
import ArrowBackIcon from '@mui/icons-material/ArrowBack';
import { Link as RouterLink, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useViewer } from '../../../lib/auth';
import { PageHeader } from '../../../lib/ui/PageHeader';
import { HistoryTimeline } from '../../../lib/ui/HistoryTimeline';
import { useNotice } from '../../../lib/ui/useNotice';
import { InfoRow } from '../shared/InfoRow';
import { StatusChip } from '../shared/StatusChip';
import { SupplierQuery } from './operations';
import { EditProfileDialog } from './EditProfileDialog';
import { SupplierSkusCard } from './SupplierSkusCard';
import { EvaluationsCard } from './EvaluationsCard';
import { ScorecardCard } from './ScorecardCard';

/** One supplier: profile and contacts, the SKUs it supplies, evaluations, the scorecard with its sources and history. */
export default function SupplierDetailPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const { can } = useViewer();
  const [editing, setEditing] = useState(false);
  const [notify, notice] = useNotice();
  const { data, loading, error } = useQuery(SupplierQuery, { variables: { partnerId: id } });
  if (loading && !data) return <LinearProgress />;
  if (error) return <Alert severity="error">{t('common.loadFailed', { message: error.message })}</Alert>;
  const s = data?.supplier;
  if (!s) return <Alert severity="warning" data-testid="supplier-missing">{t('proc.common.notFound')}</Alert>;
  const writable = can('supplier:write');

  return (
    <div data-testid="supplier-detail">
      <Button component={RouterLink} to="/procurement/suppliers" startIcon={<ArrowBackIcon />} sx={{ mb: 1 }}>{t('proc.suppliers.back')}</Button>
      <PageHeader title={s.name} subtitle={s.code}
        actions={(
          <>
            {can('purchase:read') && (
              <Button component={RouterLink} to={`/procurement/statements?supplier=${s.partner.id}`} data-testid="supplier-statement">{t('proc.statement.title')}</Button>
            )}
            {writable && <Button variant="outlined" onClick={() => setEditing(true)} data-testid="supplier-edit">{t('proc.suppliers.editProfile')}</Button>}
          </>
        )} />
      <Grid container spacing={2}>
        <Grid size={{ xs: 12, md: 5 }}>
          <Card sx={{ height: '100%' }}>
            <CardContent>
              <Stack direction="row" spacing={1} sx={{ mb: 1, alignItems: 'center' }}>
                <Typography variant="h6" sx={{ flexGrow: 1 }}>{t('proc.suppliers.profile')}</Typography>
                <StatusChip kind="supplierStatus" status={s.status} testId="supplier-status-chip" />
                <Chip size="small" label={t(`proc.enum.grade.${s.grade}`)} data-testid="supplier-grade-chip" />
                {!s.partner.active && <Chip size="small" label={t('proc.suppliers.inactive')} />}
              </Stack>
              <InfoRow label={t('proc.suppliers.paymentTerms')}>{s.paymentTerms}</InfoRow>
              <InfoRow label={t('proc.suppliers.categories')}>
                {s.categories.length ? <Stack direction="row" spacing={0.5} sx={{ flexWrap: 'wrap', gap: 0.5 }}>{s.categories.map((c) => <Chip key={c} size="small" label={c} />)}</Stack> : null}
              </InfoRow>
              <InfoRow label={t('proc.suppliers.contactName')}>{[s.partner.contactName, s.partner.contactPhone, s.partner.contactEmail].filter(Boolean).join(' · ') || null}</InfoRow>
              {s.contacts.map((c, i) => (
                <InfoRow key={i} label={c.role || t('proc.suppliers.contacts')}>{[c.name, c.phone, c.email].filter(Boolean).join(' · ')}</InfoRow>
              ))}
              {s.partner.notes && <InfoRow label={t('common.note')}>{s.partner.notes}</InfoRow>}
              <Typography variant="subtitle2" sx={{ mt: 2 }}>{t('common.history')}</Typography>
              <HistoryTimeline events={s.history} stateLabel={(x) => t(`proc.enum.supplierStatus.${x}`, { defaultValue: x })} testId="supplier-history" />
            </CardContent>
          </Card>
        </Grid>
        <Grid size={{ xs: 12, md: 7 }}>
          <SupplierSkusCard supplierId={s.partner.id} rows={s.skus} writable={writable} onNotice={notify} />
        </Grid>
        <Grid size={12}><ScorecardCard supplierId={s.partner.id} onNotice={notify} /></Grid>
        <Grid size={12}><EvaluationsCard supplierId={s.partner.id} writable={writable} onNotice={notify} /></Grid>
      </Grid>
      {editing && <EditProfileDialog partnerId={s.partner.id} profile={s} onClose={() => setEditing(false)} onSaved={() => { setEditing(false); notify(t('proc.suppliers.profileSaved')); }} />}
      {notice}
    </div>
  );
}
