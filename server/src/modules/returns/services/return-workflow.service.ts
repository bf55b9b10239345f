import type { Ctx } from '../../../core/context.js';
import { audit } from '../../../core/audit/audit.service.js';
import { Check, UserError } from '../../../core/errors.js';
import { publishAfterCommit } from '../../../core/events/domain-events.js';
import { User } from '../../identity/entities/user.entity.js';
import { Warehouse } from '../../inventory/entities/warehouse.entity.js';
import { ReturnStatus, ReturnType } from '../entities/return-enums.js';
import { Refund, RefundStatus } from '../entities/refund.entity.js';
import { openReturnRequest, RETURN_DOC, type OpenReturnInput } from './return-open.js';
import { loadReturn, moveReturn, requireReturnState } from './return-state.js';
import './return-events.js';

type Action = { id: string; note?: string | null };

/** Opens a request in its own transaction (the complaints desk calls openReturnRequest inside its own). */
export async function openReturn(ctx: Ctx, input: OpenReturnInput) {
  return ctx.em.transactional(async (tx) => ({ returnRequest: await openReturnRequest({ ...ctx, em: tx }, tx, input) }));
}

function decided(ctx: Ctx) {
  return { decidedBy: ctx.viewer?.userId ? ctx.em.getReference(User, ctx.viewer.userId) : undefined, decidedByLabel: ctx.viewer?.label ?? 'system', decidedAt: new Date() };
}

/** Requested → approved (needs `return:approve`). */
export async function approveReturn(ctx: Ctx, input: Action) {
  const request = await loadReturn(ctx, input.id);
  requireReturnState(request, [ReturnStatus.REQUESTED], 'approved');
  return ctx.em.transactional(async (tx) => {
    await moveReturn(ctx, tx, request, ReturnStatus.APPROVED, input.note, decided(ctx));
    audit(ctx, tx, { operation: 'approveReturn', entityType: RETURN_DOC, entityId: request.id, summary: `${request.code} approved${input.note ? `: ${input.note}` : ''}` });
    return { returnRequest: request };
  });
}

/** Requested → rejected, with the reason given to the buyer (needs `return:approve`). */
export async function rejectReturn(ctx: Ctx, input: Action) {
  new Check().require('note', input.note, 'The reason').throwIfAny();
  const request = await loadReturn(ctx, input.id);
  requireReturnState(request, [ReturnStatus.REQUESTED], 'rejected');
  return ctx.em.transactional(async (tx) => {
    await moveReturn(ctx, tx, request, ReturnStatus.REJECTED, input.note, { ...decided(ctx), endedAt: new Date() });
    audit(ctx, tx, { operation: 'rejectReturn', entityType: RETURN_DOC, entityId: request.id, summary: `${request.code} rejected: ${input.note}` });
    return { returnRequest: request };
  });
}

/** Requested or approved → cancelled (the buyer withdrew); not once goods arrived, money moved or a replacement exists. */
export async function cancelReturn(ctx: Ctx, input: Action) {
  new Check().require('note', input.note, 'The reason').throwIfAny();
  const request = await loadReturn(ctx, input.id);
  requireReturnState(request, [ReturnStatus.REQUESTED, ReturnStatus.APPROVED], 'cancelled');
  if (request.exchangeOrder) throw UserError.of('WRONG_STATE', `${request.code} already has a replacement order`, 'id');
  if (await ctx.em.count(Refund, { returnRequest: request.id, status: { $ne: RefundStatus.REJECTED } })) {
    throw UserError.of('WRONG_STATE', `${request.code} has refunds; reject them first`, 'id');
  }
  return ctx.em.transactional(async (tx) => {
    await moveReturn(ctx, tx, request, ReturnStatus.CANCELLED, input.note, { endedAt: new Date() });
    audit(ctx, tx, { operation: 'cancelReturn', entityType: RETURN_DOC, entityId: request.id, summary: `${request.code} cancelled: ${input.note}` });
    return { returnRequest: request };
  });
}

/** Approved → received: the goods arrived at a warehouse (RETURN and EXCHANGE only). */
export async function receiveReturn(ctx: Ctx, input: Action & { warehouseId: string }) {
  const request = await loadReturn(ctx, input.id);
  if (request.type === ReturnType.REFUND_ONLY) throw UserError.of('WRONG_STATE', `${request.code} is refund-only: no goods come back`, 'id');
  requireReturnState(request, [ReturnStatus.APPROVED], 'received');
  const warehouse = Number.isInteger(Number(input.warehouseId)) ? await ctx.em.findOne(Warehouse, Number(input.warehouseId)) : null;
  if (!warehouse) throw UserError.of('NOT_FOUND', 'No such warehouse', 'warehouseId');
  if (!warehouse.active) throw UserError.of('INVALID', `${warehouse.code} is inactive`, 'warehouseId');
  return ctx.em.transactional(async (tx) => {
    await moveReturn(ctx, tx, request, ReturnStatus.RECEIVED, [`Received at ${warehouse.code}`, input.note?.trim()].filter(Boolean).join(' — '),
      { warehouse: tx.getReference(Warehouse, warehouse.id), receivedAt: new Date() });
    audit(ctx, tx, { operation: 'receiveReturn', entityType: RETURN_DOC, entityId: request.id, summary: `${request.code} received at ${warehouse.code}` });
    return { returnRequest: request };
  });
}

/**
 * Inspected (RETURN), inspected with its replacement order (EXCHANGE) or approved (REFUND_ONLY)
 * → completed. Refused while a refund waits for an approval.
 */
export async function completeReturn(ctx: Ctx, input: Action) {
  const request = await loadReturn(ctx, input.id);
  requireReturnState(request, request.type === ReturnType.REFUND_ONLY ? [ReturnStatus.APPROVED] : [ReturnStatus.INSPECTED], 'completed');
  if (request.type === ReturnType.EXCHANGE && !request.exchangeOrder) throw UserError.of('WRONG_STATE', `${request.code} has no replacement order yet`, 'id');
  const pending = await ctx.em.find(Refund, { returnRequest: request.id, status: { $in: [RefundStatus.REQUESTED, RefundStatus.AWAITING_SECOND_APPROVAL] } });
  if (pending.some((r) => r.status === RefundStatus.AWAITING_SECOND_APPROVAL)) {
    throw UserError.of('NEEDS_SECOND_APPROVAL', `Refund ${pending.find((r) => r.status === RefundStatus.AWAITING_SECOND_APPROVAL)!.code} waits for a second approver`, 'id');
  }
  if (pending.length) throw UserError.of('WRONG_STATE', `Refund ${pending[0].code} waits for approval`, 'id');
  const result = await ctx.em.transactional(async (tx) => {
    await moveReturn(ctx, tx, request, ReturnStatus.COMPLETED, input.note, { endedAt: new Date() });
    audit(ctx, tx, { operation: 'completeReturn', entityType: RETURN_DOC, entityId: request.id, summary: `${request.code} completed${input.note ? `: ${input.note}` : ''}` });
    return { returnRequest: request };
  });
  await publishAfterCommit(ctx, 'return.completed', { returnRequestId: request.id, code: request.code, type: request.type, complaintCode: request.complaintCode ?? null });
  return result;
}
