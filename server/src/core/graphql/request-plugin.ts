import { GraphQLError, Kind, type FragmentDefinitionNode } from 'graphql';
import type { ApolloServerPlugin } from '@apollo/server';
import type { Ctx } from '../context.js';
import { TOKEN_PREFIX } from '../auth/viewer.js';
import { authenticate } from '../../modules/identity/services/authentication.service.js';
import { operationCost } from './cost.js';

function limitError(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'QUERY_LIMIT', http: { status: 400 } } });
}

/** The cost limit depends on who calls; the token prefix tells, so no SQL is needed to choose it. */
function costLimit(ctx: Ctx): number {
  const token = ctx.credential?.token ?? '';
  return token.startsWith(TOKEN_PREFIX.partner) ? ctx.config.limits.costPartner : ctx.config.limits.costStaff;
}

function isIntrospection(selections: readonly { kind: string; name?: { value: string } }[]): boolean {
  return selections.some((s) => s.kind === Kind.FIELD && (s.name?.value === '__schema' || s.name?.value === '__type'));
}

/**
 * Runs after parsing and validation (depth, aliases and tokens are checked there) and
 * before execution: first the cost limit, then authentication. A refused query runs no SQL.
 */
export function requestPlugin(): ApolloServerPlugin<Ctx> {
  return {
    async requestDidStart({ contextValue }) {
      return {
        async didResolveOperation({ operation, document, schema, request }) {
          if (!operation) return;
          const fragments: Record<string, FragmentDefinitionNode> = {};
          for (const def of document.definitions) if (def.kind === Kind.FRAGMENT_DEFINITION) fragments[def.name.value] = def;
          const cost = operationCost(schema, operation, fragments, request.variables ?? {});
          const limit = costLimit(contextValue);
          if (cost > limit) throw limitError(`Query cost ${cost} exceeds the limit of ${limit} (each page counts as its \`first\`)`);

          contextValue.viewer = await authenticate(contextValue);
          if (!contextValue.viewer && isIntrospection(operation.selectionSet.selections)) {
            throw new GraphQLError('Introspection is for signed-in callers only', { extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } });
          }
          contextValue.log = contextValue.log.child({ viewer: contextValue.viewer?.label ?? 'anonymous', operation: operation.name?.value ?? operation.operation });
        },
        async didEncounterErrors({ errors }) {
          for (const error of errors) {
            if (!error.extensions?.code || error.extensions.code === 'INTERNAL_SERVER_ERROR') {
              contextValue.log.error({ err: error.originalError ?? error, path: error.path }, 'unexpected error');
            }
          }
        },
      };
    },
  };
}
