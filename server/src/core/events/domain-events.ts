import type { EntityManager } from '@mikro-orm/core';
import type { Ctx } from '../context.js';

/**
 * Typed domain events, handled after the publishing transaction has committed. Side effects
 * that cross modules (a closed complaint creating a follow-up callback task, say) subscribe
 * here instead of the publisher calling into the other module inline.
 *
 * Each module adds its events to this map by declaration merging:
 *   declare module '../../core/events/domain-events.js' { interface DomainEvents { 'complaint.closed': {...} } }
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface DomainEvents {}

export type EventName = keyof DomainEvents;
export type EventHandler<N extends EventName> = (ctx: Ctx, em: EntityManager, payload: DomainEvents[N]) => Promise<void>;

const handlers = new Map<string, ((ctx: Ctx, em: EntityManager, payload: never) => Promise<void>)[]>();

/** Registers a handler; modules subscribe at import time (their index.ts). */
export function onEvent<N extends EventName>(name: N, handler: EventHandler<N>): void {
  handlers.set(name, [...(handlers.get(name) ?? []), handler as (ctx: Ctx, em: EntityManager, payload: never) => Promise<void>]);
}

/**
 * Runs the handlers of an event that has committed. Each handler gets its own transaction:
 * a failing handler is logged and does not undo the committed change nor stop the others.
 * Awaited, so the caller's response reflects the side effects (the follow-up task exists).
 */
export async function publishAfterCommit<N extends EventName>(ctx: Ctx, name: N, payload: DomainEvents[N]): Promise<void> {
  for (const handler of handlers.get(name) ?? []) {
    try {
      await ctx.em.fork().transactional((tx) => handler(ctx, tx, payload as never));
    } catch (error) {
      ctx.log.error({ err: error, event: name, requestId: ctx.requestId }, 'event handler failed');
    }
  }
}
