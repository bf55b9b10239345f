import { Arg, Ctx as Context, Mutation, Query, Resolver } from 'type-graphql';
import type { Ctx } from '../../../core/context.js';
import { Public, SignedIn } from '../../../core/auth/allow.js';
import { toPayload } from '../../../core/errors.js';
import { LoginPayload, LogoutPayload, UserPayload } from '../types/identity.types.js';
import { ChangePasswordInput, LoginInput, SetLocaleInput } from '../inputs/identity.inputs.js';
import { ViewerType } from '../types/viewer.type.js';
import * as sessions from '../services/login.service.js';
import { describeViewer } from '../services/viewer.service.js';

@Resolver()
export class SessionResolver {
  @Public()
  @Query(() => ViewerType, { nullable: true, description: 'The caller: user, department, roles and effective permissions. Null when not signed in. Public.' })
  me(@Context() ctx: Ctx) {
    return describeViewer(ctx);
  }

  @Public()
  @Mutation(() => LoginPayload, { description: 'Signs a staff member in: returns a session token and sets an HttpOnly session cookie. Five failures lock the account for 15 minutes. Public.' })
  login(@Context() ctx: Ctx, @Arg('input', () => LoginInput, { description: 'E-mail and password.' }) input: LoginInput) {
    return sessions.login(ctx, input);
  }

  @SignedIn()
  @Mutation(() => LogoutPayload, { description: 'Ends the caller’s session and clears the cookie. Needs a signed-in caller.' })
  logout(@Context() ctx: Ctx) {
    return toPayload(() => sessions.logout(ctx));
  }

  @SignedIn()
  @Mutation(() => UserPayload, { description: 'Changes one’s own password and ends one’s other sessions. Needs a signed-in staff member.' })
  changePassword(@Context() ctx: Ctx, @Arg('input', () => ChangePasswordInput, { description: 'Current and new password.' }) input: ChangePasswordInput) {
    return toPayload(() => sessions.changePassword(ctx, input));
  }

  @SignedIn()
  @Mutation(() => UserPayload, { description: 'Stores one’s UI language. Needs a signed-in staff member.' })
  setMyLocale(@Context() ctx: Ctx, @Arg('input', () => SetLocaleInput, { description: 'The language.' }) input: SetLocaleInput) {
    return toPayload(() => sessions.setMyLocale(ctx, input));
  }
}
