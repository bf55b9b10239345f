import type { Role } from '../entities/role.entity.js';
import { isPermission } from '../../../core/auth/permissions.js';

/** The union of the roles' permissions, limited to names in the catalogue, sorted. */
export function effectivePermissions(roles: Iterable<Pick<Role, 'permissions'>>): string[] {
  const set = new Set<string>();
  for (const role of roles) for (const p of role.permissions) if (isPermission(p)) set.add(p);
  return [...set].sort();
}
