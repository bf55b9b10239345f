import { Arg, Ctx as Context, Mutation, Query, Resolver } from 'type-graphql';
import type { Ctx } from '../../../core/context.js';
import { Allow } from '../../../core/auth/allow.js';
import { toPayload } from '../../../core/errors.js';
import { MemberLevel } from '../entities/member-level.entity.js';
import { CustomerPayload, MemberLevelPayload } from '../types/customer.types.js';
import { CreateMemberLevelInput, SetCustomerMemberLevelInput, UpdateMemberLevelInput } from '../inputs/desk.inputs.js';
import * as members from '../services/members.service.js';

@Resolver()
export class MembersResolver {
  @Allow('customer:read')
  @Query(() => [MemberLevel], { description: 'Member levels by threshold (reference data, a short list). Needs `customer:read`.' })
  memberLevels(@Context() ctx: Ctx) {
    return members.listMemberLevels(ctx);
  }

  @Allow('member:manage')
  @Mutation(() => MemberLevelPayload, { description: 'Defines a member level with its lifetime-spend threshold. Needs `member:manage`.' })
  createMemberLevel(@Context() ctx: Ctx, @Arg('input', () => CreateMemberLevelInput, { description: 'The level.' }) input: CreateMemberLevelInput) {
    return toPayload(() => members.createMemberLevel(ctx, input));
  }

  @Allow('member:manage')
  @Mutation(() => MemberLevelPayload, { description: 'Changes a member level; a new threshold applies from the next recorded spend. Needs `member:manage`.' })
  updateMemberLevel(@Context() ctx: Ctx, @Arg('input', () => UpdateMemberLevelInput, { description: 'The changes.' }) input: UpdateMemberLevelInput) {
    return toPayload(() => members.updateMemberLevel(ctx, input));
  }

  @Allow('member:manage')
  @Mutation(() => CustomerPayload, { description: 'Sets or removes a customer’s member level by hand; VIP follows the level. Needs `member:manage`.' })
  setCustomerMemberLevel(@Context() ctx: Ctx, @Arg('input', () => SetCustomerMemberLevelInput, { description: 'Customer and level.' }) input: SetCustomerMemberLevelInput) {
    return toPayload(() => members.setCustomerMemberLevel(ctx, input));
  }
}
