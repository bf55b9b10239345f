import { Ctx as Context, FieldResolver, Float, Resolver, Root } from 'type-graphql';
import type { Ctx } from '../../../core/context.js';
import { loader } from '../../../core/graphql/loaders.js';
import { User } from '../../identity/entities/user.entity.js';
import { Customer } from '../../customers/entities/customer.entity.js';
import { Conversation, ConversationMessage } from '../entities/conversation.entity.js';
import { QuickReply } from '../entities/quick-reply.entity.js';
import { UnclosedPurchase } from '../entities/unclosed-purchase.entity.js';
import { RESPONSE_TARGET_SECONDS } from '../services/response-times.js';

@Resolver(() => Conversation)
export class ConversationFieldsResolver {
  @FieldResolver(() => Customer, { description: 'The buyer.' })
  customer(@Root() c: Conversation) { return c.customer.load(); }

  @FieldResolver(() => User, { nullable: true, description: 'The specialist who handled it.' })
  staff(@Root() c: Conversation) { return c.staff?.load() ?? null; }

  @FieldResolver(() => Float, { nullable: true, description: 'Average response time in seconds; null if never answered.' })
  avgResponseSeconds(@Root() c: Conversation): number | null { return c.responseCount ? Math.round((c.totalResponseSeconds / c.responseCount) * 10) / 10 : null; }

  @FieldResolver(() => Boolean, { description: 'The first response came within the 20 s target.' })
  firstResponseWithinTarget(@Root() c: Conversation): boolean { return c.firstResponseSeconds != null && c.firstResponseSeconds <= RESPONSE_TARGET_SECONDS; }

  @FieldResolver(() => [ConversationMessage], { description: 'The messages in time order.' })
  messages(@Root() c: Conversation, @Context() ctx: Ctx) {
    return loader<number, ConversationMessage[]>(ctx, 'conversation.messages', async (ids) => {
      const rows = await ctx.em.find(ConversationMessage, { conversation: { $in: [...ids] } }, { orderBy: { at: 'asc', id: 'asc' } });
      const map = new Map<number, ConversationMessage[]>();
      for (const m of rows) map.set(m.conversation.id, [...(map.get(m.conversation.id) ?? []), m]);
      return map;
    }, []).load(c.id);
  }
}

@Resolver(() => ConversationMessage)
export class ConversationMessageFieldsResolver {
  @FieldResolver(() => Conversation, { description: 'The conversation.' })
  conversation(@Root() m: ConversationMessage) { return m.conversation.load(); }

  @FieldResolver(() => User, { nullable: true, description: 'The staff member who wrote it.' })
  staff(@Root() m: ConversationMessage) { return m.staff?.load() ?? null; }
}

@Resolver(() => UnclosedPurchase)
export class UnclosedPurchaseFieldsResolver {
  @FieldResolver(() => Customer, { description: 'The buyer.' })
  customer(@Root() u: UnclosedPurchase) { return u.customer.load(); }

  @FieldResolver(() => User, { nullable: true, description: 'Who registered it.' })
  staff(@Root() u: UnclosedPurchase) { return u.staff?.load() ?? null; }
}

@Resolver(() => QuickReply)
export class QuickReplyFieldsResolver {
  @FieldResolver(() => User, { nullable: true, description: 'Who added it.' })
  createdBy(@Root() q: QuickReply) { return q.createdBy?.load() ?? null; }
}
