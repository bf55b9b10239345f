import type { EntityManager } from '@mikro-orm/core';
import type { Ctx } from '../../../core/context.js';
import { audit } from '../../../core/audit/audit.service.js';
import { onEvent } from '../../../core/events/domain-events.js';
import { recordTransition } from '../../../core/history/history.service.js';
import { User } from '../../identity/entities/user.entity.js';
import { Customer } from '../../customers/entities/customer.entity.js';
import { DEFAULT_QUIET_HOURS } from '../../customers/services/quiet-hours.js';
import { DEFAULT_ABILITY, distributionPool, eligibleSpecialists, pickBalanced, type PoolMember } from '../../customers/services/specialists.js';
import { effectivePermissions } from '../../identity/services/permissions-of.js';
import { DAY_MS } from '../../customers/services/clock.js';
import { nextDocumentCode } from '../../inventory/services/document-code.js';
import '../../complaints/services/complaint-events.js';
import { CallbackCampaign } from '../entities/callback-campaign.entity.js';
import { CallbackTask } from '../entities/callback-task.entity.js';
import { CallbackPurpose, CallbackTaskStatus, CampaignStatus } from '../entities/enums.js';
import { DEFAULT_DUE_DAYS } from './campaigns.service.js';
import { openTaskLoads } from './campaign-run.service.js';

/**
 * Complaint follow-up callbacks (投诉回访: "处理后有回访"). Every closed complaint gets one task in a
 * standing, always-running campaign of purpose COMPLAINT_FOLLOW_UP, so the tasks appear in the
 * specialists' ordinary callback queue, with a script, quiet hours and the campaign report. The
 * task's `sourceRef` (the complaint number) is part of the unique key, so a customer who complains
 * twice is called back twice, and a repeated event creates nothing new. If a supervisor closes the
 * standing campaign (archiving its report), the next closed complaint opens a fresh one.
 */
async function standingCampaign(ctx: Ctx, em: EntityManager, at: Date): Promise<CallbackCampaign> {
  const running = await em.findOne(CallbackCampaign, { purpose: CallbackPurpose.COMPLAINT_FOLLOW_UP, status: CampaignStatus.RUNNING }, { orderBy: { id: 'asc' } });
  if (running) return running;
  const campaign = em.create(CallbackCampaign, {
    code: await nextDocumentCode(em, CallbackCampaign, 'CB', ctx.config.shopTimezone), name: '投诉回访 / Complaint follow-up', purpose: CallbackPurpose.COMPLAINT_FOLLOW_UP,
    criteria: {}, triggerAt: at, dueDays: DEFAULT_DUE_DAYS, dueAt: new Date(at.getTime() + DEFAULT_DUE_DAYS * DAY_MS), quietHours: DEFAULT_QUIET_HOURS,
    scriptOpening: '您好，我是店铺客服，之前您反映的问题已经处理完毕，想耽误您一分钟了解一下处理结果您是否满意？',
    scriptSatisfied: '感谢您的认可！如果还有任何需要，随时联系我们，祝您生活愉快，再见！',
    scriptUnsatisfied: '非常抱歉没有让您满意，能告诉我哪方面还不满意吗？我们会马上跟进改进，也请您继续监督。',
    specialistIds: [], status: CampaignStatus.RUNNING, startedAt: at,
  });
  em.persist(campaign);
  await em.flush();
  recordTransition(ctx, em, { type: 'CallbackCampaign', id: campaign.id }, null, CampaignStatus.RUNNING, 'Standing campaign for complaint follow-ups');
  return campaign;
}

/** Without an assignment pool: the customer-service department's staff who work callbacks, specialists before supervisors. */
async function customerServiceSpecialists(em: EntityManager): Promise<PoolMember[]> {
  const staff = await em.find(User, { active: true, department: { code: 'customer-service' } }, { populate: ['roles'], orderBy: { id: 'asc' } });
  const working = staff.filter((u) => effectivePermissions(u.roles.getItems()).includes('callback:work'));
  const specialists = working.filter((u) => !effectivePermissions(u.roles.getItems()).includes('callback:manage'));
  return (specialists.length ? specialists : working).map((user) => ({ user, abilityPercent: DEFAULT_ABILITY }));
}

/** The customer's own specialist when they can still work customers, else the least-loaded specialist of the pool (or of customer service). */
async function followUpAssignee(em: EntityManager, customer: Customer): Promise<User | null> {
  if (customer.assignee) {
    const own = (await eligibleSpecialists(em, [customer.assignee.id])).get(customer.assignee.id);
    if (own) return own;
  }
  const { pool: assignmentPool } = await distributionPool(em, []);
  const pool = assignmentPool.length ? assignmentPool : await customerServiceSpecialists(em);
  if (!pool.length) return null;
  const loads = await openTaskLoads(em, pool.map((p) => p.user.id));
  return pickBalanced(pool, loads).user;
}

export async function createComplaintFollowUp(ctx: Ctx, em: EntityManager, event: { code: string; customerId: number; closedAt: Date }): Promise<CallbackTask | null> {
  const existing = await em.findOne(CallbackTask, { sourceRef: event.code });
  if (existing) return existing;
  const customer = await em.findOneOrFail(Customer, event.customerId);
  const assignee = await followUpAssignee(em, customer);
  if (!assignee) {
    ctx.log.warn({ complaint: event.code }, 'no customer-service specialist to call back after the complaint');
    return null;
  }
  const campaign = await standingCampaign(ctx, em, event.closedAt);
  const dueAt = new Date(event.closedAt.getTime() + DEFAULT_DUE_DAYS * DAY_MS);
  const task = em.create(CallbackTask, { campaign, customer, assignee, dueAt, sourceRef: event.code, memberAtStart: !!customer.memberLevel, status: CallbackTaskStatus.OPEN });
  // The standing campaign's due time is that of its latest task.
  if (campaign.dueAt < dueAt) campaign.dueAt = dueAt;
  em.persist([task, campaign]);
  await em.flush();
  recordTransition(ctx, em, { type: 'CallbackTask', id: task.id }, null, CallbackTaskStatus.OPEN, `Follow-up of complaint ${event.code}`);
  audit(ctx, em, { operation: 'createComplaintFollowUp', entityType: 'CallbackTask', entityId: task.id, summary: `${campaign.code}: follow-up of ${event.code} for customer ${customer.id}, assigned to ${assignee.email}` });
  return task;
}

onEvent('complaint.closed', (ctx, em, event) => createComplaintFollowUp(ctx, em, event).then(() => undefined));
