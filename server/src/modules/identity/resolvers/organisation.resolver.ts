import { Arg, Ctx as Context, Mutation, Query, Resolver } from 'type-graphql';
import type { Ctx } from '../../../core/context.js';
import { Allow, SignedIn } from '../../../core/auth/allow.js';
import { toPayload } from '../../../core/errors.js';
import { ALL_PERMISSIONS, PERMISSIONS, permissionGroup } from '../../../core/auth/permissions.js';
import { Department } from '../entities/department.entity.js';
import { Role } from '../entities/role.entity.js';
import { DepartmentPayload, PermissionInfo, RolePayload } from '../types/identity.types.js';
import { CreateDepartmentInput, CreateRoleInput, UpdateDepartmentInput, UpdateRoleInput } from '../inputs/identity.inputs.js';
import * as organisation from '../services/organisation.service.js';

@Resolver()
export class OrganisationResolver {
  @SignedIn()
  @Query(() => [Department], { description: 'All departments (reference data, a short list). Needs a signed-in caller.' })
  departments(@Context() ctx: Ctx) {
    return organisation.listDepartments(ctx);
  }

  @Allow('user:read')
  @Query(() => [Role], { description: 'All roles (reference data, a short list). Needs `user:read`.' })
  roles(@Context() ctx: Ctx) {
    return organisation.listRoles(ctx);
  }

  @SignedIn()
  @Query(() => [PermissionInfo], { description: 'Every permission an operation can require. Needs a signed-in caller.' })
  permissionCatalog(): PermissionInfo[] {
    return ALL_PERMISSIONS.map((name) => ({ name, description: PERMISSIONS[name], group: permissionGroup(name) }));
  }

  @Allow('role:manage')
  @Mutation(() => RolePayload, { description: 'Creates a role. Needs `role:manage`.' })
  createRole(@Context() ctx: Ctx, @Arg('input', () => CreateRoleInput, { description: 'The new role.' }) input: CreateRoleInput) {
    return toPayload(() => organisation.createRole(ctx, input));
  }

  @Allow('role:manage')
  @Mutation(() => RolePayload, { description: 'Changes a role’s names, supervisor flag or permissions. Needs `role:manage`.' })
  updateRole(@Context() ctx: Ctx, @Arg('input', () => UpdateRoleInput, { description: 'The changes.' }) input: UpdateRoleInput) {
    return toPayload(() => organisation.updateRole(ctx, input));
  }

  @Allow('role:manage')
  @Mutation(() => DepartmentPayload, { description: 'Creates a department. Needs `role:manage`.' })
  createDepartment(@Context() ctx: Ctx, @Arg('input', () => CreateDepartmentInput, { description: 'The new department.' }) input: CreateDepartmentInput) {
    return toPayload(() => organisation.createDepartment(ctx, input));
  }

  @Allow('role:manage')
  @Mutation(() => DepartmentPayload, { description: 'Changes a department. Needs `role:manage`.' })
  updateDepartment(@Context() ctx: Ctx, @Arg('input', () => UpdateDepartmentInput, { description: 'The changes.' }) input: UpdateDepartmentInput) {
    return toPayload(() => organisation.updateDepartment(ctx, input));
  }
}
