import type { EntityManager } from '@mikro-orm/core';
import type { Ctx } from '../context.js';
import { User } from '../../modules/identity/entities/user.entity.js';
import { DocumentEvent } from './document-event.entity.js';

/** Records a state transition in the caller's transaction. */
export function recordTransition(ctx: Ctx, em: EntityManager, doc: { type: string; id: number }, fromState: string | null, toState: string, note?: string | null): DocumentEvent {
  const event = em.create(DocumentEvent, {
    documentType: doc.type, documentId: doc.id, fromState: fromState ?? undefined, toState,
    actor: ctx.viewer?.userId ? em.getReference(User, ctx.viewer.userId) : undefined,
    actorLabel: ctx.viewer?.label ?? 'system', note: note ?? undefined, at: new Date(),
  });
  em.persist(event);
  return event;
}

/** A document's history, oldest first. */
export function historyOf(em: EntityManager, type: string, id: number): Promise<DocumentEvent[]> {
  return em.find(DocumentEvent, { documentType: type, documentId: id }, { orderBy: { at: 'asc', id: 'asc' } });
}
