import { Arg, Args, Ctx as Context, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Ctx } from '../../../core/context.js';
import { Allow } from '../../../core/auth/allow.js';
import { toPayload } from '../../../core/errors.js';
import { loader } from '../../../core/graphql/loaders.js';
import { PageArgs } from '../../../core/graphql/pagination.js';
import { DocumentEvent } from '../../../core/history/document-event.entity.js';
import { PriceChange } from '../entities/price-change.entity.js';
import { PriceHistory } from '../entities/price-history.entity.js';
import { Sku } from '../entities/sku.entity.js';
import { PriceChangeConnection, PriceChangePayload } from '../types/price.types.js';
import { DecidePriceChangeInput, PriceChangeFilter, ProposePriceChangeInput } from '../inputs/price.inputs.js';
import * as prices from '../services/prices.service.js';

@Resolver()
export class PricesResolver {
  @Allow('product:read')
  @Query(() => PriceChangeConnection, { description: 'Price changes: the approval queue (status PENDING, oldest first) and past decisions (newest first). Needs `product:read`.' })
  priceChanges(
    @Context() ctx: Ctx,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('where', () => PriceChangeFilter, { nullable: true, description: 'Filters.' }) where?: PriceChangeFilter,
  ) {
    return prices.listPriceChanges(ctx, { ...page, where });
  }

  @Allow('product:read')
  @Query(() => [PriceHistory], { description: 'Every price a SKU has had, newest first: its first price, then each approved change. Needs `product:read`.' })
  priceHistory(@Context() ctx: Ctx, @Arg('skuId', () => ID, { description: 'The SKU.' }) skuId: string) {
    return prices.priceHistoryOf(ctx, skuId);
  }

  @Allow('price:propose')
  @Mutation(() => PriceChangePayload, { description: 'Proposes a new price or VIP price for a SKU, with a reason; it changes only when approved. One pending change per SKU and kind. Needs `price:propose`.' })
  proposePriceChange(@Context() ctx: Ctx, @Arg('input', () => ProposePriceChangeInput, { description: 'SKU, kind, new price and reason.' }) input: ProposePriceChangeInput) {
    return toPayload(() => prices.proposePriceChange(ctx, input));
  }

  @Allow('price:approve')
  @Mutation(() => PriceChangePayload, { description: 'Approves a pending price change and sets the price, with a price-history row. Not one’s own (SELF_APPROVAL). Needs `price:approve`.' })
  approvePriceChange(@Context() ctx: Ctx, @Arg('input', () => DecidePriceChangeInput, { description: 'The change and an optional note.' }) input: DecidePriceChangeInput) {
    return toPayload(() => prices.approvePriceChange(ctx, input));
  }

  @Allow('price:approve')
  @Mutation(() => PriceChangePayload, { description: 'Rejects a pending price change, with a note saying why; the price stays. Not one’s own (SELF_APPROVAL). Needs `price:approve`.' })
  rejectPriceChange(@Context() ctx: Ctx, @Arg('input', () => DecidePriceChangeInput, { description: 'The change and the reason.' }) input: DecidePriceChangeInput) {
    return toPayload(() => prices.rejectPriceChange(ctx, input));
  }

  @Allow('price:propose')
  @Mutation(() => PriceChangePayload, { description: 'Withdraws one’s own pending price change. Needs `price:propose`.' })
  cancelPriceChange(@Context() ctx: Ctx, @Arg('input', () => DecidePriceChangeInput, { description: 'The change and an optional note.' }) input: DecidePriceChangeInput) {
    return toPayload(() => prices.cancelPriceChange(ctx, input));
  }
}

@Resolver(() => PriceChange)
export class PriceChangeFieldsResolver {
  @FieldResolver(() => Sku, { description: 'The SKU.' })
  sku(@Root() change: PriceChange) {
    return change.sku.load();
  }

  @FieldResolver(() => ID, { description: 'The staff account that proposed it (compare with `me` to spot one’s own).' })
  proposedById(@Root() change: PriceChange): string {
    return String(change.proposedBy.id);
  }

  @FieldResolver(() => String, { description: 'The proposer’s name.' })
  async proposedByName(@Root() change: PriceChange): Promise<string> {
    return (await change.proposedBy.load())?.name ?? '';
  }

  @FieldResolver(() => String, { nullable: true, description: 'The decider’s name (the proposer’s for a cancellation); null while pending.' })
  async decidedByName(@Root() change: PriceChange): Promise<string | null> {
    return change.decidedBy ? (await change.decidedBy.load())?.name ?? null : null;
  }

  @FieldResolver(() => [DocumentEvent], { description: 'Every state change, oldest first.' })
  history(@Root() change: PriceChange, @Context() ctx: Ctx) {
    return loader<number, DocumentEvent[]>(ctx, 'priceChange.history', async (ids) => {
      const events = await ctx.em.find(DocumentEvent, { documentType: 'PriceChange', documentId: { $in: [...ids] } }, { orderBy: { at: 'asc', id: 'asc' } });
      const byDoc = new Map<number, DocumentEvent[]>();
      for (const e of events) byDoc.set(e.documentId, [...(byDoc.get(e.documentId) ?? []), e]);
      return byDoc;
    }, []).load(change.id);
  }
}

@Resolver(() => PriceHistory)
export class PriceHistoryFieldsResolver {
  @FieldResolver(() => Sku, { description: 'The SKU.' })
  sku(@Root() row: PriceHistory) {
    return row.sku.load();
  }

  @FieldResolver(() => ID, { nullable: true, description: 'The approved price change behind it; null for the first price.' })
  priceChangeId(@Root() row: PriceHistory): string | null {
    return row.priceChange ? String(row.priceChange.id) : null;
  }
}
