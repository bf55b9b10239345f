import type { EntityManager } from '@mikro-orm/core';
import type { Ctx } from '../context.js';
import { AuditLog } from './audit-log.entity.js';
import { User } from '../../modules/identity/entities/user.entity.js';

export interface AuditEntry {
  operation: string;
  entityType: string;
  entityId?: string | number | null;
  summary: string;
  /** For sign-in, where the actor is known before a viewer exists. */
  actorId?: number;
  actorLabel?: string;
}

/** Records a mutation in the audit log, inside the caller's transaction so both commit or neither. */
export function audit(ctx: Ctx, em: EntityManager, entry: AuditEntry): AuditLog {
  const actorId = entry.actorId ?? ctx.viewer?.userId;
  const row = em.create(AuditLog, {
    at: new Date(),
    actor: actorId ? em.getReference(User, actorId) : undefined,
    actorLabel: entry.actorLabel ?? ctx.viewer?.label ?? 'anonymous',
    operation: entry.operation,
    entityType: entry.entityType,
    entityId: entry.entityId == null ? undefined : String(entry.entityId),
    summary: entry.summary.slice(0, 4000),
    requestId: ctx.requestId,
  });
  em.persist(row);
  return row;
}

/** A short "field: old → new" summary of changed fields. */
export function describeChanges(before: Record<string, unknown>, after: Record<string, unknown>): string {
  const changes = Object.keys(after)
    .filter((key) => after[key] !== undefined && JSON.stringify(before[key]) !== JSON.stringify(after[key]))
    .map((key) => `${key}: ${JSON.stringify(before[key] ?? null)} → ${JSON.stringify(after[key])}`);
  return changes.length ? changes.join('; ') : 'no changes';
}
