import { Arg, Args, Ctx as Context, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Ctx } from '../../../core/context.js';
import { Allow } from '../../../core/auth/allow.js';
import { toPayload } from '../../../core/errors.js';
import { PageArgs } from '../../../core/graphql/pagination.js';
import { IdInput } from '../../identity/inputs/identity.inputs.js';
import { User } from '../../identity/entities/user.entity.js';
import { Partner } from '../../partners/entities/partner.entity.js';
import { ApiToken } from '../entities/api-token.entity.js';
import { ApiTokenConnection, ApiTokenPayload, CreateApiTokenPayload } from '../types/api-token.types.js';
import { ApiTokenFilter, ApiTokenSort, CreateApiTokenInput } from '../inputs/api-token.inputs.js';
import * as tokens from '../services/api-tokens.service.js';

@Resolver()
export class ApiTokensResolver {
  @Allow('token:manage')
  @Query(() => ApiTokenConnection, { description: 'API tokens, paged (secrets are never shown). Needs `token:manage`.' })
  apiTokens(
    @Context() ctx: Ctx,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('where', () => ApiTokenFilter, { nullable: true, description: 'Filters.' }) where?: ApiTokenFilter,
    @Arg('sort', () => ApiTokenSort, { nullable: true, description: 'Sort order (default: newest first).' }) sort?: ApiTokenSort,
  ) {
    return tokens.listApiTokens(ctx, { ...page, where, sort });
  }

  @Allow('token:manage')
  @Mutation(() => CreateApiTokenPayload, { description: 'Issues a token for a partner or analyst; the secret is returned once. Needs `token:manage`.' })
  createApiToken(@Context() ctx: Ctx, @Arg('input', () => CreateApiTokenInput, { description: 'The token’s scope.' }) input: CreateApiTokenInput) {
    return toPayload(() => tokens.createApiToken(ctx, input));
  }

  @Allow('token:manage')
  @Mutation(() => ApiTokenPayload, { description: 'Revokes a token; its next request is refused. Needs `token:manage`.' })
  revokeApiToken(@Context() ctx: Ctx, @Arg('input', () => IdInput, { description: 'The token.' }) input: IdInput) {
    return toPayload(() => tokens.revokeApiToken(ctx, input));
  }
}

@Resolver(() => ApiToken)
export class ApiTokenFieldsResolver {
  @FieldResolver(() => Partner, { nullable: true, description: 'For partner tokens, the partner it reads for.' })
  partner(@Root() token: ApiToken) {
    return token.partner?.load() ?? null;
  }

  @FieldResolver(() => User, { nullable: true, description: 'Who issued it.' })
  createdBy(@Root() token: ApiToken) {
    return token.createdBy?.load() ?? null;
  }

  @FieldResolver(() => Boolean, { description: 'Usable now: neither revoked nor expired.' })
  active(@Root() token: ApiToken): boolean {
    return !token.revokedAt && (!token.expiresAt || token.expiresAt.getTime() > Date.now());
  }
}
