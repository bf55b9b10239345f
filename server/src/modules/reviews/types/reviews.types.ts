import { Field, Float, Int, ObjectType } from 'type-graphql';
import { FieldError } from '../../../core/errors.js';
import { ConnectionType } from '../../../core/graphql/pagination.js';
import { Product } from '../../catalog/entities/product.entity.js';
import { CourierClaim } from '../entities/courier-claim.entity.js';
import { Review } from '../entities/review.entity.js';

@ObjectType({ description: 'A page of reviews.' })
export class ReviewConnection extends ConnectionType(Review, 'Review', 'review') {}

@ObjectType({ description: 'A page of courier claims.' })
export class CourierClaimConnection extends ConnectionType(CourierClaim, 'CourierClaim', 'courier claim') {}

@ObjectType({ description: 'Result of a mutation on a review.' })
export class ReviewPayload {
  @Field(() => Review, { nullable: true, description: 'The review after the change; null on failure.' })
  review?: Review | null;
  @Field(() => [FieldError], { description: 'Expected failures: INVALID, REQUIRED, NOT_FOUND, DUPLICATE, WRONG_STATE, WRONG_CAUSE (a step of another cause’s handling), INCOMPLETE (steps missing), FORBIDDEN, and the return-request checks.' })
  errors!: FieldError[];
}

@ObjectType({ description: 'Result of a mutation on a courier claim.' })
export class CourierClaimPayload {
  @Field(() => CourierClaim, { nullable: true, description: 'The claim after the change; null on failure.' })
  courierClaim?: CourierClaim | null;
  @Field(() => [FieldError], { description: 'Expected failures: INVALID, REQUIRED, NOT_FOUND, WRONG_STATE, WRONG_CAUSE.' })
  errors!: FieldError[];
}

@ObjectType({ description: 'A problem with one row of an imported CSV file.' })
export class ReviewImportRowError {
  @Field(() => Int, { description: 'Row number as a spreadsheet shows it (header = 1).' }) row!: number;
  @Field(() => String, { nullable: true, description: 'The column at fault.' }) column?: string | null;
  @Field(() => String, { description: 'What is wrong.' }) message!: string;
  @Field(() => String, { description: 'A stable code: INVALID, REQUIRED, NOT_FOUND.' }) code!: string;
}

@ObjectType({ description: 'Result of `importReviewsCsv`.' })
export class ImportReviewsPayload {
  @Field(() => Int, { nullable: true, description: 'Reviews written.' }) imported?: number | null;
  @Field(() => Int, { nullable: true, description: 'Rows skipped because the review was already recorded.' }) duplicates?: number | null;
  @Field(() => [Review], { nullable: true, description: 'The reviews written.' }) reviews?: Review[] | null;
  @Field(() => [ReviewImportRowError], { nullable: true, description: 'Rows skipped for errors; the others were imported.' }) rowErrors?: ReviewImportRowError[] | null;
  @Field(() => [FieldError], { description: 'Failures of the whole file: REQUIRED, INVALID (header or syntax), TOO_LARGE.' }) errors!: FieldError[];
}

@ObjectType({ description: 'Review counts of one period.' })
export class ReviewPeriodCount {
  @Field(() => String, { description: 'First shop-local day of the period, YYYY-MM-DD.' }) period!: string;
  @Field(() => Date, { description: 'When the period starts (UTC).' }) startsAt!: Date;
  @Field(() => Int, { description: 'Reviews posted.' }) total!: number;
  @Field(() => Int, { description: 'Good reviews: 4–5★ as posted.' }) good!: number;
  @Field(() => Int, { description: 'Neutral reviews: 3★ as posted.' }) neutral!: number;
  @Field(() => Int, { description: 'Bad reviews: ≤ 2★ as posted.' }) bad!: number;
  @Field(() => Int, { description: 'Reviews the buyer later revised.' }) revised!: number;
  @Field(() => Int, { description: 'Reviews with a shop reply.' }) replied!: number;
  @Field(() => Float, { description: 'Average rating as posted.' }) averageRating!: number;
}

@ObjectType({ description: 'Review counts of one product.' })
export class ProductReviewCount {
  @Field(() => Product, { description: 'The product.' }) product!: Product;
  @Field(() => Int, { description: 'Reviews posted.' }) total!: number;
  @Field(() => Int, { description: 'Good reviews: 4–5★ as posted.' }) good!: number;
  @Field(() => Int, { description: 'Neutral reviews: 3★ as posted.' }) neutral!: number;
  @Field(() => Int, { description: 'Bad reviews: ≤ 2★ as posted.' }) bad!: number;
  @Field(() => Int, { description: 'Reviews the buyer later revised.' }) revised!: number;
  @Field(() => Int, { description: 'Reviews with a shop reply.' }) replied!: number;
  @Field(() => Float, { description: 'Average rating as posted.' }) averageRating!: number;
}
