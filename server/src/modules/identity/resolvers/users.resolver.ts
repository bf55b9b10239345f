import { Arg, Args, Ctx as Context, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { Ctx } from '../../../core/context.js';
import { Allow } from '../../../core/auth/allow.js';
import { toPayload } from '../../../core/errors.js';
import { PageArgs } from '../../../core/graphql/pagination.js';
import { User } from '../entities/user.entity.js';
import { UserConnection, UserPayload } from '../types/identity.types.js';
import { CreateUserInput, IdInput, ResetUserPasswordInput, UpdateUserInput, UserFilter, UserSort } from '../inputs/identity.inputs.js';
import * as users from '../services/users.service.js';

@Resolver()
export class UsersResolver {
  @Allow('user:read')
  @Query(() => UserConnection, { description: 'Staff accounts, paged, filtered and sorted. Needs `user:read`.' })
  users(
    @Context() ctx: Ctx,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('where', () => UserFilter, { nullable: true, description: 'Filters.' }) where?: UserFilter,
    @Arg('sort', () => UserSort, { nullable: true, description: 'Sort order (default: name ascending).' }) sort?: UserSort,
  ) {
    return users.listUsers(ctx, { ...page, where, sort });
  }

  @Allow('user:read')
  @Query(() => User, { nullable: true, description: 'One staff account. Needs `user:read`.' })
  user(@Context() ctx: Ctx, @Arg('id', () => ID, { description: 'Account id.' }) id: string) {
    return users.getUser(ctx, id);
  }

  @Allow('user:manage')
  @Mutation(() => UserPayload, { description: 'Creates a staff account. Needs `user:manage`.' })
  createUser(@Context() ctx: Ctx, @Arg('input', () => CreateUserInput, { description: 'The new account.' }) input: CreateUserInput) {
    return toPayload(() => users.createUser(ctx, input));
  }

  @Allow('user:manage')
  @Mutation(() => UserPayload, { description: 'Changes a staff account: name, department, roles, active, language. Needs `user:manage`.' })
  updateUser(@Context() ctx: Ctx, @Arg('input', () => UpdateUserInput, { description: 'The changes.' }) input: UpdateUserInput) {
    return toPayload(() => users.updateUser(ctx, input));
  }

  @Allow('user:manage')
  @Mutation(() => UserPayload, { description: 'Sets a new password for an account and ends its sessions. Needs `user:manage`.' })
  resetUserPassword(@Context() ctx: Ctx, @Arg('input', () => ResetUserPasswordInput, { description: 'Account and password.' }) input: ResetUserPasswordInput) {
    return toPayload(() => users.resetUserPassword(ctx, input));
  }

  @Allow('user:manage')
  @Mutation(() => UserPayload, { description: 'Lifts a sign-in lockout. Needs `user:manage`.' })
  unlockUser(@Context() ctx: Ctx, @Arg('input', () => IdInput, { description: 'The account.' }) input: IdInput) {
    return toPayload(() => users.unlockUser(ctx, input));
  }
}
