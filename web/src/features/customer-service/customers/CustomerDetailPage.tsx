import type { ReactNode } from 'react';
import { useQuery } from '@apollo/client/react';
import { Alert, Button, Card, CardContent, Chip, Grid, LinearProgress, Stack, Typography } from '@mui/material';
import ArrowBackIcon from '@mui/icons-material/ArrowBack';
import LockIcon from '@mui/icons-material/Lock';
import { Link as RouterLink, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../lib/ui/PageHeader';
import { formatDateTime, formatFen } from '../../../lib/ui/format';
import { useNotice } from '../../../lib/ui/useNotice';
import { CustomerQuery } from './operations';
import { ContactLogCard } from './ContactLogCard';
import { AssignmentHistory } from './AssignmentHistory';
import { ProfileEditor } from './ProfileEditor';

function Field({ label, children, testId }: { label: string; children: ReactNode; testId?: string }) {
  return (
    <Stack direction="row" spacing={1} sx={{ py: 0.25 }}>
      <Typography color="text.secondary" sx={{ minWidth: 110 }}>{label}</Typography>
      <Typography component="div" data-testid={testId}>{children ?? '—'}</Typography>
    </Stack>
  );
}

/** One customer: profile with contact fields as the server returns them (masked without PII rights), membership, contacts and assignments. */
export default function CustomerDetailPage() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const [notify, notice] = useNotice();
  const { data, loading, error } = useQuery(CustomerQuery, { variables: { id } });
  if (loading && !data) return <LinearProgress />;
  if (error) return <Alert severity="error">{t('common.loadFailed', { message: error.message })}</Alert>;
  const c = data?.customer;
  if (!c) return <Alert severity="warning" data-testid="customer-missing">{t('cs.customers.notFound')}</Alert>;

  return (
    <div data-testid="customer-detail">
      <Button component={RouterLink} to="/customer-service/customers" startIcon={<ArrowBackIcon />} sx={{ mb: 1 }}>{t('cs.customers.back')}</Button>
      <PageHeader title={c.name} subtitle={c.status === 'MERGED' ? t('cs.customer.merged') : t(`cs.enum.channel.${c.channel}`)} />
      <Grid container spacing={2}>
        <Grid size={{ xs: 12, md: 6 }}>
          <Card sx={{ height: '100%' }}>
            <CardContent>
              <Stack direction="row" sx={{ alignItems: 'center', mb: 1 }}>
                <Typography variant="h6" sx={{ flexGrow: 1 }}>{t('cs.customer.profile')}</Typography>
                {c.contactMasked && <Chip size="small" icon={<LockIcon />} label={t('cs.customer.masked')} data-testid="customer-masked" />}
              </Stack>
              <Field label={t('cs.customer.phone')} testId="customer-detail-phone">{c.phone}</Field>
              <Field label={t('cs.customer.email')}>{c.email}</Field>
              <Field label={t('cs.customer.address')}>{c.address}</Field>
              <Field label={t('cs.customer.platformAccount')}>{c.platformAccount}</Field>
              <Field label={t('cs.customer.assignee')} testId="customer-assignee">{c.assignee?.name}</Field>
              <Field label={t('cs.customer.firstContactDue')}>
                {c.firstContactAt
                  ? t('cs.customer.contactedAt', { at: formatDateTime(c.firstContactAt, lang) })
                  : <span data-testid="customer-first-contact">{formatDateTime(c.firstContactDueAt, lang)}
                    {c.firstContactOverdue && <Chip size="small" color="error" sx={{ ml: 1 }} label={t('cs.customer.overdue')} />}</span>}
              </Field>
              <Field label={t('cs.customer.lastContact')}>{formatDateTime(c.lastContactAt, lang)}</Field>
              <Field label={t('cs.customer.tags')}>
                <Stack direction="row" spacing={0.5} sx={{ flexWrap: 'wrap' }}>{c.tags.map((tag) => <Chip key={tag} size="small" label={tag} />)}</Stack>
              </Field>
              <Field label={t('cs.customer.notes')}>{c.notes}</Field>
            </CardContent>
          </Card>
        </Grid>
        <Grid size={{ xs: 12, md: 6 }}>
          <Card sx={{ height: '100%' }}>
            <CardContent>
              <Typography variant="h6" gutterBottom>{t('cs.customer.membership')}</Typography>
              <Field label={t('cs.customer.memberLevel')} testId="customer-level">
                {c.memberLevel ? `${c.memberLevel.name} · ${t('cs.customer.since', { at: formatDateTime(c.memberSince, lang) })}` : t('cs.customer.notMember')}
              </Field>
              <Field label="VIP" testId="customer-vip">{c.vip ? t('cs.customer.vipSince', { at: formatDateTime(c.vipSince, lang) }) : t('common.no')}</Field>
              <Field label={t('cs.customer.lifetimeValue')}>{formatFen(c.lifetimeValueFen)} · {t('cs.customer.orders', { count: c.orderCount })}</Field>
              <Field label={t('cs.customer.lastOrder')}>{formatDateTime(c.lastOrderAt, lang)}</Field>
              <Field label={t('cs.customer.segment')}>
                {t(`cs.enum.segment.${c.rfm.segment}`)} (R{c.rfm.recency} F{c.rfm.frequency} M{c.rfm.monetary})
              </Field>
              <Typography variant="subtitle2" sx={{ mt: 2, mb: 1 }}>{t('cs.customer.edit')}</Typography>
              <ProfileEditor key={c.id} customer={c} onSaved={(m) => notify(m)} />
            </CardContent>
          </Card>
        </Grid>
        <Grid size={12}>
          <ContactLogCard customerId={c.id} canLog={c.status === 'ACTIVE'} />
        </Grid>
        <Grid size={12}>
          <Card>
            <CardContent>
              <Typography variant="h6" gutterBottom>{t('cs.assignment.history')}</Typography>
              <AssignmentHistory assignments={c.assignments} />
            </CardContent>
          </Card>
        </Grid>
      </Grid>
      {notice}
    </div>
  );
}
