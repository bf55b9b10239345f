import { Field, ID, InputType, Int, registerEnumType } from 'type-graphql';
import { SortDirection } from '../../../core/graphql/pagination.js';
import { ReturnReasonCode, ReturnType } from '../../returns/entities/return-enums.js';
import { ReturnLineInput } from '../../returns/inputs/returns.inputs.js';
import { BadReviewCause, CourierClaimStatus, ReviewHandlingStatus, ReviewPlatform } from '../entities/review-enums.js';
import { ReviewSortField } from '../services/reviews.service.js';
import { ReviewPeriod } from '../services/review-counts.service.js';

registerEnumType(ReviewSortField, {
  name: 'ReviewSortField', description: 'What reviews can be sorted by.',
  valuesConfig: { REVIEWED_AT: { description: 'When posted.' }, RATING: { description: 'Current rating.' }, CREATED_AT: { description: 'When recorded here.' } },
});
registerEnumType(ReviewPeriod, {
  name: 'ReviewPeriod', description: 'Length of a counting period, in shop time.',
  valuesConfig: { DAY: { description: 'A calendar day.' }, WEEK: { description: 'A week from Monday.' }, MONTH: { description: 'A calendar month.' } },
});

@InputType({ description: 'Input of `createReview`.' })
export class CreateReviewInput {
  @Field(() => ReviewPlatform, { description: 'Where it was posted.' }) platform!: ReviewPlatform;
  @Field(() => String, { nullable: true, description: 'The platform’s review id; a review with the same id is not recorded twice.' }) externalId?: string | null;
  @Field(() => Int, { description: 'Rating, 1–5; ≤ 2 is a bad review.' }) rating!: number;
  @Field(() => String, { nullable: true, description: 'What the buyer wrote.' }) text?: string | null;
  @Field(() => String, { description: 'Buyer’s name or nickname.' }) buyerName!: string;
  @Field(() => Date, { description: 'When posted (UTC).' }) reviewedAt!: Date;
  @Field(() => String, { nullable: true, description: 'Our order number (SO…) or the platform’s.' }) orderCode?: string | null;
  @Field(() => String, { nullable: true, description: 'SKU code (商家编码); gives the product.' }) skuCode?: string | null;
}

@InputType({ description: 'Input of `importReviewsCsv`.' })
export class ImportReviewsCsvInput {
  @Field(() => String, { description: 'CSV text, header row first. Columns: platform (平台), review_id (评价ID), order_no (订单编号), sku_code (商家编码), buyer (买家昵称), rating (评分: 1–5 or 好评/中评/差评), text (评价内容), reviewed_at (评价时间, shop time), reply (商家回复). Required: platform, buyer, rating, reviewed_at.' })
  csv!: string;
}

@InputType({ description: 'Input of `replyToReview`.' })
export class ReplyToReviewInput {
  @Field(() => ID, { description: 'The review.' }) id!: string;
  @Field(() => String, { description: 'The reply, at most 500 characters; replaces an earlier one.' }) text!: string;
}

@InputType({ description: 'Input of `classifyBadReview`.' })
export class ClassifyBadReviewInput {
  @Field(() => ID, { description: 'The bad review.' }) id!: string;
  @Field(() => BadReviewCause, { description: 'The cause.' }) cause!: BadReviewCause;
  @Field(() => String, { nullable: true, description: 'What the analysis found.' }) note?: string | null;
}

@InputType({ description: 'Input of `requestReviewRevision`.' })
export class RequestReviewRevisionInput {
  @Field(() => ID, { description: 'The bad review (cause BUYER).' }) id!: string;
  @Field(() => String, { description: 'The explanation given to the buyer.' }) explanation!: string;
}

@InputType({ description: 'Input of `recordReviewRevision`.' })
export class RecordReviewRevisionInput {
  @Field(() => ID, { description: 'The bad review.' }) id!: string;
  @Field(() => Int, { description: 'The revised rating, 1–5.' }) rating!: number;
  @Field(() => String, { nullable: true, description: 'The revised text, if it changed.' }) text?: string | null;
}

@InputType({ description: 'Input of `verifyLogisticsIssue`.' })
export class VerifyLogisticsIssueInput {
  @Field(() => ID, { description: 'The bad review (cause LOGISTICS).' }) id!: string;
  @Field(() => String, { description: 'What checking with the courier found.' }) finding!: string;
}

@InputType({ description: 'Input of `apologiseForReview`.' })
export class ApologiseForReviewInput {
  @Field(() => ID, { description: 'The bad review (cause LOGISTICS or SERVICE).' }) id!: string;
  @Field(() => String, { description: 'The apology made.' }) apology!: string;
  @Field(() => Int, { nullable: true, description: 'Compensation paid to the buyer, in fen; posted to the money ledger as an expense. Once per review.' }) compensationFen?: number | null;
}

@InputType({ description: 'A return request to open from a bad review (its order is the review’s).' })
export class ReviewReturnInput {
  @Field(() => ReturnType, { description: 'Return, exchange or refund only.' }) type!: ReturnType;
  @Field(() => ReturnReasonCode, { description: 'Why.' }) reasonCode!: ReturnReasonCode;
  @Field(() => [ReturnLineInput], { description: 'Lines of the review’s order.' }) lines!: ReturnLineInput[];
  @Field(() => String, { nullable: true, description: 'Note; default the review text.' }) note?: string | null;
}

@InputType({ description: 'Input of `offerReturnForReview`: link an existing request, or open one.' })
export class OfferReturnForReviewInput {
  @Field(() => ID, { description: 'The bad review (cause PRODUCT).' }) id!: string;
  @Field(() => ID, { nullable: true, description: 'An existing return request of the review’s order.' }) returnRequestId?: string | null;
  @Field(() => ReviewReturnInput, { nullable: true, description: 'A request to open (also needs `return:write`).' }) open?: ReviewReturnInput | null;
}

@InputType({ description: 'Input of `recordStaffRetraining`.' })
export class RecordStaffRetrainingInput {
  @Field(() => ID, { description: 'The bad review (cause SERVICE).' }) id!: string;
  @Field(() => ID, { description: 'The staff member retrained.' }) userId!: string;
  @Field(() => String, { description: 'What the retraining covered.' }) note!: string;
}

@InputType({ description: 'Input of `resolveBadReview`.' })
export class ResolveBadReviewInput {
  @Field(() => ID, { description: 'The bad review.' }) id!: string;
  @Field(() => String, { nullable: true, description: 'Closing note.' }) note?: string | null;
}

@InputType({ description: 'Input of `fileCourierClaim`.' })
export class FileCourierClaimInput {
  @Field(() => ID, { description: 'The courier.' }) courierId!: string;
  @Field(() => ID, { nullable: true, description: 'The LOGISTICS bad review it is for.' }) reviewId?: string | null;
  @Field(() => ID, { nullable: true, description: 'The order; default the review’s.' }) orderId?: string | null;
  @Field(() => String, { nullable: true, description: 'The waybill.' }) waybillNo?: string | null;
  @Field(() => Int, { description: 'Amount claimed, in fen.' }) amountFen!: number;
  @Field(() => String, { description: 'What happened.' }) reason!: string;
}

@InputType({ description: 'Input of `decideCourierClaim`.' })
export class DecideCourierClaimInput {
  @Field(() => ID, { description: 'The claim (filed).' }) id!: string;
  @Field(() => Boolean, { description: 'The courier accepted (true) or refused (false).' }) accepted!: boolean;
  @Field(() => String, { nullable: true, description: 'The courier’s answer; required when refused.' }) note?: string | null;
}

@InputType({ description: 'Input of `settleCourierClaim`.' })
export class SettleCourierClaimInput {
  @Field(() => ID, { description: 'The claim (accepted).' }) id!: string;
  @Field(() => Int, { description: 'What the courier paid, in fen, at most the amount claimed.' }) settledAmountFen!: number;
  @Field(() => String, { nullable: true, description: 'Note.' }) note?: string | null;
}

@InputType({ description: 'Filters for `reviews`.' })
export class ReviewFilter {
  @Field(() => Boolean, { nullable: true, description: 'Only bad (true) or not bad (false) reviews.' }) bad?: boolean | null;
  @Field(() => Int, { nullable: true, description: 'Only this current rating.' }) rating?: number | null;
  @Field(() => ReviewPlatform, { nullable: true, description: 'Only this platform.' }) platform?: ReviewPlatform | null;
  @Field(() => ReviewHandlingStatus, { nullable: true, description: 'Only this handling state.' }) handlingStatus?: ReviewHandlingStatus | null;
  @Field(() => BadReviewCause, { nullable: true, description: 'Only this cause.' }) cause?: BadReviewCause | null;
  @Field(() => Boolean, { nullable: true, description: 'Only reviews with (true) or without (false) a reply.' }) replied?: boolean | null;
  @Field(() => ID, { nullable: true, description: 'Only this product.' }) productId?: string | null;
  @Field(() => ID, { nullable: true, description: 'Only this SKU.' }) skuId?: string | null;
  @Field(() => ID, { nullable: true, description: 'Only this order.' }) orderId?: string | null;
  @Field(() => Date, { nullable: true, description: 'Posted at or after (UTC).' }) from?: Date | null;
  @Field(() => Date, { nullable: true, description: 'Posted before (UTC).' }) to?: Date | null;
  @Field(() => String, { nullable: true, description: 'Matches part of the text, buyer name, order number or review id.' }) search?: string | null;
}

@InputType({ description: 'Sort order of `reviews`.' })
export class ReviewSort {
  @Field(() => ReviewSortField, { description: 'Column.' }) field!: ReviewSortField;
  @Field(() => SortDirection, { description: 'Direction.' }) direction!: SortDirection;
}

@InputType({ description: 'Filters for `courierClaims`.' })
export class CourierClaimFilter {
  @Field(() => CourierClaimStatus, { nullable: true, description: 'Only this state.' }) status?: CourierClaimStatus | null;
  @Field(() => ID, { nullable: true, description: 'Only this courier.' }) courierId?: string | null;
  @Field(() => ID, { nullable: true, description: 'Only claims for this review.' }) reviewId?: string | null;
  @Field(() => ID, { nullable: true, description: 'Only claims for this order.' }) orderId?: string | null;
  @Field(() => String, { nullable: true, description: 'Matches part of the number, waybill or reason.' }) search?: string | null;
}
