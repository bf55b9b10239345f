import type { BadReviewCause, ReviewHandlingStatus, ReviewPlatform } from '../../../gql/graphql';

export const REVIEW_CAUSES: BadReviewCause[] = ['BUYER', 'LOGISTICS', 'PRODUCT', 'SERVICE'];
export const HANDLING_STATUSES: ReviewHandlingStatus[] = ['OPEN', 'IN_PROGRESS', 'RESOLVED', 'NOT_NEEDED'];
export const PLATFORMS: ReviewPlatform[] = ['TAOBAO', 'TMALL', 'OWN_SHOP', 'OTHER'];

export const HANDLING_COLOR: Record<ReviewHandlingStatus, 'default' | 'error' | 'warning' | 'success'> = {
  NOT_NEEDED: 'default', OPEN: 'error', IN_PROGRESS: 'warning', RESOLVED: 'success',
};

/** Stars as text: ★★☆☆☆. */
export const stars = (rating: number) => '★'.repeat(rating) + '☆'.repeat(Math.max(0, 5 - rating));
