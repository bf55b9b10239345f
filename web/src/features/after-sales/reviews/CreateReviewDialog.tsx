import { useMutation } from '@apollo/client/react';
import { Dialog, DialogContent, DialogTitle } from '@mui/material';
import { useTranslation } from 'react-i18next';
import type { ReviewPlatform } from '../../../gql/graphql';
import { runPayload } from '../../../lib/ui/payload';
import { shopLocalToIso } from '../../customer-service/shanghaiTime';
import { ActionForm } from '../shared/ActionForm';
import { CreateReviewMutation } from './operations';
import { PLATFORMS } from './status';

/** A review entered by hand (e.g. read off the platform); a rating of 2★ or less opens bad-review handling. */
export function CreateReviewDialog({ onClose, onCreated }: { onClose: () => void; onCreated: (id: string) => void }) {
  const { t } = useTranslation();
  const [create] = useMutation(CreateReviewMutation, { refetchQueries: ['AsReviews'] });
  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="sm">
      <DialogTitle>{t('as.review.create')}</DialogTitle>
      <DialogContent sx={{ pt: 1 }}>
        <ActionForm testId="review-create" submitLabel={t('common.save')}
          fields={[
            { name: 'platform', label: t('as.review.platform'), kind: 'select', required: true, initial: 'TAOBAO', options: PLATFORMS.map((p) => ({ value: p, label: t(`as.enum.platform.${p}`) })) },
            { name: 'buyerName', label: t('as.review.buyer'), required: true },
            { name: 'rating', label: t('as.review.rating'), kind: 'select', required: true, initial: '1', options: [1, 2, 3, 4, 5].map((n) => ({ value: String(n), label: `${n}★` })) },
            { name: 'text', label: t('as.review.text'), kind: 'multiline' },
            { name: 'orderCode', label: t('as.review.orderCode') },
            { name: 'skuCode', label: t('as.review.skuCode') },
            { name: 'reviewedAt', label: t('as.review.reviewedAt'), helperText: t('as.review.reviewedAtHint') },
          ]}
          onSubmit={async (v) => {
            const reviewedAt = v.reviewedAt ? shopLocalToIso(String(v.reviewedAt).replace(' ', 'T')) : new Date().toISOString();
            let id: string | null = null;
            const outcome = await runPayload(async () => {
              const payload = (await create({ variables: { input: {
                platform: v.platform as ReviewPlatform, buyerName: String(v.buyerName), rating: Number(v.rating), text: v.text ? String(v.text) : null,
                orderCode: v.orderCode ? String(v.orderCode) : null, skuCode: v.skuCode ? String(v.skuCode) : null, reviewedAt: reviewedAt ?? new Date().toISOString(),
              } } })).data?.createReview;
              id = payload?.review?.id ?? null;
              return payload;
            });
            if (outcome.ok && id) onCreated(id);
            return outcome.errors;
          }} />
      </DialogContent>
    </Dialog>
  );
}
