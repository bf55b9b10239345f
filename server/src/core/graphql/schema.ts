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
  });
  return built;
}
