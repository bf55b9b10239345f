import { Ctx as Context, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Ctx } from '../../../core/context.js';
import { loader } from '../../../core/graphql/loaders.js';
import { DocumentEvent } from '../../../core/history/document-event.entity.js';
import { Product } from '../../catalog/entities/product.entity.js';
import { Sku } from '../../catalog/entities/sku.entity.js';
import { User } from '../../identity/entities/user.entity.js';
import { Order } from '../../orders/entities/order.entity.js';
import { ReturnRequest } from '../../returns/entities/return-request.entity.js';
import { historyLoader } from '../../returns/resolvers/return-loaders.js';
import { Courier } from '../../shipping/entities/courier.entity.js';
import { CourierClaim } from '../entities/courier-claim.entity.js';
import { Review } from '../entities/review.entity.js';
import { REVIEW_DOC } from '../services/reviews.service.js';
import { CLAIM_DOC } from '../services/courier-claims.service.js';

const claimsLoader = (ctx: Ctx) => loader<number, CourierClaim[]>(ctx, 'review.claims', async (ids) => {
  const out = new Map<number, CourierClaim[]>();
  for (const c of await ctx.em.find(CourierClaim, { review: { $in: [...ids] } }, { orderBy: { id: 'asc' } })) out.set(c.review!.id, [...(out.get(c.review!.id) ?? []), c]);
  return out;
}, []);

@Resolver(() => Review)
export class ReviewFieldsResolver {
  @FieldResolver(() => Order, { nullable: true, description: 'The order reviewed, when known.' })
  order(@Root() r: Review) { return r.order?.load() ?? null; }

  @FieldResolver(() => Sku, { nullable: true, description: 'The SKU reviewed, when known.' })
  sku(@Root() r: Review) { return r.sku?.load() ?? null; }

  @FieldResolver(() => Product, { nullable: true, description: 'The product reviewed, when known.' })
  product(@Root() r: Review) { return r.product?.load() ?? null; }

  @FieldResolver(() => ReturnRequest, { nullable: true, description: 'PRODUCT cause: the return or exchange offered.' })
  returnRequest(@Root() r: Review) { return r.returnRequest?.load() ?? null; }

  @FieldResolver(() => User, { nullable: true, description: 'SERVICE cause: the staff member retrained.' })
  retrainedUser(@Root() r: Review) { return r.retrainedUser?.load() ?? null; }

  @FieldResolver(() => [CourierClaim], { description: 'LOGISTICS cause: claims filed with the courier.' })
  courierClaims(@Root() r: Review, @Context() ctx: Ctx) { return claimsLoader(ctx).load(r.id); }

  @FieldResolver(() => [DocumentEvent], { description: 'The handling timeline: every step, oldest first.' })
  timeline(@Root() r: Review, @Context() ctx: Ctx) { return historyLoader(ctx, REVIEW_DOC).load(r.id); }
}

@Resolver(() => CourierClaim)
export class CourierClaimFieldsResolver {
  @FieldResolver(() => Courier, { description: 'The courier.' })
  courier(@Root() c: CourierClaim) { return c.courier.load(); }

  @FieldResolver(() => Review, { nullable: true, description: 'The bad review it is for.' })
  review(@Root() c: CourierClaim) { return c.review?.load() ?? null; }

  @FieldResolver(() => Order, { nullable: true, description: 'The order concerned.' })
  order(@Root() c: CourierClaim) { return c.order?.load() ?? null; }

  @FieldResolver(() => [DocumentEvent], { description: 'Every state change, oldest first.' })
  history(@Root() c: CourierClaim, @Context() ctx: Ctx) { return historyLoader(ctx, CLAIM_DOC).load(c.id); }
}
