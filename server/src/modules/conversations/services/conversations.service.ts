import type { EntityManager, FilterQuery } from '@mikro-orm/core';
import type { Ctx } from '../../../core/context.js';
import { audit } from '../../../core/audit/audit.service.js';
import { badInput, Check } from '../../../core/errors.js';
import { contains, paginate, SortDirection, type PageArgs } from '../../../core/graphql/pagination.js';
import { User } from '../../identity/entities/user.entity.js';
import { Customer } from '../../customers/entities/customer.entity.js';
import { CustomerChannel, CustomerStatus } from '../../customers/entities/enums.js';
import { and, customerScope, defaultsToMine } from '../../customers/services/scope.js';
import { now } from '../../customers/services/clock.js';
import { Conversation, ConversationMessage } from '../entities/conversation.entity.js';
import { ConversationSource, MessageSender } from '../entities/enums.js';
import { responseFigures } from './response-times.js';
import { conversationsContaining } from './text-search.js';

export const MAX_MESSAGES = 2000;

export interface MessageInput { at: Date; sender: MessageSender; text: string; staffId?: number | null }

/** Validates a conversation's messages (field paths under `prefix`). */
export function checkMessages(check: Check, messages: MessageInput[], prefix: string): void {
  check.when(!messages.length, prefix, 'A conversation needs at least one message', 'REQUIRED');
  check.when(messages.length > MAX_MESSAGES, prefix, `At most ${MAX_MESSAGES} messages per conversation`);
  const latest = now().getTime() + 5 * 60_000;
  messages.forEach((m, i) => {
    check.when(!m.text?.trim(), `${prefix}.${i}.text`, 'A message needs text', 'REQUIRED');
    check.when((m.text ?? '').length > 4000, `${prefix}.${i}.text`, 'At most 4000 characters');
    check.when(m.at.getTime() > latest, `${prefix}.${i}.at`, 'A message cannot be in the future');
  });
}

/**
 * Writes a conversation and its messages in the caller's transaction, computing the response
 * times once (messages are never edited). The handler is the given staff member, or else the
 * first to answer.
 */
export function writeConversation(em: EntityManager, c: { customer: Customer; staffId?: number | null; channel: CustomerChannel; source: ConversationSource; externalRef?: string; note?: string; messages: MessageInput[] }): Conversation {
  const lines = [...c.messages].sort((a, b) => a.at.getTime() - b.at.getTime());
  const figures = responseFigures(lines);
  const handler = c.staffId ?? figures.firstResponderId ?? lines.find((l) => l.sender === MessageSender.STAFF)?.staffId ?? null;
  const conversation = em.create(Conversation, {
    customer: c.customer, staff: handler ? em.getReference(User, handler) : undefined, channel: c.channel, source: c.source, externalRef: c.externalRef, note: c.note,
    startedAt: lines[0].at, endedAt: lines.at(-1)!.at, messageCount: lines.length, responseCount: figures.responseCount,
    firstResponseSeconds: figures.firstResponseSeconds ?? undefined, totalResponseSeconds: figures.totalResponseSeconds, unansweredCount: figures.unansweredCount,
  });
  em.persist(conversation);
  lines.forEach((line, i) => {
    const staffId = line.sender === MessageSender.STAFF ? line.staffId ?? handler : null;
    em.persist(em.create(ConversationMessage, {
      conversation, at: line.at, sender: line.sender, text: line.text.trim(), staff: staffId ? em.getReference(User, staffId) : undefined, responseSeconds: figures.responseSeconds[i] ?? undefined,
    }));
  });
  return conversation;
}

/** Enters a chat by hand; staff messages are the caller's unless another staff member is named. */
export async function logConversation(ctx: Ctx, input: { customerId: string; channel: CustomerChannel; staffId?: string | null; note?: string | null; messages: { at: Date; sender: MessageSender; text: string }[] }) {
  const check = new Check();
  const staffId = input.staffId ? Number(input.staffId) : ctx.viewer?.userId ?? null;
  const messages = (input.messages ?? []).map((m) => ({ ...m, staffId: m.sender === MessageSender.STAFF ? staffId : null }));
  checkMessages(check, messages, 'messages');
  const customer = await ctx.em.findOne(Customer, and<Customer>(customerScope(ctx), { id: Number(input.customerId) }));
  check.when(!customer, 'customerId', 'No such customer', 'NOT_FOUND').when(!!customer && customer.status !== CustomerStatus.ACTIVE, 'customerId', 'The customer was merged; use the record it was merged into', 'WRONG_STATE');
  if (input.staffId) check.when(!(await ctx.em.count(User, { id: staffId!, active: true })), 'staffId', 'No such active staff member', 'NOT_FOUND');
  check.throwIfAny();
  return ctx.em.transactional(async (tx) => {
    const conversation = writeConversation(tx, { customer: customer!, staffId, channel: input.channel, source: ConversationSource.MANUAL, note: input.note?.trim() || undefined, messages });
    await tx.flush();
    audit(ctx, tx, { operation: 'logConversation', entityType: 'Conversation', entityId: conversation.id, summary: `${messages.length} message(s) with customer #${customer!.id}; first response ${conversation.firstResponseSeconds ?? '—'} s` });
    return { conversation };
  });
}

export interface ConversationFilterInput { customerId?: string | null; staffId?: string | null; mine?: boolean | null; channel?: CustomerChannel | null; from?: Date | null; to?: Date | null; text?: string | null; slowFirstResponse?: boolean | null }

/** Chat records by customer, staff, date and text. Specialists see their own chats unless they name a customer, a staff member or search text. */
export function listConversations(ctx: Ctx, args: PageArgs & { where?: ConversationFilterInput | null; sort?: { direction: SortDirection } | null }, targetSeconds: number) {
  const f = args.where ?? {};
  const scope = customerScope(ctx);
  const mine = !f.customerId && !f.staffId && !f.text?.trim() && defaultsToMine(ctx, f.mine);
  const where = and<Conversation>(
    scope && { customer: scope },
    !!f.customerId && { customer: Number(f.customerId) },
    !!f.staffId && { staff: Number(f.staffId) },
    mine && { staff: ctx.viewer!.userId! },
    !!f.channel && { channel: f.channel },
    !!f.from && { endedAt: { $gte: f.from } },
    !!f.to && { startedAt: { $lt: f.to } },
    !!f.text?.trim() && (conversationsContaining(ctx.em, f.text!) as FilterQuery<Conversation>),
    f.slowFirstResponse === true && { $or: [{ firstResponseSeconds: null }, { firstResponseSeconds: { $gt: targetSeconds } }] },
  ) as FilterQuery<Conversation>;
  const dir = args.sort?.direction === SortDirection.ASC ? 'asc' : 'desc';
  return paginate(ctx.em, Conversation, { ...args, where, orderBy: [{ startedAt: dir }, { id: dir }] as never });
}

export interface MessageFilterInput { text?: string | null; customerId?: string | null; staffId?: string | null; from?: Date | null; to?: Date | null }

/** Individual messages matching the text and filters, newest first: the quickest way to find what was said. */
export function searchMessages(ctx: Ctx, args: PageArgs & { where?: MessageFilterInput | null }) {
  const f = args.where ?? {};
  if (!f.text?.trim() && !f.customerId && !f.staffId) throw badInput('Search chat messages by text, customer or staff member');
  const scope = customerScope(ctx);
  const where = and<ConversationMessage>(
    scope && { conversation: { customer: scope } },
    !!f.text?.trim() && { text: contains(ctx.em, f.text!) },
    !!f.customerId && { conversation: { customer: Number(f.customerId) } },
    !!f.staffId && { staff: Number(f.staffId) },
    !!f.from && { at: { $gte: f.from } },
    !!f.to && { at: { $lt: f.to } },
  ) as FilterQuery<ConversationMessage>;
  return paginate(ctx.em, ConversationMessage, { ...args, where, orderBy: [{ at: 'desc' }, { id: 'desc' }] as never });
}
