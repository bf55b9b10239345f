import type { EntityManager } from '@mikro-orm/core';
import type { Ctx } from '../../../core/context.js';
import { audit } from '../../../core/audit/audit.service.js';
import { Check } from '../../../core/errors.js';
import { recordTransition } from '../../../core/history/history.service.js';
import { num, sql } from '../../../core/db/sql.js';
import { User } from '../../identity/entities/user.entity.js';
import { Customer } from '../../customers/entities/customer.entity.js';
import { distributionPool, pickBalanced } from '../../customers/services/specialists.js';
import { now } from '../../customers/services/clock.js';
import { CallbackTask } from '../entities/callback-task.entity.js';
import { CallbackReport } from '../entities/callback-report.entity.js';
import { CallbackTaskStatus, CampaignStatus } from '../entities/enums.js';
import { criteriaWhere } from './criteria.js';
import { loadCampaign } from './campaigns.service.js';
import { computeReport } from './report.service.js';

export const MAX_TASKS = 20_000;

/** Open callback tasks per specialist across running campaigns: the load task distribution balances. */
export async function openTaskLoads(em: EntityManager, userIds: number[]): Promise<Map<number, number>> {
  if (!userIds.length) return new Map();
  const rows = await sql<{ id: unknown; n: unknown }>(em, `select assignee_id as id, count(*) as n from callback_tasks where status in (?, ?) and assignee_id in (${userIds.map(() => '?').join(',')}) group by assignee_id`,
    [CallbackTaskStatus.OPEN, CallbackTaskStatus.SCHEDULED, ...userIds]);
  return new Map(rows.map((r) => [num(r.id), num(r.n)]));
}

/**
 * Draft → running: one task per matching customer, due at the end of the campaign's window.
 * A customer whose own specialist is in the campaign's pool goes to them (they know the
 * customer); the rest are balanced across the pool by open tasks and ability.
 */
export async function startCampaign(ctx: Ctx, input: { id: string; note?: string | null }) {
  const campaign = await loadCampaign(ctx, input.id, [CampaignStatus.DRAFT], 'started');
  const at = now();
  const check = new Check().when(campaign.dueAt <= at, 'id', 'The due window has already ended: set a later trigger time or a longer window');
  check.throwIfAny();
  const customers = await ctx.em.find(Customer, criteriaWhere(campaign.criteria, at), { orderBy: { id: 'asc' }, limit: MAX_TASKS + 1 });
  const { pool, unknown } = await distributionPool(ctx.em, campaign.specialistIds);
  check.when(!customers.length, 'criteria', 'No customers match the criteria', 'REQUIRED');
  check.when(customers.length > MAX_TASKS, 'criteria', `At most ${MAX_TASKS} customers per campaign; narrow the criteria`);
  check.when(unknown.length > 0, 'specialistIds', `Not active staff who can work customers: ${unknown.join(', ')}`);
  check.when(!pool.length, 'specialistIds', 'No specialists to distribute to: name them or add specialists to the pool', 'REQUIRED');
  check.throwIfAny();
  const inPool = new Map(pool.map((p) => [p.user.id, p.user]));
  const loads = await openTaskLoads(ctx.em, [...inPool.keys()]);
  const plan = customers.map((customer) => {
    const own = customer.assignee ? inPool.get(customer.assignee.id) : undefined;
    if (own) loads.set(own.id, (loads.get(own.id) ?? 0) + 1);
    return { customer, assignee: own ?? pickBalanced(pool, loads).user };
  });
  return ctx.em.transactional(async (tx) => {
    for (const { customer, assignee } of plan) {
      tx.persist(tx.create(CallbackTask, { campaign, customer, assignee, dueAt: campaign.dueAt, memberAtStart: !!customer.memberLevel, status: CallbackTaskStatus.OPEN }));
    }
    campaign.status = CampaignStatus.RUNNING;
    campaign.startedAt = at;
    tx.persist(campaign);
    await tx.flush();
    const counts = [...inPool.values()].map((u) => `${u.email} ${plan.filter((p) => p.assignee.id === u.id).length}`).join(', ');
    recordTransition(ctx, tx, { type: 'CallbackCampaign', id: campaign.id }, CampaignStatus.DRAFT, CampaignStatus.RUNNING, input.note ?? `${plan.length} task(s): ${counts}`);
    audit(ctx, tx, { operation: 'startCallbackCampaign', entityType: 'CallbackCampaign', entityId: campaign.id, summary: `${campaign.code}: ${plan.length} task(s) — ${counts}` });
    return { campaign };
  });
}

/** Running → closed: open tasks expire, and the summary report is computed and archived with the campaign. */
export async function closeCampaign(ctx: Ctx, input: { id: string; note?: string | null }) {
  const campaign = await loadCampaign(ctx, input.id, [CampaignStatus.RUNNING], 'closed');
  const at = now();
  return ctx.em.transactional(async (tx) => {
    await tx.nativeUpdate(CallbackTask, { campaign: campaign.id, status: { $in: [CallbackTaskStatus.OPEN, CallbackTaskStatus.SCHEDULED] } }, { status: CallbackTaskStatus.EXPIRED, updatedAt: at });
    const data = await computeReport(tx, campaign.id);
    tx.persist(tx.create(CallbackReport, { campaign, data, generatedBy: ctx.viewer?.userId ? tx.getReference(User, ctx.viewer.userId) : undefined }));
    campaign.status = CampaignStatus.CLOSED;
    campaign.closedAt = at;
    tx.persist(campaign);
    await tx.flush();
    recordTransition(ctx, tx, { type: 'CallbackCampaign', id: campaign.id }, CampaignStatus.RUNNING, CampaignStatus.CLOSED, input.note);
    audit(ctx, tx, { operation: 'closeCallbackCampaign', entityType: 'CallbackCampaign', entityId: campaign.id, summary: `${campaign.code} closed: ${data.reached}/${data.tasks} reached, members ${data.membersReached}/${data.members}` });
    return { campaign };
  });
}
