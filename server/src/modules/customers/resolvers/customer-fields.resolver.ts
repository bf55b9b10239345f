import { Ctx as Context, FieldResolver, ID, Int, Resolver, Root } from 'type-graphql';
import type { Ctx } from '../../../core/context.js';
import { loader } from '../../../core/graphql/loaders.js';
import { num, sql } from '../../../core/db/sql.js';
import { DocumentEvent } from '../../../core/history/document-event.entity.js';
import { User } from '../../identity/entities/user.entity.js';
import { Customer } from '../entities/customer.entity.js';
import { CustomerAssignment } from '../entities/customer-assignment.entity.js';
import { MemberLevel } from '../entities/member-level.entity.js';
import { CustomerStatus } from '../entities/enums.js';
import { seesPii, showContact } from '../services/pii.js';
import { rfmOf } from '../services/rfm.js';
import { tagLoader } from '../services/tags.js';
import { now } from '../services/clock.js';
import { RfmType } from '../types/customer.types.js';

function assignmentsLoader(ctx: Ctx) {
  return loader<number, CustomerAssignment[]>(ctx, 'customer.assignments', async (ids) => {
    const rows = await ctx.em.find(CustomerAssignment, { customer: { $in: [...ids] } }, { orderBy: { assignedAt: 'asc', id: 'asc' } });
    const map = new Map<number, CustomerAssignment[]>();
    for (const row of rows) map.set(row.customer.id, [...(map.get(row.customer.id) ?? []), row]);
    return map;
  }, []);
}

function historyLoader(ctx: Ctx) {
  return loader<number, DocumentEvent[]>(ctx, 'customer.history', async (ids) => {
    const rows = await ctx.em.find(DocumentEvent, { documentType: { $in: ['Customer', 'CustomerMembership'] }, documentId: { $in: [...ids] } }, { orderBy: { at: 'asc', id: 'asc' } });
    const map = new Map<number, DocumentEvent[]>();
    for (const row of rows) map.set(row.documentId, [...(map.get(row.documentId) ?? []), row]);
    return map;
  }, []);
}

/** Contact fields are served only here, through `showContact`: masked unless the caller is staff with `customer:pii:read`. */
@Resolver(() => Customer)
export class CustomerFieldsResolver {
  @FieldResolver(() => String, { nullable: true, description: 'Buyer account on the platform; masked (e.g. tb***88) without `customer:pii:read`.' })
  platformAccount(@Root() c: Customer, @Context() ctx: Ctx) { return showContact(ctx, 'platformAccount', c.platformAccount); }

  @FieldResolver(() => String, { nullable: true, description: 'Phone, digits only; masked (e.g. 138****5678) without `customer:pii:read`.' })
  phone(@Root() c: Customer, @Context() ctx: Ctx) { return showContact(ctx, 'phone', c.phone); }

  @FieldResolver(() => String, { nullable: true, description: 'E-mail; masked (e.g. z***@qq.com) without `customer:pii:read`.' })
  email(@Root() c: Customer, @Context() ctx: Ctx) { return showContact(ctx, 'email', c.email); }

  @FieldResolver(() => String, { nullable: true, description: 'Address; only the first six characters shown without `customer:pii:read`.' })
  address(@Root() c: Customer, @Context() ctx: Ctx) { return showContact(ctx, 'address', c.address); }

  @FieldResolver(() => Boolean, { description: 'True when this caller gets contact fields masked.' })
  contactMasked(@Context() ctx: Ctx): boolean { return !seesPii(ctx.viewer); }

  @FieldResolver(() => [String], { description: 'Tags, sorted.' })
  tags(@Root() c: Customer, @Context() ctx: Ctx) { return tagLoader(ctx).load(c.id); }

  @FieldResolver(() => MemberLevel, { nullable: true, description: 'Member level; null for non-members.' })
  memberLevel(@Root() c: Customer) { return c.memberLevel?.load() ?? null; }

  @FieldResolver(() => Boolean, { description: 'A member: has a member level.' })
  isMember(@Root() c: Customer): boolean { return !!c.memberLevel; }

  @FieldResolver(() => User, { nullable: true, description: 'The specialist who owns the customer.' })
  assignee(@Root() c: Customer) { return c.assignee?.load() ?? null; }

  @FieldResolver(() => Boolean, { description: 'The 7-day first-contact deadline has passed without a contact.' })
  firstContactOverdue(@Root() c: Customer): boolean { return !!c.assignee && !c.firstContactAt && !!c.firstContactDueAt && c.firstContactDueAt < now(); }

  @FieldResolver(() => RfmType, { description: 'RFM scores and segment from the recorded orders.' })
  rfm(@Root() c: Customer): RfmType { return rfmOf(c, now()); }

  @FieldResolver(() => Customer, { nullable: true, description: 'For a MERGED record: the record it was merged into.' })
  mergedInto(@Root() c: Customer) { return c.mergedInto?.load() ?? null; }

  @FieldResolver(() => ID, { nullable: true, description: 'The resale agent (partner) who brought the customer.' })
  agentId(@Root() c: Customer) { return c.agent?.id ?? null; }

  @FieldResolver(() => [CustomerAssignment], { description: 'Every assignment, oldest first: who owned the customer when, and the first contact in each period.' })
  assignments(@Root() c: Customer, @Context() ctx: Ctx) { return assignmentsLoader(ctx).load(c.id); }

  @FieldResolver(() => [DocumentEvent], { description: 'Merges and member-level changes, oldest first.' })
  history(@Root() c: Customer, @Context() ctx: Ctx) { return historyLoader(ctx).load(c.id); }
}

@Resolver(() => CustomerAssignment)
export class CustomerAssignmentFieldsResolver {
  @FieldResolver(() => Customer, { description: 'The customer.' })
  customer(@Root() a: CustomerAssignment) { return a.customer.load(); }

  @FieldResolver(() => User, { description: 'The specialist.' })
  specialist(@Root() a: CustomerAssignment) { return a.specialist.load(); }

  @FieldResolver(() => User, { nullable: true, description: 'Who assigned.' })
  assignedBy(@Root() a: CustomerAssignment) { return a.assignedBy?.load() ?? null; }

  @FieldResolver(() => Boolean, { description: 'The first contact was late: made after the deadline, or missing when the deadline passed (before the assignment ended).' })
  firstContactLate(@Root() a: CustomerAssignment): boolean {
    return a.firstContactAt ? a.firstContactAt > a.dueAt : a.dueAt < (a.endedAt ?? now());
  }
}

@Resolver(() => MemberLevel)
export class MemberLevelFieldsResolver {
  @FieldResolver(() => Int, { description: 'Active customers at this level.' })
  customerCount(@Root() level: MemberLevel, @Context() ctx: Ctx) {
    return loader<number, number>(ctx, 'memberLevel.customerCount', async (ids) => {
      const rows = await sql<{ id: unknown; n: unknown }>(ctx.em, `select member_level_id as id, count(*) as n from customers where status = ? and member_level_id in (${ids.map(() => '?').join(',')}) group by member_level_id`, [CustomerStatus.ACTIVE, ...ids]);
      return new Map(rows.map((r) => [num(r.id), num(r.n)]));
    }, 0).load(level.id);
  }
}
