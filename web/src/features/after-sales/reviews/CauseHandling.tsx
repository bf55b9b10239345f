import { useMutation, useQuery } from '@apollo/client/react';
import { Chip, Divider, Stack, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import type { AsReviewDetailFragment, BadReviewCause, ReturnReasonCode, ReturnType } from '../../../gql/graphql';
import { runPayload } from '../../../lib/ui/payload';
import { formatDateTime, formatFen } from '../../../lib/ui/format';
import { CourierOptionsQuery } from '../../../lib/orders/operations';
import { ActionForm, type ActionValues } from '../shared/ActionForm';
import { Fact } from '../complaints/StepCard';
import { useResponsibleStaff } from '../complaints/steps/useResponsibleStaff';
import { RETURN_REASONS, RETURN_TYPES } from '../returns/status';
import {
  ApologiseMutation, FileCourierClaimMutation, OfferReturnMutation, RecordRetrainingMutation, RecordRevisionMutation, RequestRevisionMutation,
  ResolveBadReviewMutation, VerifyLogisticsMutation,
} from './operations';

type Review = AsReviewDetailFragment;

/**
 * The handling a bad review's cause calls for: buyer → explain and ask for a revision; logistics → verify, claim
 * from the courier, apologise and compensate; product → a return or exchange; service → apologise and retrain.
 * Each step is offered once; the server refuses resolving before they are all done (INCOMPLETE).
 */
export function CauseHandling({ review, notify }: { review: Review; notify: (message: string) => void }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const staff = useResponsibleStaff();
  const couriers = useQuery(CourierOptionsQuery, { skip: review.cause !== 'LOGISTICS' }).data?.couriers ?? [];
  const refetch = { refetchQueries: ['AsReviews'] };
  const [requestRevision] = useMutation(RequestRevisionMutation, refetch);
  const [recordRevision] = useMutation(RecordRevisionMutation, refetch);
  const [verify] = useMutation(VerifyLogisticsMutation, refetch);
  const [apologise] = useMutation(ApologiseMutation, refetch);
  const [offerReturn] = useMutation(OfferReturnMutation, refetch);
  const [retrain] = useMutation(RecordRetrainingMutation, refetch);
  const [resolve] = useMutation(ResolveBadReviewMutation, refetch);
  const [fileClaim] = useMutation(FileCourierClaimMutation, { refetchQueries: ['AsReview'] });
  const cause = review.cause as BadReviewCause;
  const active = review.handlingStatus === 'IN_PROGRESS';

  const run = (done: string, exec: () => Promise<{ errors: readonly { field?: string | null; message: string; code: string }[] } | null | undefined>) => async () => {
    const outcome = await runPayload(exec);
    if (outcome.ok) notify(done);
    return outcome.errors;
  };
  const str = (v: ActionValues[string]) => (v == null ? null : String(v));
  const lines = (review.order?.lines ?? []).filter((l) => !l.isGift);

  const buyer = (
    <Stack spacing={2}>
      <Fact label={t('as.review.explanation')} value={review.explanation} testId="review-explanation" />
      {review.revisedAt && <Fact label={t('as.review.revised')} value={`${review.originalRating}★ → ${review.rating}★ · ${formatDateTime(review.revisedAt, lang)}`} testId="review-revised" />}
      {active && !review.revisionRequestedAt && (
        <ActionForm testId="review-request-revision" title={t('as.review.requestRevision')} submitLabel={t('as.review.requestRevision')}
          fields={[{ name: 'explanation', label: t('as.review.explanation'), kind: 'multiline', required: true }]}
          onSubmit={(v) => run(t('as.review.done'), async () => (await requestRevision({ variables: { input: { id: review.id, explanation: str(v.explanation)! } } })).data?.requestReviewRevision)()} />
      )}
      {review.revisionRequestedAt && !review.revisedAt && (
        <ActionForm testId="review-record-revision" title={t('as.review.recordRevision')} submitLabel={t('as.review.recordRevision')}
          fields={[
            { name: 'rating', label: t('as.review.newRating'), kind: 'select', required: true, initial: '5', options: [1, 2, 3, 4, 5].map((n) => ({ value: String(n), label: `${n}★` })) },
            { name: 'text', label: t('as.review.newText'), kind: 'multiline' },
          ]}
          onSubmit={(v) => run(t('as.review.done'), async () => (await recordRevision({ variables: { input: { id: review.id, rating: Number(v.rating), text: str(v.text) } } })).data?.recordReviewRevision)()} />
      )}
    </Stack>
  );

  const apology = (
    <>
      <Fact label={t('as.review.apology')} value={review.apology ? `${review.apology}${review.compensationFen ? ` · ${formatFen(review.compensationFen)}` : ''}` : null} testId="review-apology" />
      {active && !review.apologisedAt && (
        <ActionForm testId="review-apologise" title={t('as.review.apologise')} submitLabel={t('as.review.apologise')}
          fields={[
            { name: 'apology', label: t('as.review.apology'), kind: 'multiline', required: true },
            { name: 'compensationFen', label: t('as.review.compensation'), kind: 'money' },
          ]}
          onSubmit={(v) => run(t('as.review.done'), async () => (await apologise({ variables: { input: { id: review.id, apology: str(v.apology)!, compensationFen: v.compensationFen as number | null } } })).data?.apologiseForReview)()} />
      )}
    </>
  );

  const logistics = (
    <Stack spacing={2}>
      <Fact label={t('as.review.finding')} value={review.logisticsFinding} testId="review-finding" />
      {active && !review.verifiedAt && (
        <ActionForm testId="review-verify" title={t('as.review.verify')} submitLabel={t('as.review.verify')}
          fields={[{ name: 'finding', label: t('as.review.finding'), kind: 'multiline', required: true }]}
          onSubmit={(v) => run(t('as.review.done'), async () => (await verify({ variables: { input: { id: review.id, finding: str(v.finding)! } } })).data?.verifyLogisticsIssue)()} />
      )}
      {review.courierClaims.map((c) => (
        <Stack key={c.id} direction="row" spacing={1} sx={{ alignItems: 'center' }} data-testid={`review-claim-row-${c.code}`}>
          <Typography variant="body2">{c.code} · {c.courier.name} · {formatFen(c.amountFen)}</Typography>
          <Chip size="small" label={t(`as.enum.claimStatus.${c.status}`)} />
        </Stack>
      ))}
      {active && review.courierClaims.length === 0 && (
        <ActionForm testId="review-claim" title={t('as.review.fileClaim')} submitLabel={t('as.review.fileClaim')}
          fields={[
            { name: 'courierId', label: t('as.review.courier'), kind: 'select', required: true, options: couriers.filter((c) => c.active).map((c) => ({ value: c.id, label: `${c.code} ${c.name}` })) },
            { name: 'amountFen', label: t('as.review.claimAmount'), kind: 'money', required: true },
            { name: 'waybillNo', label: t('as.review.waybill') },
            { name: 'reason', label: t('as.review.claimReason'), kind: 'multiline', required: true },
          ]}
          onSubmit={(v) => run(t('as.review.claimFiled'), async () => (await fileClaim({ variables: { input: {
            reviewId: review.id, orderId: review.order?.id ?? null, courierId: str(v.courierId)!, amountFen: v.amountFen as number, waybillNo: str(v.waybillNo), reason: str(v.reason)!,
          } } })).data?.fileCourierClaim)()} />
      )}
      {apology}
    </Stack>
  );

  const product = (
    <Stack spacing={2}>
      <Fact label={t('as.review.returnRequest')} value={review.returnRequest ? `${review.returnRequest.code} · ${t(`as.enum.returnType.${review.returnRequest.type}`)} · ${t(`as.enum.returnStatus.${review.returnRequest.status}`)}` : null} testId="review-return" />
      {active && !review.returnRequest && (review.order ? (
        <ActionForm testId="review-offer-return" title={t('as.review.offerReturn')} submitLabel={t('as.review.offerReturn')}
          fields={[
            { name: 'type', label: t('as.return.type'), kind: 'select', required: true, initial: 'RETURN', options: RETURN_TYPES.map((x) => ({ value: x, label: t(`as.enum.returnType.${x}`) })) },
            { name: 'reasonCode', label: t('as.return.reason'), kind: 'select', required: true, initial: 'QUALITY_DEFECT', options: RETURN_REASONS.map((x) => ({ value: x, label: t(`as.enum.returnReason.${x}`) })) },
            ...lines.map((l) => ({ name: `qty-${l.id}`, label: `${l.skuCode} · ${l.title} (≤ ${l.quantity})`, kind: 'number' as const, initial: String(l.quantity) })),
            { name: 'note', label: t('as.return.note') },
          ]}
          onSubmit={(v) => run(t('as.review.done'), async () => (await offerReturn({ variables: { input: { id: review.id, open: {
            type: v.type as ReturnType, reasonCode: v.reasonCode as ReturnReasonCode, note: str(v.note),
            lines: lines.map((l) => ({ orderLineId: l.id, quantity: Number(v[`qty-${l.id}`] ?? 0) })).filter((l) => l.quantity > 0),
          } } } })).data?.offerReturnForReview)()} />
      ) : <Typography color="text.secondary">{t('as.review.noOrder')}</Typography>)}
    </Stack>
  );

  const service = (
    <Stack spacing={2}>
      {apology}
      <Fact label={t('as.review.retraining')} value={review.retrainingNote ? `${review.retrainedUser?.name ?? ''}: ${review.retrainingNote}` : null} testId="review-retraining" />
      {active && !review.retrainedAt && (
        <ActionForm testId="review-retrain" title={t('as.review.retrain')} submitLabel={t('as.review.retrain')}
          fields={[
            { name: 'userId', label: t('as.review.staff'), kind: 'select', required: true, options: staff.map((s) => ({ value: s.id, label: s.name })) },
            { name: 'note', label: t('as.review.retraining'), kind: 'multiline', required: true },
          ]}
          onSubmit={(v) => run(t('as.review.done'), async () => (await retrain({ variables: { input: { id: review.id, userId: str(v.userId)!, note: str(v.note)! } } })).data?.recordStaffRetraining)()} />
      )}
    </Stack>
  );

  return (
    <Stack spacing={2} data-testid="review-cause-handling" data-cause={cause}>
      <Typography variant="body2">{t(`as.review.causeHint.${cause}`)}</Typography>
      {cause === 'BUYER' && buyer}
      {cause === 'LOGISTICS' && logistics}
      {cause === 'PRODUCT' && product}
      {cause === 'SERVICE' && service}
      {active && (
        <>
          <Divider />
          <ActionForm testId="review-resolve" title={t('as.review.resolve')} submitLabel={t('as.review.resolve')} color="success"
            fields={[{ name: 'note', label: t('common.note') }]}
            onSubmit={(v) => run(t('as.review.resolved'), async () => (await resolve({ variables: { input: { id: review.id, note: str(v.note) } } })).data?.resolveBadReview)()} />
        </>
      )}
    </Stack>
  );
}
