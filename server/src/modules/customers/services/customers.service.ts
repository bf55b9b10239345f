import { ref, type EntityManager } from '@mikro-orm/core';
import type { Ctx } from '../../../core/context.js';
import { audit, describeChanges } from '../../../core/audit/audit.service.js';
import { Check, UserError } from '../../../core/errors.js';
import { User } from '../../identity/entities/user.entity.js';
import { Partner, PartnerType } from '../../partners/entities/partner.entity.js';
import { Customer } from '../entities/customer.entity.js';
import { CustomerChannel, CustomerStatus } from '../entities/enums.js';
import { MemberLevel } from '../entities/member-level.entity.js';
import { checkContact, normaliseEmail, normalisePhone, normaliseTags, normaliseText } from './normalise.js';
import { duplicateMessage, findDuplicates } from './duplicates.js';
import { seesPii } from './pii.js';
import { addTags, replaceTags, tagsOf } from './tags.js';
import { getCustomer } from './customer-query.js';
import { now } from './clock.js';

export interface CustomerFields {
  name?: string | null;
  platformAccount?: string | null;
  phone?: string | null;
  email?: string | null;
  address?: string | null;
  channel?: CustomerChannel | null;
  notes?: string | null;
  tags?: string[] | null;
  agentId?: string | null;
}

function normalise(input: CustomerFields) {
  return {
    name: input.name === undefined ? undefined : (input.name ?? '').trim(),
    platformAccount: normaliseText(input.platformAccount), phone: normalisePhone(input.phone), email: normaliseEmail(input.email),
    address: normaliseText(input.address), notes: normaliseText(input.notes), tags: input.tags == null ? undefined : normaliseTags(input.tags),
  };
}

async function checkDuplicates(em: EntityManager, check: Check, fields: { phone?: string; platformAccount?: string }, excludeId?: number) {
  const found = await findDuplicates(em, { phones: fields.phone ? [fields.phone] : [], accounts: fields.platformAccount ? [fields.platformAccount] : [] }, excludeId);
  const byPhone = found.find((c) => fields.phone && c.phone === fields.phone);
  const byAccount = found.find((c) => fields.platformAccount && c.platformAccount === fields.platformAccount);
  if (byPhone) check.add('phone', duplicateMessage(byPhone, 'phone'), 'DUPLICATE');
  if (byAccount) check.add('platformAccount', duplicateMessage(byAccount, 'platformAccount'), 'DUPLICATE');
}

async function findAgent(ctx: Ctx, check: Check, agentId: string | null | undefined): Promise<Partner | null> {
  if (!agentId) return null;
  const agent = await ctx.em.findOne(Partner, { id: Number(agentId), type: PartnerType.AGENT });
  check.when(!agent, 'agentId', 'No such resale agent', 'NOT_FOUND');
  return agent;
}

/** The entry member level (lowest threshold), for enrolling a customer by hand. */
export function entryLevel(em: EntityManager): Promise<MemberLevel | null> {
  return em.findOne(MemberLevel, { thresholdFen: { $gte: 0 } }, { orderBy: { thresholdFen: 'asc' } });
}

/** Daily intake of one customer; refused as DUPLICATE when an active customer has the phone or platform account. */
export async function createCustomer(ctx: Ctx, input: CustomerFields & { name: string; channel: CustomerChannel; member?: boolean | null }) {
  const f = normalise(input);
  const check = new Check();
  checkContact(check, f);
  await checkDuplicates(ctx.em, check, f);
  const agent = await findAgent(ctx, check, input.agentId);
  const level = input.member ? await entryLevel(ctx.em) : null;
  check.when(!!input.member && !level, 'member', 'Define a member level first');
  check.throwIfAny();
  return ctx.em.transactional(async (tx) => {
    const customer = tx.create(Customer, {
      name: f.name!, platformAccount: f.platformAccount, phone: f.phone, email: f.email, address: f.address, notes: f.notes,
      channel: input.channel, agent: agent ?? undefined, memberLevel: level ?? undefined, memberSince: level ? now() : undefined,
      vip: level?.grantsVip ?? false, vipSince: level?.grantsVip ? now() : undefined,
      createdBy: ctx.viewer?.userId ? tx.getReference(User, ctx.viewer.userId) : undefined,
    });
    tx.persist(customer);
    await tx.flush();
    addTags(tx, customer, [], f.tags ?? []);
    audit(ctx, tx, { operation: 'createCustomer', entityType: 'Customer', entityId: customer.id, summary: `created ${customer.name} (${customer.channel})${level ? `, member ${level.code}` : ''}` });
    return { customer };
  });
}

const CONTACT_KEYS = ['platformAccount', 'phone', 'email', 'address'] as const;

/** Edits the profile. Contact fields can only be changed by callers who can see them (no blind overwrites with masked values). */
export async function updateCustomer(ctx: Ctx, input: CustomerFields & { id: string }) {
  const customer = await getCustomer(ctx, input.id);
  if (!customer) throw UserError.of('NOT_FOUND', 'No such customer', 'id');
  if (customer.status !== CustomerStatus.ACTIVE) throw UserError.of('WRONG_STATE', 'A merged customer cannot be edited; edit the record it was merged into', 'id');
  const f = normalise(input);
  const check = new Check();
  const touchesContact = CONTACT_KEYS.some((k) => input[k] !== undefined);
  if (touchesContact && !seesPii(ctx.viewer)) throw UserError.of('FORBIDDEN', 'Changing contact fields needs `customer:pii:read`', CONTACT_KEYS.find((k) => input[k] !== undefined));
  checkContact(check, f);
  await checkDuplicates(ctx.em, check, { phone: input.phone !== undefined ? f.phone : undefined, platformAccount: input.platformAccount !== undefined ? f.platformAccount : undefined }, customer.id);
  const agent = await findAgent(ctx, check, input.agentId);
  check.throwIfAny();

  const tags = (await tagsOf(ctx.em, [customer.id])).get(customer.id) ?? [];
  const before = { name: customer.name, channel: customer.channel, notes: customer.notes, agent: customer.agent?.id ?? null, tags, contact: CONTACT_KEYS.filter((k) => input[k] !== undefined) };
  if (f.name !== undefined) customer.name = f.name;
  if (input.channel) customer.channel = input.channel;
  if (input.notes !== undefined) customer.notes = f.notes ?? (null as never);
  if (input.agentId !== undefined) customer.agent = (agent ? ref(agent) : null) as never;
  for (const key of CONTACT_KEYS) if (input[key] !== undefined) customer[key] = (f[key] ?? null) as never;
  return ctx.em.transactional(async (tx) => {
    tx.persist(customer);
    if (f.tags) await replaceTags(tx, customer, tags, f.tags);
    const after = { name: customer.name, channel: customer.channel, notes: customer.notes, agent: customer.agent?.id ?? null, tags: f.tags ?? tags };
    // Contact values stay out of the audit log: it only notes which contact fields changed.
    const contact = before.contact.length ? `; contact fields changed: ${before.contact.join(', ')}` : '';
    audit(ctx, tx, { operation: 'updateCustomer', entityType: 'Customer', entityId: customer.id, summary: describeChanges({ ...before, contact: undefined }, after) + contact });
    return { customer };
  });
}
