import { ref } from '@mikro-orm/core';
import type { Ctx } from '../../../core/context.js';
import { audit } from '../../../core/audit/audit.service.js';
import { Check, UserError } from '../../../core/errors.js';
import { recordTransition } from '../../../core/history/history.service.js';
import { sql } from '../../../core/db/sql.js';
import { Customer } from '../entities/customer.entity.js';
import { CustomerAssignment } from '../entities/customer-assignment.entity.js';
import { ContactLog } from '../entities/contact-log.entity.js';
import { CustomerStatus } from '../entities/enums.js';
import { ComplaintRequest } from '../../callbacks/entities/complaint-request.entity.js';
import { Conversation } from '../../conversations/entities/conversation.entity.js';
import { UnclosedPurchase } from '../../conversations/entities/unclosed-purchase.entity.js';
import { Lead } from '../../telemarketing/entities/lead-list.entity.js';
import { addTags, tagsOf } from './tags.js';
import { now } from './clock.js';

const MAX_DUPLICATES = 20;

/** Keeps the first non-empty value: the kept record's own wins. */
const fill = <T>(kept: T | undefined | null, other: T | undefined | null) => (kept == null || kept === '' ? other ?? undefined : kept);
const earliest = (a?: Date, b?: Date) => (!a ? b : !b ? a : a < b ? a : b);
const latest = (a?: Date, b?: Date) => (!a ? b : !b ? a : a > b ? a : b);

/**
 * Merges duplicates into one kept record, losing nothing: blank fields are filled from the
 * duplicates, tags are united, order figures are summed, and every contact, assignment period,
 * chat, callback task, complaint request, unclosed purchase and lead moves to the kept record.
 * The duplicates stay readable as MERGED, pointing at the kept record, with a history entry.
 */
export async function mergeCustomers(ctx: Ctx, input: { keepId: string; duplicateIds: string[]; note?: string | null }) {
  const keepId = Number(input.keepId);
  const dupIds = [...new Set(input.duplicateIds.map(Number))];
  const check = new Check()
    .when(!dupIds.length, 'duplicateIds', 'Choose at least one duplicate', 'REQUIRED')
    .when(dupIds.length > MAX_DUPLICATES, 'duplicateIds', `At most ${MAX_DUPLICATES} duplicates at once`)
    .when(dupIds.includes(keepId), 'duplicateIds', 'The kept record cannot also be a duplicate');
  check.throwIfAny();
  const rows = await ctx.em.find(Customer, { id: { $in: [keepId, ...dupIds] } }, { populate: ['memberLevel'] });
  const keep = rows.find((c) => c.id === keepId);
  const dups = rows.filter((c) => c.id !== keepId);
  check.when(!keep, 'keepId', 'No such customer', 'NOT_FOUND').when(dups.length !== dupIds.length, 'duplicateIds', 'One or more customers do not exist', 'NOT_FOUND');
  check.when(!!keep && keep.status !== CustomerStatus.ACTIVE, 'keepId', 'The kept record was itself merged', 'WRONG_STATE');
  check.when(dups.some((d) => d.status !== CustomerStatus.ACTIVE), 'duplicateIds', 'A duplicate was already merged', 'WRONG_STATE');
  check.throwIfAny();
  const k = keep!;
  const at = now();
  const tags = await tagsOf(ctx.em, [k.id, ...dupIds]);

  return ctx.em.transactional(async (tx) => {
    for (const d of dups) {
      k.platformAccount = fill(k.platformAccount, d.platformAccount);
      k.phone = fill(k.phone, d.phone);
      k.email = fill(k.email, d.email);
      k.address = fill(k.address, d.address);
      if (!k.agent && d.agent) k.agent = d.agent;
      if (d.notes && d.notes !== k.notes) k.notes = [k.notes, `[#${d.id}] ${d.notes}`].filter(Boolean).join('\n');
      k.lifetimeValueFen += d.lifetimeValueFen;
      k.orderCount += d.orderCount;
      k.firstOrderAt = earliest(k.firstOrderAt, d.firstOrderAt);
      k.lastOrderAt = latest(k.lastOrderAt, d.lastOrderAt);
      k.lastContactAt = latest(k.lastContactAt, d.lastContactAt);
      const dl = d.memberLevel?.getEntity();
      if (dl && (!k.memberLevel || dl.thresholdFen > k.memberLevel.getEntity().thresholdFen)) k.memberLevel = d.memberLevel;
      k.memberSince = earliest(k.memberSince, d.memberSince);
      if (d.vip) { k.vip = true; k.vipSince = earliest(k.vipSince, d.vipSince); }
      // Ownership: the kept record keeps its specialist; if it had none, it takes the duplicate's current assignment.
      if (!k.assignee && d.assignee) {
        Object.assign(k, { assignee: d.assignee, assignedAt: d.assignedAt, firstContactDueAt: d.firstContactDueAt, firstContactAt: d.firstContactAt });
      } else {
        await tx.nativeUpdate(CustomerAssignment, { customer: d.id, endedAt: null }, { endedAt: at, endReason: 'MERGED' });
      }
      addTags(tx, k, tags.get(k.id) ?? [], tags.get(d.id) ?? []);
      tags.set(k.id, [...new Set([...(tags.get(k.id) ?? []), ...(tags.get(d.id) ?? [])])]);
      Object.assign(d, { status: CustomerStatus.MERGED, mergedInto: ref(k), assignee: null, firstContactDueAt: null });
      tx.persist(d);
      recordTransition(ctx, tx, { type: 'Customer', id: d.id }, CustomerStatus.ACTIVE, CustomerStatus.MERGED, `merged into #${k.id}${input.note ? `: ${input.note}` : ''}`);
    }
    for (const entity of [ContactLog, CustomerAssignment, ComplaintRequest, Conversation, UnclosedPurchase, Lead] as const) {
      await tx.nativeUpdate(entity as never, { customer: { $in: dupIds } }, { customer: k.id });
    }
    // A callback task moves unless the kept record has one in the same campaign (the pair is unique); then it stays on the duplicate.
    await sql(tx, `update callback_tasks set customer_id = ? where customer_id in (${dupIds.map(() => '?').join(',')})
      and campaign_id not in (select campaign_id from callback_tasks where customer_id = ?)
      and id in (select min(id) from callback_tasks where customer_id in (${dupIds.map(() => '?').join(',')}) group by campaign_id)`, [k.id, ...dupIds, k.id, ...dupIds]);
    tx.persist(k);
    await tx.flush();
    recordTransition(ctx, tx, { type: 'Customer', id: k.id }, CustomerStatus.ACTIVE, CustomerStatus.ACTIVE, `absorbed ${dupIds.map((id) => `#${id}`).join(', ')}${input.note ? `: ${input.note}` : ''}`);
    audit(ctx, tx, { operation: 'mergeCustomers', entityType: 'Customer', entityId: k.id, summary: `merged ${dupIds.map((id) => `#${id}`).join(', ')} into #${k.id} ${k.name}` });
    return { customer: k, merged: dups.length };
  });
}
