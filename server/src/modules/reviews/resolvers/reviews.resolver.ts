import { Arg, Args, Ctx as Context, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { Ctx } from '../../../core/context.js';
import { Allow } from '../../../core/auth/allow.js';
import { toPayload } from '../../../core/errors.js';
import { PageArgs } from '../../../core/graphql/pagination.js';
import { Review } from '../entities/review.entity.js';
import {
  ApologiseForReviewInput, ClassifyBadReviewInput, CreateReviewInput, ImportReviewsCsvInput, OfferReturnForReviewInput, RecordReviewRevisionInput,
  RecordStaffRetrainingInput, ReplyToReviewInput, RequestReviewRevisionInput, ResolveBadReviewInput, ReviewFilter, ReviewSort, VerifyLogisticsIssueInput,
} from '../inputs/reviews.inputs.js';
import { ImportReviewsPayload, ProductReviewCount, ReviewConnection, ReviewPayload, ReviewPeriodCount } from '../types/reviews.types.js';
import * as reviews from '../services/reviews.service.js';
import * as handling from '../services/review-handling.service.js';
import { importReviewsCsv } from '../services/review-import.service.js';
import { ReviewPeriod, reviewCounts, reviewCountsByProduct } from '../services/review-counts.service.js';

const FROM = { description: 'Period start (UTC, inclusive).' };
const TO = { description: 'Period end (UTC, exclusive); at most 400 days after `from`.' };

@Resolver()
export class ReviewsResolver {
  @Allow('review:read')
  @Query(() => ReviewConnection, { description: 'Buyer reviews, newest first unless sorted. Needs `review:read`.' })
  reviews(@Context() ctx: Ctx, @Args(() => PageArgs) page: PageArgs,
    @Arg('where', () => ReviewFilter, { nullable: true, description: 'Filters.' }) where?: ReviewFilter,
    @Arg('sort', () => ReviewSort, { nullable: true, description: 'Sort order.' }) sort?: ReviewSort) {
    return reviews.listReviews(ctx, { ...page, where, sort });
  }

  @Allow('review:read')
  @Query(() => Review, { nullable: true, description: 'One review with its reply, handling, courier claims and history. Needs `review:read`.' })
  review(@Context() ctx: Ctx, @Arg('id', () => ID, { description: 'Review id.' }) id: string) {
    return Number.isInteger(Number(id)) ? ctx.em.findOne(Review, Number(id)) : null;
  }

  @Allow('review:read')
  @Query(() => [ReviewPeriodCount], { description: 'Good, neutral and bad reviews (by rating as posted; bad = ≤ 2★) per day, week or month in shop time. Needs `review:read`.' })
  reviewCounts(@Context() ctx: Ctx, @Arg('period', () => ReviewPeriod, { description: 'Period length.' }) period: ReviewPeriod,
    @Arg('from', () => Date, FROM) from: Date, @Arg('to', () => Date, TO) to: Date) {
    return reviewCounts(ctx, { period, from, to });
  }

  @Allow('review:read')
  @Query(() => [ProductReviewCount], { description: 'Good, neutral and bad reviews per product over a period, most reviewed first. Needs `review:read`.' })
  reviewCountsByProduct(@Context() ctx: Ctx, @Arg('from', () => Date, FROM) from: Date, @Arg('to', () => Date, TO) to: Date) {
    return reviewCountsByProduct(ctx, { from, to });
  }

  @Allow('review:write')
  @Mutation(() => ReviewPayload, { description: 'Records a review entered by hand; a rating ≤ 2 opens bad-review handling. Needs `review:write`.' })
  createReview(@Context() ctx: Ctx, @Arg('input', () => CreateReviewInput, { description: 'The review.' }) input: CreateReviewInput) {
    return toPayload(() => reviews.createReview(ctx, input));
  }

  @Allow('review:write')
  @Mutation(() => ImportReviewsPayload, { description: 'Imports reviews from CSV: bad rows are reported, reviews already recorded are skipped. Needs `review:write`.' })
  importReviewsCsv(@Context() ctx: Ctx, @Arg('input', () => ImportReviewsCsvInput, { description: 'The CSV text.' }) input: ImportReviewsCsvInput) {
    return toPayload(() => importReviewsCsv(ctx, input));
  }

  @Allow('review:write')
  @Mutation(() => ReviewPayload, { description: 'Writes or replaces the shop’s reply (商家回复). Needs `review:write`.' })
  replyToReview(@Context() ctx: Ctx, @Arg('input', () => ReplyToReviewInput, { description: 'Review and reply.' }) input: ReplyToReviewInput) {
    return toPayload(() => reviews.replyToReview(ctx, input));
  }

  @Allow('review:write')
  @Mutation(() => ReviewPayload, { description: 'Names the cause of a bad review (BUYER, LOGISTICS, PRODUCT, SERVICE): open → in progress. Needs `review:write`.' })
  classifyBadReview(@Context() ctx: Ctx, @Arg('input', () => ClassifyBadReviewInput, { description: 'Review and cause.' }) input: ClassifyBadReviewInput) {
    return toPayload(() => handling.classifyBadReview(ctx, input));
  }

  @Allow('review:write')
  @Mutation(() => ReviewPayload, { description: 'BUYER cause: records the explanation and the request to revise the review. Needs `review:write`.' })
  requestReviewRevision(@Context() ctx: Ctx, @Arg('input', () => RequestReviewRevisionInput, { description: 'Review and explanation.' }) input: RequestReviewRevisionInput) {
    return toPayload(() => handling.requestReviewRevision(ctx, input));
  }

  @Allow('review:write')
  @Mutation(() => ReviewPayload, { description: 'Records that the buyer revised the review, with the new rating; the original rating is kept. Needs `review:write`.' })
  recordReviewRevision(@Context() ctx: Ctx, @Arg('input', () => RecordReviewRevisionInput, { description: 'Review and new rating.' }) input: RecordReviewRevisionInput) {
    return toPayload(() => handling.recordReviewRevision(ctx, input));
  }

  @Allow('review:write')
  @Mutation(() => ReviewPayload, { description: 'LOGISTICS cause: records what verification with the courier found. Needs `review:write`.' })
  verifyLogisticsIssue(@Context() ctx: Ctx, @Arg('input', () => VerifyLogisticsIssueInput, { description: 'Review and finding.' }) input: VerifyLogisticsIssueInput) {
    return toPayload(() => handling.verifyLogisticsIssue(ctx, input));
  }

  @Allow('review:write')
  @Mutation(() => ReviewPayload, { description: 'LOGISTICS or SERVICE cause: records the apology and any compensation (a money-ledger expense). Needs `review:write`.' })
  apologiseForReview(@Context() ctx: Ctx, @Arg('input', () => ApologiseForReviewInput, { description: 'Review, apology and compensation.' }) input: ApologiseForReviewInput) {
    return toPayload(() => handling.apologiseForReview(ctx, input));
  }

  @Allow('review:write')
  @Mutation(() => ReviewPayload, { description: 'PRODUCT cause: links a return request of the review’s order, or opens one (which also needs `return:write`). Needs `review:write`.' })
  offerReturnForReview(@Context() ctx: Ctx, @Arg('input', () => OfferReturnForReviewInput, { description: 'Review and request.' }) input: OfferReturnForReviewInput) {
    return toPayload(() => handling.offerReturnForReview(ctx, input));
  }

  @Allow('review:write')
  @Mutation(() => ReviewPayload, { description: 'SERVICE cause: records the retraining of the staff member. Needs `review:write`.' })
  recordStaffRetraining(@Context() ctx: Ctx, @Arg('input', () => RecordStaffRetrainingInput, { description: 'Review, staff member and what was covered.' }) input: RecordStaffRetrainingInput) {
    return toPayload(() => handling.recordStaffRetraining(ctx, input));
  }

  @Allow('review:write')
  @Mutation(() => ReviewPayload, { description: 'In progress → resolved, once the cause’s steps are done (INCOMPLETE names the missing ones). Needs `review:write`.' })
  resolveBadReview(@Context() ctx: Ctx, @Arg('input', () => ResolveBadReviewInput, { description: 'Review and note.' }) input: ResolveBadReviewInput) {
    return toPayload(() => handling.resolveBadReview(ctx, input));
  }
}
