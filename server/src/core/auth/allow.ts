import { UseMiddleware, type MiddlewareFn } from 'type-graphql';
import type { Ctx } from '../context.js';
import { forbidden, unauthenticated } from '../errors.js';
import type { Permission } from './permissions.js';

/** What a root operation requires. `public` needs nothing; `signedIn` needs any authenticated caller. */
export type Requirement = { public: true } | { signedIn: true; permissions: Permission[] };

/** Root field name → its requirement. Filled by @Allow at import time; read by the deny-by-default guard and tests. */
export const OPERATION_REQUIREMENTS = new Map<string, Requirement>();

function guard(requirement: Requirement): MiddlewareFn<Ctx> {
  return async ({ context }, next) => {
    if ('signedIn' in requirement) {
      const viewer = context.viewer;
      if (!viewer) throw unauthenticated();
      const missing = requirement.permissions.filter((p) => !viewer.permissions.has(p));
      if (missing.length) throw forbidden(`This operation needs the permission ${missing.join(', ')}`);
    }
    return next();
  };
}

function declare(requirement: Requirement): MethodDecorator {
  return (target, propertyKey, descriptor) => {
    const name = String(propertyKey);
    if (OPERATION_REQUIREMENTS.has(name)) throw new Error(`Operation ${name} is declared twice`);
    OPERATION_REQUIREMENTS.set(name, requirement);
    UseMiddleware(guard(requirement))(target, propertyKey, descriptor);
  };
}

/**
 * Declares the permissions a root query or mutation needs (all of them). Operations
 * without a declaration are refused by `denyUndeclared`, so the default is deny.
 */
export function Allow(...permissions: Permission[]): MethodDecorator {
  return declare({ signedIn: true, permissions });
}

/** Any authenticated caller (staff, partner or analyst). */
export function SignedIn(): MethodDecorator {
  return declare({ signedIn: true, permissions: [] });
}

/** No authentication needed (sign-in, health). */
export function Public(): MethodDecorator {
  return declare({ public: true });
}

/** Global middleware: a root field with no declared requirement is refused. */
export const denyUndeclared: MiddlewareFn<Ctx> = async ({ info }, next) => {
  const root = info.parentType.name;
  if ((root === 'Query' || root === 'Mutation') && !OPERATION_REQUIREMENTS.has(info.fieldName)) {
    throw forbidden(`Operation ${info.fieldName} declares no permission and is refused`);
  }
  return next();
};
