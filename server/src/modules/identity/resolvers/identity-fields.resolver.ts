import { Ctx as Context, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import type { Ctx } from '../../../core/context.js';
import { loader } from '../../../core/graphql/loaders.js';
import { Department } from '../entities/department.entity.js';
import { Role } from '../entities/role.entity.js';
import { User } from '../entities/user.entity.js';
import { effectivePermissions } from '../services/permissions-of.js';

@Resolver(() => User)
export class UserFieldsResolver {
  @FieldResolver(() => Department, { nullable: true, description: 'The person’s department.' })
  department(@Root() user: User) {
    return user.department?.load() ?? null;
  }

  @FieldResolver(() => [Role], { description: 'Roles held.' })
  async roles(@Root() user: User) {
    return (await user.roles.load()).getItems();
  }

  @FieldResolver(() => [String], { description: 'Effective permissions: the union of the roles’ permissions.' })
  async permissions(@Root() user: User) {
    return effectivePermissions((await user.roles.load()).getItems());
  }
}

async function countUsersBy(ctx: Ctx, column: 'department_id' | 'role_id', ids: readonly number[]): Promise<Map<number, number>> {
  const table = column === 'department_id' ? 'users' : 'user_roles';
  const rows: { id: number; n: number | string }[] = await ctx.em.getConnection().execute(
    `select ${column} as id, count(*) as n from ${table} where ${column} in (${ids.map(() => '?').join(',')}) group by ${column}`,
    [...ids],
  );
  return new Map(rows.map((r) => [Number(r.id), Number(r.n)]));
}

@Resolver(() => Department)
export class DepartmentFieldsResolver {
  @FieldResolver(() => Int, { description: 'Number of staff accounts in the department.' })
  memberCount(@Root() department: Department, @Context() ctx: Ctx) {
    return loader<number, number>(ctx, 'department.memberCount', (ids) => countUsersBy(ctx, 'department_id', ids), 0).load(department.id);
  }
}

@Resolver(() => Role)
export class RoleFieldsResolver {
  @FieldResolver(() => Int, { description: 'Number of staff accounts holding the role.' })
  userCount(@Root() role: Role, @Context() ctx: Ctx) {
    return loader<number, number>(ctx, 'role.userCount', (ids) => countUsersBy(ctx, 'role_id', ids), 0).load(role.id);
  }
}
