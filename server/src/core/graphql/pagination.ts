import { Field, Int, ObjectType, registerEnumType, ArgsType, type ClassType } from 'type-graphql';
import type { EntityManager, EntityName, FilterQuery, FindOptions, QueryOrderMap } from '@mikro-orm/core';
import { badInput } from '../errors.js';

export const MAX_PAGE = 100;
export const DEFAULT_PAGE = 20;

export enum SortDirection {
  ASC = 'ASC',
  DESC = 'DESC',
}
registerEnumType(SortDirection, { name: 'SortDirection', description: 'Sort order of a list.' });

@ObjectType({ description: 'Where a page sits in its list.' })
export class PageInfo {
  @Field(() => Boolean, { description: 'True when more rows follow this page.' })
  hasNextPage!: boolean;

  @Field(() => String, { nullable: true, description: 'Pass as `after` to fetch the next page.' })
  endCursor?: string | null;
}

/** The paging arguments every list takes. */
@ArgsType()
export class PageArgs {
  @Field(() => Int, { nullable: true, description: `Page size, 1 to ${MAX_PAGE} (default ${DEFAULT_PAGE}). It counts towards the query cost.` })
  first?: number;

  @Field(() => String, { nullable: true, description: 'The `endCursor` of the previous page.' })
  after?: string;
}

export interface ConnectionResult<T> {
  edges: { cursor: string; node: T }[];
  nodes: T[];
  pageInfo: PageInfo;
  totalCount: number;
}

/** Builds `<Name>Edge` and `<Name>Connection` object types for a node type. */
export function ConnectionType<T extends object>(node: ClassType<T>, name: string, what: string) {
  @ObjectType(`${name}Edge`, { description: `One ${what} in a page, with its cursor.` })
  class Edge {
    @Field(() => String, { description: 'Opaque position of this row; pass as `after`.' })
    cursor!: string;

    @Field(() => node, { description: `The ${what}.` })
    node!: T;
  }

  @ObjectType(`${name}ConnectionBase`, { description: `A page of ${what}s.` })
  class Connection implements ConnectionResult<T> {
    @Field(() => [Edge], { description: 'The rows of this page with their cursors.' })
    edges!: Edge[];

    @Field(() => [node], { description: 'The rows of this page.' })
    nodes!: T[];

    @Field(() => PageInfo, { description: 'Paging state.' })
    pageInfo!: PageInfo;

    @Field(() => Int, { description: 'Rows matching the filter, across all pages.' })
    totalCount!: number;
  }
  return Connection;
}

const encodeCursor = (offset: number) => Buffer.from(`o:${offset}`).toString('base64url');

function decodeCursor(cursor: string): number {
  const match = /^o:(\d+)$/.exec(Buffer.from(cursor, 'base64url').toString());
  if (!match) throw badInput('`after` is not a cursor from this list');
  return Number(match[1]) + 1;
}

export function pageSize(first: number | undefined | null): number {
  const size = first ?? DEFAULT_PAGE;
  if (!Number.isInteger(size) || size < 1 || size > MAX_PAGE) throw badInput(`\`first\` must be between 1 and ${MAX_PAGE}`);
  return size;
}

/** One page of an entity list: a count query and a select, whatever the page size. */
export async function paginate<T extends object>(
  em: EntityManager,
  entity: EntityName<T>,
  args: PageArgs & { where: FilterQuery<T>; orderBy: QueryOrderMap<T>[]; options?: FindOptions<T, any> },
): Promise<ConnectionResult<T>> {
  const limit = pageSize(args.first);
  const offset = args.after ? decodeCursor(args.after) : 0;
  const [rows, totalCount] = await em.findAndCount(entity, args.where, {
    ...(args.options ?? {}),
    orderBy: args.orderBy,
    limit,
    offset,
  } as FindOptions<T, any>);
  const edges = rows.map((node, i) => ({ cursor: encodeCursor(offset + i), node }));
  return {
    edges,
    nodes: rows,
    totalCount,
    pageInfo: { hasNextPage: offset + rows.length < totalCount, endCursor: edges.at(-1)?.cursor ?? null },
  };
}

/** Escapes LIKE wildcards in user search text (PostgreSQL's LIKE escapes with a backslash). */
export function likePattern(search: string): string {
  return `%${search.trim().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/**
 * A case-insensitive "contains" condition for a search box. PostgreSQL: ILIKE with the
 * wildcards escaped. SQLite: LIKE (case-insensitive for ASCII) without escapes, since its
 * LIKE has no escape character unless ESCAPE is given; `%` and `_` typed there match widely.
 */
export function contains(em: EntityManager, text: string): { $ilike: string } | { $like: string } {
  const postgres = em.getPlatform().constructor.name.toLowerCase().includes('postgre');
  return postgres ? { $ilike: likePattern(text) } : { $like: `%${text.trim()}%` };
}
