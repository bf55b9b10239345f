import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Card, CardContent, Chip, Grid, LinearProgress, Link, Stack, Typography } from '@mui/material';
import ArrowBackIcon from '@mui/icons-material/ArrowBack';
import { Link as RouterLink, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { BadReviewCause } from '../../../gql/graphql';
import { useViewer } from '../../../lib/auth';
import { PageHeader } from '../../../lib/ui/PageHeader';
import { HistoryTimeline } from '../../../lib/ui/HistoryTimeline';
import { useNotice } from '../../../lib/ui/useNotice';
import { runPayload } from '../../../lib/ui/payload';
import { formatDateTime } from '../../../lib/ui/format';
import { ActionForm } from '../shared/ActionForm';
import { Fact } from '../complaints/StepCard';
import { ClassifyBadReviewMutation, ReplyToReviewMutation, ReviewQuery } from './operations';
import { HANDLING_COLOR, REVIEW_CAUSES, stars } from './status';
import { CauseHandling } from './CauseHandling';

/** One review: the text, the shop's reply, and for a bad one the cause and its handling, with the timeline. */
export default function ReviewDetailPage() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const { can } = useViewer();
  const [notify, notice] = useNotice();
  const { data, loading, error } = useQuery(ReviewQuery, { variables: { id } });
  const [reply] = useMutation(ReplyToReviewMutation, { refetchQueries: ['AsReviews'] });
  const [classify] = useMutation(ClassifyBadReviewMutation, { refetchQueries: ['AsReviews'] });
  if (loading && !data) return <LinearProgress />;
  if (error) return <Alert severity="error">{t('common.loadFailed', { message: error.message })}</Alert>;
  const review = data?.review;
  if (!review) return <Alert severity="warning">{t('as.review.notFound')}</Alert>;
  const writable = can('review:write');

  return (
    <div data-testid="review-detail">
      <Button component={RouterLink} to="/after-sales/reviews" startIcon={<ArrowBackIcon />} sx={{ mb: 1 }}>{t('as.review.back')}</Button>
      <PageHeader title={`${t('as.review.titleOne')} · ${review.buyerName}`} subtitle={`${t(`as.enum.platform.${review.platform}`)} · ${formatDateTime(review.reviewedAt, lang)}`} />
      <Grid container spacing={2}>
        <Grid size={{ xs: 12, md: 8 }}>
          <Stack spacing={2}>
            <Card>
              <CardContent>
                <Stack direction="row" spacing={1} sx={{ mb: 1, alignItems: 'center', flexWrap: 'wrap' }}>
                  <Typography variant="h6" color={review.isBad ? 'error' : 'warning.main'} data-testid="review-rating" data-rating={review.rating}>{stars(review.rating)}</Typography>
                  <Chip size="small" color={HANDLING_COLOR[review.handlingStatus]} label={t(`as.enum.handlingStatus.${review.handlingStatus}`)}
                    data-testid="review-handling" data-status={review.handlingStatus} />
                  {review.cause && <Chip size="small" variant="outlined" label={t(`as.enum.reviewCause.${review.cause}`)} data-testid="review-cause" />}
                </Stack>
                <Typography sx={{ whiteSpace: 'pre-wrap', mb: 1 }} data-testid="review-text">{review.text || '—'}</Typography>
                <Fact label={t('as.review.product')} value={review.product ? `${review.product.title}${review.sku ? ` · ${review.sku.code}` : ''}` : null} />
                <Fact label={t('as.review.order')} value={review.order ? <Link component={RouterLink} to={`/customer-service/orders/${review.order.id}`}>{review.order.code}</Link> : review.orderCode} />
                {review.revisedAt && <Fact label={t('as.review.originalRating')} value={stars(review.originalRating)} />}
              </CardContent>
            </Card>
            <Card>
              <CardContent>
                <Typography variant="h6" gutterBottom>{t('as.review.reply')}</Typography>
                {review.replyText && (
                  <Typography sx={{ whiteSpace: 'pre-wrap', mb: 1 }} data-testid="review-reply-shown">
                    {review.replyText}
                    <Typography variant="caption" component="span" color="text.secondary"> — {review.repliedByLabel} · {formatDateTime(review.repliedAt, lang)}</Typography>
                  </Typography>
                )}
                {writable && (
                  <ActionForm key={review.repliedAt ?? 'none'} testId="review-reply" submitLabel={review.replyText ? t('as.review.replaceReply') : t('as.review.sendReply')}
                    fields={[{ name: 'text', label: t('as.review.replyText'), kind: 'multiline', required: true, initial: review.replyText ?? '' }]}
                    onSubmit={async (v) => {
                      const outcome = await runPayload(async () => (await reply({ variables: { input: { id: review.id, text: String(v.text) } } })).data?.replyToReview);
                      if (outcome.ok) notify(t('as.review.replySaved'));
                      return outcome.errors;
                    }} />
                )}
              </CardContent>
            </Card>
            {review.isBad && (
              <Card>
                <CardContent>
                  <Typography variant="h6" gutterBottom>{t('as.review.handling')}</Typography>
                  {review.handlingStatus === 'OPEN' && writable && (
                    <ActionForm testId="review-classify" title={t('as.review.classify')} submitLabel={t('as.review.classify')}
                      fields={[
                        { name: 'cause', label: t('as.review.cause'), kind: 'select', required: true, options: REVIEW_CAUSES.map((c) => ({ value: c, label: t(`as.enum.reviewCause.${c}`) })) },
                        { name: 'note', label: t('common.note') },
                      ]}
                      onSubmit={async (v) => {
                        const outcome = await runPayload(async () => (await classify({ variables: { input: { id: review.id, cause: v.cause as BadReviewCause, note: v.note ? String(v.note) : null } } })).data?.classifyBadReview);
                        if (outcome.ok) notify(t('as.review.classified'));
                        return outcome.errors;
                      }} />
                  )}
                  {review.handlingStatus === 'OPEN' && !writable && <Typography color="text.secondary">{t('as.review.notClassified')}</Typography>}
                  {review.cause && <CauseHandling review={review} notify={notify} />}
                  {review.resolvedAt && <Alert severity="success" sx={{ mt: 2 }} data-testid="review-resolved">{t('as.review.resolvedAt', { at: formatDateTime(review.resolvedAt, lang) })}</Alert>}
                </CardContent>
              </Card>
            )}
          </Stack>
        </Grid>
        <Grid size={{ xs: 12, md: 4 }}>
          <Card>
            <CardContent>
              <Typography variant="h6" gutterBottom>{t('common.history')}</Typography>
              <HistoryTimeline events={review.timeline} stateLabel={(s) => t(`as.enum.handlingStatus.${s}`, { defaultValue: s })} testId="review-history" />
            </CardContent>
          </Card>
        </Grid>
      </Grid>
      {notice}
    </div>
  );
}
