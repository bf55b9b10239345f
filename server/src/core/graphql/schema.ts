import 'reflect-metadata';
import { buildSchema, type NonEmptyArray } from 'type-graphql';
import type { GraphQLSchema } from 'graphql';
import { DateTimeScalar } from './scalars.js';
import { denyUndeclared } from '../auth/allow.js';
import { RESOLVERS } from '../../modules/resolvers.js';

let built: Promise<GraphQLSchema> | undefined;

/** The one GraphQL schema, built once per process from every module's resolvers. */
export function getSchema(): Promise<GraphQLSchema> {
  built ??= buildSchema({
    resolvers: RESOLVERS as unknown as NonEmptyArray<Function>,
    scalarsMap: [{ type: Date, scalar: DateTimeScalar }],
    globalMiddlewares: [denyUndeclared],
    validate: false,
    emitSchemaFile: false,
  }).then((schema) => {
    // type-graphql has no option for the root types' descriptions.
    schema.getQueryType()!.description = 'Reads. Each field names the permission it needs; lists are connections (`first` ≤ 100, `after`, `where`, `sort`).';
    schema.getMutationType()!.description = 'Changes. Each takes one `input` and returns a payload with the result and `errors { field message code }`; each names the permission it needs.';
    return schema;
  });
  return built;
}
