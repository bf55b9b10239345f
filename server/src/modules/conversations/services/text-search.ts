import { raw, type EntityManager } from '@mikro-orm/core';
import { likePattern } from '../../../core/graphql/pagination.js';

const isPostgres = (em: EntityManager) => em.getPlatform().constructor.name.toLowerCase().includes('postgre');

/** Conversations with a message containing the text (case-insensitive), as a sub-query condition. */
export function conversationsContaining(em: EntityManager, text: string): object {
  const postgres = isPostgres(em);
  const pattern = postgres ? likePattern(text) : `%${text.trim()}%`;
  const op = postgres ? 'ilike' : 'like';
  return { [raw((alias) => `${alias}.id in (select conversation_id from conversation_messages where text ${op} ?)`, [pattern])]: [] };
}
