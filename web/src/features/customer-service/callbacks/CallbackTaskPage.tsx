import { useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { Alert, Button, Card, CardContent, Chip, Grid, LinearProgress, Link, Stack, Typography } from '@mui/material';
import ArrowBackIcon from '@mui/icons-material/ArrowBack';
import { Link as RouterLink, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { CallbackRating } from '../../../gql/graphql';
import { useViewer } from '../../../lib/auth';
import { PageHeader } from '../../../lib/ui/PageHeader';
import { HistoryTimeline } from '../../../lib/ui/HistoryTimeline';
import { formatDateTime } from '../../../lib/ui/format';
import { useNotice } from '../../../lib/ui/useNotice';
import { TASK_STATUS_COLOR } from '../labels';
import { CallbackTaskQuery } from './operations';
import { ScriptCard } from './ScriptCard';
import { CallbackForm } from './CallbackForm';
import { CallbackResult } from './CallbackResult';
import { ScheduleCallback } from './ScheduleCallback';

/** One callback task: the customer, the campaign's script beside the callback form, and the result once recorded. */
export default function CallbackTaskPage() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const { can } = useViewer();
  const [rating, setRating] = useState<CallbackRating | null>(null);
  const [notify, notice] = useNotice();
  const { data, loading, error } = useQuery(CallbackTaskQuery, { variables: { id } });
  if (loading && !data) return <LinearProgress />;
  if (error) return <Alert severity="error">{t('common.loadFailed', { message: error.message })}</Alert>;
  const task = data?.callbackTask;
  if (!task) return <Alert severity="warning">{t('cs.callbacks.notFound')}</Alert>;
  const workable = (task.status === 'OPEN' || task.status === 'SCHEDULED') && task.campaign.status === 'RUNNING' && can('callback:work');

  return (
    <div data-testid="callback-task">
      <Button component={RouterLink} to="/customer-service/callbacks" startIcon={<ArrowBackIcon />} sx={{ mb: 1 }}>{t('cs.callbacks.back')}</Button>
      <PageHeader title={t('cs.callbacks.taskTitle', { name: task.customer.name })} subtitle={`${task.campaign.code} · ${task.campaign.name}`} />
      <Grid container spacing={2}>
        <Grid size={{ xs: 12, md: 5 }}>
          <Stack spacing={2}>
            <Card>
              <CardContent>
                <Stack direction="row" spacing={1} sx={{ mb: 1, alignItems: 'center', flexWrap: 'wrap' }}>
                  <Chip color={TASK_STATUS_COLOR[task.status]} label={t(`cs.enum.taskStatus.${task.status}`)} data-testid="callback-status" data-status={task.status} />
                  {task.overdue && <Chip color="error" label={t('cs.callbacks.overdue')} />}
                  {task.memberAtStart && <Chip label={t('cs.callbacks.member')} />}
                  {task.customer.vip && <Chip color="warning" label="VIP" />}
                </Stack>
                <Typography>
                  <Link component={RouterLink} to={`/customer-service/customers/${task.customer.id}`}>{task.customer.name}</Link>
                  {' · '}<span data-testid="callback-phone">{task.customer.phone ?? '—'}</span>
                </Typography>
                <Typography color="text.secondary">{t('cs.callbacks.dueAt')}: {formatDateTime(task.dueAt, lang)}</Typography>
                {task.scheduledAt && <Typography color="text.secondary">{t('cs.callbacks.scheduledAt')}: {formatDateTime(task.scheduledAt, lang)}</Typography>}
                <Typography color="text.secondary">{t('cs.callbacks.attempts')}: {task.attempts}</Typography>
                {workable && !task.callableNow && (
                  <Alert severity="warning" sx={{ mt: 1 }} data-testid="callback-quiet-now">
                    {t('cs.callbacks.quietNow', { at: formatDateTime(task.nextCallableAt, lang) })}
                  </Alert>
                )}
              </CardContent>
            </Card>
            <ScriptCard campaign={task.campaign} rating={rating ?? task.rating ?? null} />
          </Stack>
        </Grid>
        <Grid size={{ xs: 12, md: 7 }}>
          <Stack spacing={2}>
            <Card>
              <CardContent>
                <Typography variant="h6" gutterBottom>{t('cs.callbackForm.title')}</Typography>
                {workable ? (
                  <CallbackForm taskId={task.id} rating={rating} onRating={setRating}
                    onRecorded={(complaint) => notify(complaint ? t('cs.callbackForm.recordedWithComplaint') : t('cs.callbackForm.recorded'))} />
                ) : (
                  <CallbackResult task={task} notify={notify} />
                )}
              </CardContent>
            </Card>
            {workable && (
              <Card>
                <CardContent>
                  <Typography variant="h6" gutterBottom>{t('cs.callbacks.schedule')}</Typography>
                  <ScheduleCallback taskId={task.id} notify={notify} />
                  {task.attempts > 0 && <Typography sx={{ mt: 1 }} color="text.secondary">{t('cs.callbacks.attemptsSoFar', { count: task.attempts })}</Typography>}
                </CardContent>
              </Card>
            )}
            <Card>
              <CardContent>
                <Typography variant="h6" gutterBottom>{t('common.history')}</Typography>
                <HistoryTimeline events={task.history} stateLabel={(s) => t(`cs.enum.taskStatus.${s}`, { defaultValue: s })} testId="callback-history" />
              </CardContent>
            </Card>
          </Stack>
        </Grid>
      </Grid>
      {notice}
    </div>
  );
}
