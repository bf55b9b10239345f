import { ref } from '@mikro-orm/core';
import type { Ctx } from '../../../core/context.js';
import { audit } from '../../../core/audit/audit.service.js';
import { Check } from '../../../core/errors.js';
import { recordTransition } from '../../../core/history/history.service.js';
import { shopDay } from '../../../core/time.js';
import { Sku } from '../../catalog/entities/sku.entity.js';
import { Product } from '../../catalog/entities/product.entity.js';
import { ComplaintRequest } from '../../callbacks/entities/complaint-request.entity.js';
import { ComplaintRequestStatus } from '../../callbacks/entities/enums.js';
import { linkComplaintRequest } from '../../callbacks/services/callback-form.service.js';
import { Customer } from '../../customers/entities/customer.entity.js';
import { CustomerStatus } from '../../customers/entities/enums.js';
import { DAY_MS, now } from '../../customers/services/clock.js';
import { Department } from '../../identity/entities/department.entity.js';
import { User } from '../../identity/entities/user.entity.js';
import { effectivePermissions } from '../../identity/services/permissions-of.js';
import { nextDocumentCode } from '../../inventory/services/document-code.js';
import { Order } from '../../orders/entities/order.entity.js';
import { Complaint } from '../entities/complaint.entity.js';
import { ComplaintCategory, ComplaintChannel, ComplaintState, OPEN_COMPLAINT_STATES } from '../entities/enums.js';
import { COMPLAINT_DEADLINE_MS, COMPLAINT_DOC, loadInState, transition, trimmed } from './complaint-state.js';

/** A complaint received by phone or in a shop may be registered a little later, not weeks later. */
const MAX_BACKDATE_MS = 7 * DAY_MS;
/** Allowed clock skew for a received time given by a client. */
const SKEW_MS = 5 * 60_000;

export interface RegisterComplaintInput {
  customerId: string; channel: ComplaintChannel; receivedAt?: Date | null; orderId?: string | null; productId?: string | null; skuId?: string | null;
  category: ComplaintCategory; content: string; demand: string; complaintRequestId?: string | null; handlerId?: string | null;
}

export function checkText(check: Check, field: string, label: string, value: string | null | undefined, max: number, required = true): void {
  if (required) check.when(!value?.trim(), field, `${label} is required`, 'REQUIRED');
  check.when((value ?? '').length > max, field, `${label} must be at most ${max} characters`);
}

/** A staff member who may work complaints (handler, responsible person are checked here). */
export async function activeStaff(ctx: Ctx, check: Check, field: string, id: string | null | undefined, permission?: string): Promise<User | undefined> {
  if (!id) return undefined;
  const user = Number.isInteger(Number(id)) ? await ctx.em.findOne(User, { id: Number(id), active: true }, { populate: ['roles'] }) : null;
  if (!user) { check.add(field, 'No such active staff member', 'NOT_FOUND'); return undefined; }
  if (permission && !effectivePermissions(user.roles.getItems()).includes(permission)) check.add(field, `${user.name} may not work complaints (needs ${permission})`, 'FORBIDDEN');
  return user;
}

/**
 * Step 1, intake (投诉受理): fills in the registration form. The complainant must be a customer of
 * the archive (the follow-up callback needs one); order and product/SKU are optional but must
 * agree with each other and with the customer. A complaint request raised by customer service
 * is linked in the same transaction.
 */
export async function registerComplaint(ctx: Ctx, input: RegisterComplaintInput) {
  const at = now();
  const receivedAt = input.receivedAt ?? at;
  const check = new Check();
  checkText(check, 'content', 'The complaint content', input.content, 4000);
  checkText(check, 'demand', 'The customer’s demand', input.demand, 2000);
  check.when(receivedAt.getTime() > at.getTime() + SKEW_MS, 'receivedAt', 'The received time cannot be in the future');
  check.when(receivedAt.getTime() < at.getTime() - MAX_BACKDATE_MS, 'receivedAt', 'The received time may be at most 7 days back');
  const customer = Number.isInteger(Number(input.customerId)) ? await ctx.em.findOne(Customer, Number(input.customerId)) : null;
  if (!customer) check.add('customerId', 'No such customer', 'NOT_FOUND');
  else check.when(customer.status === CustomerStatus.MERGED, 'customerId', 'This customer record was merged into another; register the complaint on that one');

  const order = input.orderId ? await ctx.em.findOne(Order, Number(input.orderId) || -1, { populate: ['lines'] }) : null;
  if (input.orderId && !order) check.add('orderId', 'No such order', 'NOT_FOUND');
  if (order?.customer && customer && order.customer.id !== customer.id) check.add('orderId', `Order ${order.code} belongs to another customer`);
  const sku = input.skuId ? await ctx.em.findOne(Sku, Number(input.skuId) || -1) : null;
  if (input.skuId && !sku) check.add('skuId', 'No such SKU', 'NOT_FOUND');
  let product = input.productId ? await ctx.em.findOne(Product, Number(input.productId) || -1) : null;
  if (input.productId && !product) check.add('productId', 'No such product', 'NOT_FOUND');
  if (sku && product && sku.product.id !== product.id) check.add('skuId', 'The SKU is not a variant of the product');
  if (sku && !product) product = await ctx.em.findOne(Product, sku.product.id);
  if (sku && order && !order.lines.getItems().some((l) => l.sku.id === sku.id)) check.add('skuId', `The SKU is not on order ${order.code}`);

  const request = input.complaintRequestId ? await ctx.em.findOne(ComplaintRequest, Number(input.complaintRequestId) || -1) : null;
  if (input.complaintRequestId && !request) check.add('complaintRequestId', 'No such complaint request', 'NOT_FOUND');
  if (request && request.status !== ComplaintRequestStatus.OPEN) check.add('complaintRequestId', `The complaint request is already ${request.status.toLowerCase()}`, 'WRONG_STATE');
  if (request && customer && request.customer.id !== customer.id) check.add('complaintRequestId', 'The complaint request is about another customer');
  const handler = input.handlerId ? await activeStaff(ctx, check, 'handlerId', input.handlerId, 'complaint:write') : undefined;
  check.throwIfAny();

  const me = ctx.viewer?.userId ? ctx.em.getReference(User, ctx.viewer.userId) : undefined;
  return ctx.em.transactional(async (tx) => {
    const complaint = tx.create(Complaint, {
      code: await nextDocumentCode(tx, Complaint, 'CP', ctx.config.shopTimezone), state: ComplaintState.REGISTERED,
      customer: customer!, channel: input.channel, receivedAt, dueAt: new Date(receivedAt.getTime() + COMPLAINT_DEADLINE_MS),
      receivedDay: shopDay(receivedAt, ctx.config.shopTimezone), order: order ?? undefined, product: product ?? undefined, sku: sku ?? undefined,
      category: input.category, content: input.content.trim(), demand: input.demand.trim(), complaintRequest: request ?? undefined,
      handler: handler ?? me, registeredBy: me,
    });
    tx.persist(complaint);
    await tx.flush();
    if (request) await linkComplaintRequest(ctx, tx, request.id, complaint.code);
    recordTransition(ctx, tx, { type: COMPLAINT_DOC, id: complaint.id }, null, ComplaintState.REGISTERED,
      `${input.channel} complaint from ${customer!.name}${order ? ` on ${order.code}` : ''}${request ? ` (request ${request.id})` : ''}`);
    audit(ctx, tx, { operation: 'registerComplaint', entityType: COMPLAINT_DOC, entityId: complaint.id, summary: `${complaint.code} ${input.category} from customer ${customer!.id}${order ? `, order ${order.code}` : ''}` });
    return { complaint };
  });
}

/** Hands an open complaint to another staff member who may work complaints. */
export async function assignComplaint(ctx: Ctx, input: { id: string; handlerId: string; note?: string | null }) {
  const complaint = await loadInState(ctx, input.id, OPEN_COMPLAINT_STATES, 'reassigned');
  const check = new Check();
  const handler = await activeStaff(ctx, check, 'handlerId', input.handlerId, 'complaint:write');
  check.when(!handler && !check.errors.length, 'handlerId', 'Name the new handler', 'REQUIRED');
  check.throwIfAny();
  return ctx.em.transactional(async (tx) => {
    complaint.handler = ref(handler!);
    tx.persist(complaint);
    audit(ctx, tx, { operation: 'assignComplaint', entityType: COMPLAINT_DOC, entityId: complaint.id, summary: `${complaint.code} handed to ${handler!.email}${input.note ? `: ${input.note}` : ''}` });
    return { complaint };
  });
}

/**
 * Step 2, judgment (投诉判断): is the complaint valid and the demand reasonable? An invalid one is
 * closed with the polite reply given to the customer; a valid one names the responsible department.
 */
export async function judgeComplaint(ctx: Ctx, input: { id: string; valid: boolean; demandReasonable?: boolean | null; responsibleDepartmentId?: string | null; reply?: string | null; note?: string | null }) {
  const complaint = await loadInState(ctx, input.id, [ComplaintState.REGISTERED], 'judged');
  const check = new Check();
  checkText(check, 'note', 'The note', input.note, 2000, false);
  let department: Department | null = null;
  if (input.valid) {
    check.when(input.demandReasonable == null, 'demandReasonable', 'Say whether the demand is reasonable', 'REQUIRED');
    check.when(!input.responsibleDepartmentId, 'responsibleDepartmentId', 'Name the responsible department', 'REQUIRED');
    if (input.responsibleDepartmentId) {
      department = await ctx.em.findOne(Department, Number(input.responsibleDepartmentId) || -1);
      check.when(!department, 'responsibleDepartmentId', 'No such department', 'NOT_FOUND');
    }
  } else {
    checkText(check, 'reply', 'The polite reply to the customer', input.reply, 2000);
  }
  check.throwIfAny();
  const at = now();
  return ctx.em.transactional(async (tx) => {
    complaint.valid = input.valid;
    complaint.demandReasonable = input.demandReasonable ?? undefined;
    complaint.judgmentNote = trimmed(input.note);
    complaint.judgedAt = at;
    if (!input.valid) {
      complaint.invalidReply = input.reply!.trim();
      complaint.resolvedAt = at;
      complaint.resolutionMinutes = Math.max(0, Math.round((at.getTime() - complaint.receivedAt.getTime()) / 60_000));
      transition(ctx, tx, complaint, ComplaintState.CLOSED_INVALID, 'judgeComplaint', 'judged invalid and closed with a reply', `Invalid. Reply: ${complaint.invalidReply}`);
    } else {
      complaint.responsibleDepartment = ref(department!);
      transition(ctx, tx, complaint, ComplaintState.JUDGED, 'judgeComplaint', `valid, demand ${input.demandReasonable ? 'reasonable' : 'not reasonable'}, responsible: ${department!.code}`,
        [`Valid; demand ${input.demandReasonable ? 'reasonable' : 'not reasonable'}; responsible department ${department!.name}`, trimmed(input.note)].filter(Boolean).join(' — '));
    }
    return { complaint };
  });
}
