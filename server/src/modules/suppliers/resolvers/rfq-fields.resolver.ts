import { Ctx as Context, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Ctx } from '../../../core/context.js';
import { partnerScope } from '../../../core/auth/partner-scope.js';
import { DocumentEvent } from '../../../core/history/document-event.entity.js';
import { Sku } from '../../catalog/entities/sku.entity.js';
import { User } from '../../identity/entities/user.entity.js';
import { Partner } from '../../partners/entities/partner.entity.js';
import { Rfq, RfqInvitation, RfqLine, RfqQuote } from '../entities/rfq.entity.js';
import { isExpired, today } from '../services/rfqs.service.js';
import { groupLoader, historyLoader } from './supplier-fields.resolver.js';

@Resolver(() => Rfq)
export class RfqFieldsResolver {
  @FieldResolver(() => [RfqLine], { description: 'The lines.' })
  lines(@Root() r: Rfq, @Context() ctx: Ctx) {
    return groupLoader(ctx, 'rfq.lines', (ids) => ctx.em.find(RfqLine, { rfq: { $in: ids } }, { orderBy: { id: 'asc' } }), (l) => l.rfq.id).load(r.id);
  }

  @FieldResolver(() => [Partner], { description: 'The suppliers asked to quote (a supplier token sees only itself).' })
  async suppliers(@Root() r: Rfq, @Context() ctx: Ctx) {
    const invitations = await groupLoader(ctx, 'rfq.invitations', (ids) => ctx.em.find(RfqInvitation, { rfq: { $in: ids } }, { orderBy: { id: 'asc' }, populate: ['supplier'] }), (i) => i.rfq.id).load(r.id);
    const own = partnerScope(ctx.viewer);
    return invitations.filter((i) => own === null || i.supplier.id === own).map((i) => i.supplier.getEntity());
  }

  @FieldResolver(() => User, { nullable: true, description: 'Who created it.' })
  createdBy(@Root() r: Rfq) { return r.createdBy.load(); }

  @FieldResolver(() => [DocumentEvent], { description: 'Every state change, oldest first.' })
  history(@Root() r: Rfq, @Context() ctx: Ctx) { return historyLoader(ctx, 'Rfq').load(r.id); }
}

@Resolver(() => RfqLine)
export class RfqLineFieldsResolver {
  @FieldResolver(() => Sku, { description: 'The SKU.' })
  sku(@Root() l: RfqLine) { return l.sku.load(); }

  @FieldResolver(() => [RfqQuote], { description: 'Quotes received for this line (a supplier token sees only its own).' })
  async quotes(@Root() l: RfqLine, @Context() ctx: Ctx) {
    const own = partnerScope(ctx.viewer);
    const quotes = await groupLoader(ctx, 'rfq.quotes', (ids) => ctx.em.find(RfqQuote, { line: { $in: ids } }, { orderBy: { id: 'asc' } }), (q) => q.line.id).load(l.id);
    return own === null ? quotes : quotes.filter((q) => q.supplier.id === own);
  }

  @FieldResolver(() => RfqQuote, { nullable: true, description: 'The awarded quote, once chosen.' })
  async awardedQuote(@Root() l: RfqLine, @Context() ctx: Ctx) {
    return (await this.quotes(l, ctx)).find((q) => q.awarded) ?? null;
  }
}

@Resolver(() => RfqQuote)
export class RfqQuoteFieldsResolver {
  @FieldResolver(() => Partner, { description: 'The quoting supplier.' })
  supplier(@Root() q: RfqQuote) { return q.supplier.load(); }

  @FieldResolver(() => Boolean, { description: 'Its valid-until day has passed (shop-local): it cannot be awarded.' })
  expired(@Root() q: RfqQuote, @Context() ctx: Ctx) { return isExpired(q, today(ctx)); }
}
