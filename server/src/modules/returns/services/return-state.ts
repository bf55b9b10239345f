import type { EntityManager } from '@mikro-orm/core';
import type { Ctx } from '../../../core/context.js';
import { partnerScope } from '../../../core/auth/partner-scope.js';
import { UserError } from '../../../core/errors.js';
import { recordTransition } from '../../../core/history/history.service.js';
import { ReturnStatus } from '../entities/return-enums.js';
import { ReturnRequest } from '../entities/return-request.entity.js';
import { RETURN_DOC } from './return-open.js';

/** A return request the caller may see (an agent token: only those of its own orders), or NOT_FOUND. */
export async function loadReturn(ctx: Ctx, id: string | number, populate: string[] = []): Promise<ReturnRequest> {
  const own = partnerScope(ctx.viewer);
  const request = Number.isInteger(Number(id))
    ? await ctx.em.findOne(ReturnRequest, own == null ? { id: Number(id) } : { id: Number(id), order: { agent: own } }, { populate: populate as never })
    : null;
  if (!request) throw UserError.of('NOT_FOUND', 'No such return request', 'id');
  return request;
}

/** Refuses an action unless the request is in one of the allowed states. */
export function requireReturnState(request: ReturnRequest, allowed: ReturnStatus[], action: string): void {
  if (!allowed.includes(request.status)) {
    throw UserError.of('WRONG_STATE', `${request.code} is ${request.status.toLowerCase()} and cannot be ${action}`, 'id');
  }
}

/**
 * Moves a request on by a conditional update on the state it was read in (a concurrent change
 * makes this fail with WRONG_STATE and the caller's transaction roll back), and records the step.
 */
export async function moveReturn(ctx: Ctx, tx: EntityManager, request: ReturnRequest, to: ReturnStatus, note?: string | null, columns: Record<string, unknown> = {}): Promise<void> {
  const from = request.status;
  const changed = await tx.nativeUpdate(ReturnRequest, { id: request.id, status: from }, { status: to, updatedAt: new Date(), ...columns } as never);
  if (!changed) throw UserError.of('WRONG_STATE', `${request.code} was changed by someone else meanwhile; reload it`, 'id');
  // assign (not Object.assign) turns entity references into the Ref wrappers the field resolvers load.
  tx.assign(request, { status: to, ...columns } as never);
  recordTransition(ctx, tx, { type: RETURN_DOC, id: request.id }, from, to, note);
}

/** For changes that keep the state (inspection of some lines, a refund, the exchange order): holds the row in its state. */
export async function holdReturn(tx: EntityManager, request: ReturnRequest): Promise<void> {
  const held = await tx.nativeUpdate(ReturnRequest, { id: request.id, status: request.status }, { updatedAt: new Date() });
  if (!held) throw UserError.of('WRONG_STATE', `${request.code} was changed by someone else meanwhile; reload it`, 'id');
}

/** A timeline note that is not a state change. */
export function returnNote(ctx: Ctx, tx: EntityManager, request: ReturnRequest, note: string): void {
  recordTransition(ctx, tx, { type: RETURN_DOC, id: request.id }, request.status, request.status, note);
}
