/**
 * One harmless call per root operation, for the permissions matrix. Mutations get input
 * that is refused by validation or names a missing record, so the matrix writes nothing.
 */
export const OPERATION_SAMPLES: Record<string, { query: string; variables?: Record<string, unknown> }> = {
  health: { query: '{ health { ok } }' },
  me: { query: '{ me { kind } }' },
  login: { query: 'mutation { login(input: { email: "nobody@demo.shop", password: "x" }) { errors { code } } }' },
  changePassword: { query: 'mutation { changePassword(input: { currentPassword: "wrong-password", newPassword: "new-password-1" }) { errors { code } } }' },
  setMyLocale: { query: 'mutation { setMyLocale(input: { locale: "xx" }) { errors { code } } }' },
  users: { query: '{ users(first: 1) { totalCount } }' },
  user: { query: '{ user(id: "1") { id } }' },
  departments: { query: '{ departments { code } }' },
  roles: { query: '{ roles { code } }' },
  permissionCatalog: { query: '{ permissionCatalog { name } }' },
  createUser: { query: 'mutation { createUser(input: { email: "bad", name: "", password: "x", roleIds: [] }) { errors { code } } }' },
  updateUser: { query: 'mutation { updateUser(input: { id: "999999" }) { errors { code } } }' },
  resetUserPassword: { query: 'mutation { resetUserPassword(input: { id: "999999", password: "long-enough-1" }) { errors { code } } }' },
  unlockUser: { query: 'mutation { unlockUser(input: { id: "999999" }) { errors { code } } }' },
  createRole: { query: 'mutation { createRole(input: { code: "Bad Code", name: "", nameEn: "", permissions: [] }) { errors { code } } }' },
  updateRole: { query: 'mutation { updateRole(input: { id: "999999" }) { errors { code } } }' },
  createDepartment: { query: 'mutation { createDepartment(input: { code: "Bad Code", name: "", nameEn: "" }) { errors { code } } }' },
  updateDepartment: { query: 'mutation { updateDepartment(input: { id: "999999" }) { errors { code } } }' },
  partners: { query: '{ partners(first: 1) { totalCount } }' },
  partner: { query: '{ partner(id: "1") { id } }' },
  createPartner: { query: 'mutation { createPartner(input: { type: SUPPLIER, code: "!", name: "" }) { errors { code } } }' },
  updatePartner: { query: 'mutation { updatePartner(input: { id: "999999" }) { errors { code } } }' },
  apiTokens: { query: '{ apiTokens(first: 1) { totalCount } }' },
  createApiToken: { query: 'mutation { createApiToken(input: { name: "", kind: ANALYST, permissions: [] }) { errors { code } } }' },
  revokeApiToken: { query: 'mutation { revokeApiToken(input: { id: "999999" }) { errors { code } } }' },
  auditLogs: { query: '{ auditLogs(first: 1) { totalCount } }' },
  // Last: it ends the caller's session.
  logout: { query: 'mutation { logout { ok } }' },
};
