/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "query MePermissions {\n  me {\n    permissions\n    user {\n      id\n      name\n      email\n      department {\n        code\n        name\n        nameEn\n      }\n      roles {\n        code\n        name\n        nameEn\n        isSupervisor\n      }\n    }\n    apiToken {\n      id\n      name\n      kind\n    }\n  }\n}": typeof types.MePermissionsDocument,
    "query UsersPage($after: String) {\n  users(first: 20, after: $after, sort: {field: CREATED_AT, direction: DESC}) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      id\n      name\n      email\n      active\n      department {\n        code\n        name\n      }\n      roles {\n        code\n      }\n    }\n  }\n}": typeof types.UsersPageDocument,
    "query AuditLogFilter($from: DateTime = \"2020-01-01T00:00:00Z\", $to: DateTime) {\n  auditLogs(\n    first: 50\n    where: {entityType: \"User\", from: $from, to: $to}\n    sort: {direction: DESC}\n  ) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      at\n      actorLabel\n      operation\n      entityType\n      entityId\n      summary\n    }\n  }\n}": typeof types.AuditLogFilterDocument,
    "query Partners($type: PartnerType) {\n  partners(\n    first: 50\n    where: {type: $type, active: true}\n    sort: {field: NAME, direction: ASC}\n  ) {\n    totalCount\n    nodes {\n      id\n      type\n      code\n      name\n      contactName\n      contactPhone\n      active\n    }\n  }\n}": typeof types.PartnersDocument,
    "\n  query ApiTokensList($first: Int, $after: String, $where: ApiTokenFilter, $sort: ApiTokenSort) {\n    apiTokens(first: $first, after: $after, where: $where, sort: $sort) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes {\n        id name kind prefix permissions expiresAt revokedAt lastUsedAt createdAt active\n        partner { id name }\n        createdBy { id name }\n      }\n    }\n  }\n": typeof types.ApiTokensListDocument,
    "\n  query TokenFormOptions {\n    permissionCatalog { name description group }\n    partners(first: 100, where: { active: true }, sort: { field: NAME, direction: ASC }) {\n      nodes { id name code type }\n    }\n  }\n": typeof types.TokenFormOptionsDocument,
    "\n  mutation CreateApiToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      secret\n      apiToken { id name }\n      errors { field message code }\n    }\n  }\n": typeof types.CreateApiTokenDocument,
    "\n  mutation RevokeApiToken($input: IdInput!) {\n    revokeApiToken(input: $input) {\n      apiToken { id revokedAt active }\n      errors { field message code }\n    }\n  }\n": typeof types.RevokeApiTokenDocument,
    "\n  query AuditLogs($first: Int, $after: String, $where: AuditLogFilter, $sort: AuditLogSort) {\n    auditLogs(first: $first, after: $after, where: $where, sort: $sort) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes { id at actorLabel operation entityType entityId summary requestId actor { id name email } }\n    }\n  }\n": typeof types.AuditLogsDocument,
    "\n  query AuditActors {\n    users(first: 100, sort: { field: NAME, direction: ASC }) {\n      nodes { id name email }\n    }\n  }\n": typeof types.AuditActorsDocument,
    "\n  query PartnersList($first: Int, $after: String, $where: PartnerFilter, $sort: PartnerSort) {\n    partners(first: $first, after: $after, where: $where, sort: $sort) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes { id type code name contactName contactPhone active createdAt }\n    }\n  }\n": typeof types.PartnersListDocument,
    "\n  mutation CreatePartner($input: CreatePartnerInput!) {\n    createPartner(input: $input) {\n      partner { id name }\n      errors { field message code }\n    }\n  }\n": typeof types.CreatePartnerDocument,
    "\n  mutation UpdatePartner($input: UpdatePartnerInput!) {\n    updatePartner(input: $input) {\n      partner { id type code name contactName contactPhone active }\n      errors { field message code }\n    }\n  }\n": typeof types.UpdatePartnerDocument,
    "\n  query RolesAdmin {\n    roles { id code name nameEn isSupervisor permissions userCount system }\n    permissionCatalog { name description group }\n  }\n": typeof types.RolesAdminDocument,
    "\n  query DepartmentsAdmin {\n    departments { id code name nameEn description memberCount }\n  }\n": typeof types.DepartmentsAdminDocument,
    "\n  mutation CreateRole($input: CreateRoleInput!) {\n    createRole(input: $input) {\n      role { id }\n      errors { field message code }\n    }\n  }\n": typeof types.CreateRoleDocument,
    "\n  mutation UpdateRole($input: UpdateRoleInput!) {\n    updateRole(input: $input) {\n      role { id code name nameEn isSupervisor permissions userCount system }\n      errors { field message code }\n    }\n  }\n": typeof types.UpdateRoleDocument,
    "\n  mutation CreateDepartment($input: CreateDepartmentInput!) {\n    createDepartment(input: $input) {\n      department { id }\n      errors { field message code }\n    }\n  }\n": typeof types.CreateDepartmentDocument,
    "\n  mutation UpdateDepartment($input: UpdateDepartmentInput!) {\n    updateDepartment(input: $input) {\n      department { id code name nameEn description memberCount }\n      errors { field message code }\n    }\n  }\n": typeof types.UpdateDepartmentDocument,
    "\n  query StaffUsers($first: Int, $after: String, $where: UserFilter, $sort: UserSort) {\n    users(first: $first, after: $after, where: $where, sort: $sort) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes {\n        id\n        email\n        name\n        locale\n        active\n        lockedUntil\n        lastLoginAt\n        createdAt\n        department { id name nameEn }\n        roles { id name nameEn }\n      }\n    }\n  }\n": typeof types.StaffUsersDocument,
    "\n  query StaffOptions {\n    departments { id code name nameEn }\n    roles { id code name nameEn isSupervisor }\n  }\n": typeof types.StaffOptionsDocument,
    "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      user { id name }\n      errors { field message code }\n    }\n  }\n": typeof types.CreateUserDocument,
    "\n  mutation UpdateUser($input: UpdateUserInput!) {\n    updateUser(input: $input) {\n      user { id name active department { id name nameEn } roles { id name nameEn } locale }\n      errors { field message code }\n    }\n  }\n": typeof types.UpdateUserDocument,
    "\n  mutation ResetUserPassword($input: ResetUserPasswordInput!) {\n    resetUserPassword(input: $input) {\n      user { id }\n      errors { field message code }\n    }\n  }\n": typeof types.ResetUserPasswordDocument,
    "\n  mutation UnlockUser($input: IdInput!) {\n    unlockUser(input: $input) {\n      user { id lockedUntil active }\n      errors { field message code }\n    }\n  }\n": typeof types.UnlockUserDocument,
    "\n  query Me {\n    me {\n      permissions\n      user {\n        id\n        email\n        name\n        locale\n        lastLoginAt\n        department { id code name nameEn }\n        roles { id code name nameEn isSupervisor }\n      }\n      apiToken { id name kind }\n    }\n  }\n": typeof types.MeDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      user { id }\n      errors { field message code }\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation Logout {\n    logout { ok }\n  }\n": typeof types.LogoutDocument,
    "\n  mutation SetMyLocale($input: SetLocaleInput!) {\n    setMyLocale(input: $input) {\n      user { id locale }\n      errors { field message code }\n    }\n  }\n": typeof types.SetMyLocaleDocument,
    "\n  query WorkspaceDepartments {\n    departments { id code name nameEn description memberCount }\n  }\n": typeof types.WorkspaceDepartmentsDocument,
    "\n  query DepartmentTeam($departmentId: ID!) {\n    users(first: 100, where: { departmentId: $departmentId }, sort: { field: NAME, direction: ASC }) {\n      totalCount\n      nodes {\n        id\n        name\n        email\n        active\n        roles { id name nameEn isSupervisor }\n      }\n    }\n  }\n": typeof types.DepartmentTeamDocument,
};
const documents: Documents = {
    "query MePermissions {\n  me {\n    permissions\n    user {\n      id\n      name\n      email\n      department {\n        code\n        name\n        nameEn\n      }\n      roles {\n        code\n        name\n        nameEn\n        isSupervisor\n      }\n    }\n    apiToken {\n      id\n      name\n      kind\n    }\n  }\n}": types.MePermissionsDocument,
    "query UsersPage($after: String) {\n  users(first: 20, after: $after, sort: {field: CREATED_AT, direction: DESC}) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      id\n      name\n      email\n      active\n      department {\n        code\n        name\n      }\n      roles {\n        code\n      }\n    }\n  }\n}": types.UsersPageDocument,
    "query AuditLogFilter($from: DateTime = \"2020-01-01T00:00:00Z\", $to: DateTime) {\n  auditLogs(\n    first: 50\n    where: {entityType: \"User\", from: $from, to: $to}\n    sort: {direction: DESC}\n  ) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      at\n      actorLabel\n      operation\n      entityType\n      entityId\n      summary\n    }\n  }\n}": types.AuditLogFilterDocument,
    "query Partners($type: PartnerType) {\n  partners(\n    first: 50\n    where: {type: $type, active: true}\n    sort: {field: NAME, direction: ASC}\n  ) {\n    totalCount\n    nodes {\n      id\n      type\n      code\n      name\n      contactName\n      contactPhone\n      active\n    }\n  }\n}": types.PartnersDocument,
    "\n  query ApiTokensList($first: Int, $after: String, $where: ApiTokenFilter, $sort: ApiTokenSort) {\n    apiTokens(first: $first, after: $after, where: $where, sort: $sort) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes {\n        id name kind prefix permissions expiresAt revokedAt lastUsedAt createdAt active\n        partner { id name }\n        createdBy { id name }\n      }\n    }\n  }\n": types.ApiTokensListDocument,
    "\n  query TokenFormOptions {\n    permissionCatalog { name description group }\n    partners(first: 100, where: { active: true }, sort: { field: NAME, direction: ASC }) {\n      nodes { id name code type }\n    }\n  }\n": types.TokenFormOptionsDocument,
    "\n  mutation CreateApiToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      secret\n      apiToken { id name }\n      errors { field message code }\n    }\n  }\n": types.CreateApiTokenDocument,
    "\n  mutation RevokeApiToken($input: IdInput!) {\n    revokeApiToken(input: $input) {\n      apiToken { id revokedAt active }\n      errors { field message code }\n    }\n  }\n": types.RevokeApiTokenDocument,
    "\n  query AuditLogs($first: Int, $after: String, $where: AuditLogFilter, $sort: AuditLogSort) {\n    auditLogs(first: $first, after: $after, where: $where, sort: $sort) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes { id at actorLabel operation entityType entityId summary requestId actor { id name email } }\n    }\n  }\n": types.AuditLogsDocument,
    "\n  query AuditActors {\n    users(first: 100, sort: { field: NAME, direction: ASC }) {\n      nodes { id name email }\n    }\n  }\n": types.AuditActorsDocument,
    "\n  query PartnersList($first: Int, $after: String, $where: PartnerFilter, $sort: PartnerSort) {\n    partners(first: $first, after: $after, where: $where, sort: $sort) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes { id type code name contactName contactPhone active createdAt }\n    }\n  }\n": types.PartnersListDocument,
    "\n  mutation CreatePartner($input: CreatePartnerInput!) {\n    createPartner(input: $input) {\n      partner { id name }\n      errors { field message code }\n    }\n  }\n": types.CreatePartnerDocument,
    "\n  mutation UpdatePartner($input: UpdatePartnerInput!) {\n    updatePartner(input: $input) {\n      partner { id type code name contactName contactPhone active }\n      errors { field message code }\n    }\n  }\n": types.UpdatePartnerDocument,
    "\n  query RolesAdmin {\n    roles { id code name nameEn isSupervisor permissions userCount system }\n    permissionCatalog { name description group }\n  }\n": types.RolesAdminDocument,
    "\n  query DepartmentsAdmin {\n    departments { id code name nameEn description memberCount }\n  }\n": types.DepartmentsAdminDocument,
    "\n  mutation CreateRole($input: CreateRoleInput!) {\n    createRole(input: $input) {\n      role { id }\n      errors { field message code }\n    }\n  }\n": types.CreateRoleDocument,
    "\n  mutation UpdateRole($input: UpdateRoleInput!) {\n    updateRole(input: $input) {\n      role { id code name nameEn isSupervisor permissions userCount system }\n      errors { field message code }\n    }\n  }\n": types.UpdateRoleDocument,
    "\n  mutation CreateDepartment($input: CreateDepartmentInput!) {\n    createDepartment(input: $input) {\n      department { id }\n      errors { field message code }\n    }\n  }\n": types.CreateDepartmentDocument,
    "\n  mutation UpdateDepartment($input: UpdateDepartmentInput!) {\n    updateDepartment(input: $input) {\n      department { id code name nameEn description memberCount }\n      errors { field message code }\n    }\n  }\n": types.UpdateDepartmentDocument,
    "\n  query StaffUsers($first: Int, $after: String, $where: UserFilter, $sort: UserSort) {\n    users(first: $first, after: $after, where: $where, sort: $sort) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes {\n        id\n        email\n        name\n        locale\n        active\n        lockedUntil\n        lastLoginAt\n        createdAt\n        department { id name nameEn }\n        roles { id name nameEn }\n      }\n    }\n  }\n": types.StaffUsersDocument,
    "\n  query StaffOptions {\n    departments { id code name nameEn }\n    roles { id code name nameEn isSupervisor }\n  }\n": types.StaffOptionsDocument,
    "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      user { id name }\n      errors { field message code }\n    }\n  }\n": types.CreateUserDocument,
    "\n  mutation UpdateUser($input: UpdateUserInput!) {\n    updateUser(input: $input) {\n      user { id name active department { id name nameEn } roles { id name nameEn } locale }\n      errors { field message code }\n    }\n  }\n": types.UpdateUserDocument,
    "\n  mutation ResetUserPassword($input: ResetUserPasswordInput!) {\n    resetUserPassword(input: $input) {\n      user { id }\n      errors { field message code }\n    }\n  }\n": types.ResetUserPasswordDocument,
    "\n  mutation UnlockUser($input: IdInput!) {\n    unlockUser(input: $input) {\n      user { id lockedUntil active }\n      errors { field message code }\n    }\n  }\n": types.UnlockUserDocument,
    "\n  query Me {\n    me {\n      permissions\n      user {\n        id\n        email\n        name\n        locale\n        lastLoginAt\n        department { id code name nameEn }\n        roles { id code name nameEn isSupervisor }\n      }\n      apiToken { id name kind }\n    }\n  }\n": types.MeDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      user { id }\n      errors { field message code }\n    }\n  }\n": types.LoginDocument,
    "\n  mutation Logout {\n    logout { ok }\n  }\n": types.LogoutDocument,
    "\n  mutation SetMyLocale($input: SetLocaleInput!) {\n    setMyLocale(input: $input) {\n      user { id locale }\n      errors { field message code }\n    }\n  }\n": types.SetMyLocaleDocument,
    "\n  query WorkspaceDepartments {\n    departments { id code name nameEn description memberCount }\n  }\n": types.WorkspaceDepartmentsDocument,
    "\n  query DepartmentTeam($departmentId: ID!) {\n    users(first: 100, where: { departmentId: $departmentId }, sort: { field: NAME, direction: ASC }) {\n      totalCount\n      nodes {\n        id\n        name\n        email\n        active\n        roles { id name nameEn isSupervisor }\n      }\n    }\n  }\n": types.DepartmentTeamDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MePermissions {\n  me {\n    permissions\n    user {\n      id\n      name\n      email\n      department {\n        code\n        name\n        nameEn\n      }\n      roles {\n        code\n        name\n        nameEn\n        isSupervisor\n      }\n    }\n    apiToken {\n      id\n      name\n      kind\n    }\n  }\n}"): (typeof documents)["query MePermissions {\n  me {\n    permissions\n    user {\n      id\n      name\n      email\n      department {\n        code\n        name\n        nameEn\n      }\n      roles {\n        code\n        name\n        nameEn\n        isSupervisor\n      }\n    }\n    apiToken {\n      id\n      name\n      kind\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query UsersPage($after: String) {\n  users(first: 20, after: $after, sort: {field: CREATED_AT, direction: DESC}) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      id\n      name\n      email\n      active\n      department {\n        code\n        name\n      }\n      roles {\n        code\n      }\n    }\n  }\n}"): (typeof documents)["query UsersPage($after: String) {\n  users(first: 20, after: $after, sort: {field: CREATED_AT, direction: DESC}) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      id\n      name\n      email\n      active\n      department {\n        code\n        name\n      }\n      roles {\n        code\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuditLogFilter($from: DateTime = \"2020-01-01T00:00:00Z\", $to: DateTime) {\n  auditLogs(\n    first: 50\n    where: {entityType: \"User\", from: $from, to: $to}\n    sort: {direction: DESC}\n  ) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      at\n      actorLabel\n      operation\n      entityType\n      entityId\n      summary\n    }\n  }\n}"): (typeof documents)["query AuditLogFilter($from: DateTime = \"2020-01-01T00:00:00Z\", $to: DateTime) {\n  auditLogs(\n    first: 50\n    where: {entityType: \"User\", from: $from, to: $to}\n    sort: {direction: DESC}\n  ) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      at\n      actorLabel\n      operation\n      entityType\n      entityId\n      summary\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Partners($type: PartnerType) {\n  partners(\n    first: 50\n    where: {type: $type, active: true}\n    sort: {field: NAME, direction: ASC}\n  ) {\n    totalCount\n    nodes {\n      id\n      type\n      code\n      name\n      contactName\n      contactPhone\n      active\n    }\n  }\n}"): (typeof documents)["query Partners($type: PartnerType) {\n  partners(\n    first: 50\n    where: {type: $type, active: true}\n    sort: {field: NAME, direction: ASC}\n  ) {\n    totalCount\n    nodes {\n      id\n      type\n      code\n      name\n      contactName\n      contactPhone\n      active\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ApiTokensList($first: Int, $after: String, $where: ApiTokenFilter, $sort: ApiTokenSort) {\n    apiTokens(first: $first, after: $after, where: $where, sort: $sort) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes {\n        id name kind prefix permissions expiresAt revokedAt lastUsedAt createdAt active\n        partner { id name }\n        createdBy { id name }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ApiTokensList($first: Int, $after: String, $where: ApiTokenFilter, $sort: ApiTokenSort) {\n    apiTokens(first: $first, after: $after, where: $where, sort: $sort) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes {\n        id name kind prefix permissions expiresAt revokedAt lastUsedAt createdAt active\n        partner { id name }\n        createdBy { id name }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TokenFormOptions {\n    permissionCatalog { name description group }\n    partners(first: 100, where: { active: true }, sort: { field: NAME, direction: ASC }) {\n      nodes { id name code type }\n    }\n  }\n"): (typeof documents)["\n  query TokenFormOptions {\n    permissionCatalog { name description group }\n    partners(first: 100, where: { active: true }, sort: { field: NAME, direction: ASC }) {\n      nodes { id name code type }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateApiToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      secret\n      apiToken { id name }\n      errors { field message code }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateApiToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      secret\n      apiToken { id name }\n      errors { field message code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeApiToken($input: IdInput!) {\n    revokeApiToken(input: $input) {\n      apiToken { id revokedAt active }\n      errors { field message code }\n    }\n  }\n"): (typeof documents)["\n  mutation RevokeApiToken($input: IdInput!) {\n    revokeApiToken(input: $input) {\n      apiToken { id revokedAt active }\n      errors { field message code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditLogs($first: Int, $after: String, $where: AuditLogFilter, $sort: AuditLogSort) {\n    auditLogs(first: $first, after: $after, where: $where, sort: $sort) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes { id at actorLabel operation entityType entityId summary requestId actor { id name email } }\n    }\n  }\n"): (typeof documents)["\n  query AuditLogs($first: Int, $after: String, $where: AuditLogFilter, $sort: AuditLogSort) {\n    auditLogs(first: $first, after: $after, where: $where, sort: $sort) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes { id at actorLabel operation entityType entityId summary requestId actor { id name email } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditActors {\n    users(first: 100, sort: { field: NAME, direction: ASC }) {\n      nodes { id name email }\n    }\n  }\n"): (typeof documents)["\n  query AuditActors {\n    users(first: 100, sort: { field: NAME, direction: ASC }) {\n      nodes { id name email }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PartnersList($first: Int, $after: String, $where: PartnerFilter, $sort: PartnerSort) {\n    partners(first: $first, after: $after, where: $where, sort: $sort) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes { id type code name contactName contactPhone active createdAt }\n    }\n  }\n"): (typeof documents)["\n  query PartnersList($first: Int, $after: String, $where: PartnerFilter, $sort: PartnerSort) {\n    partners(first: $first, after: $after, where: $where, sort: $sort) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes { id type code name contactName contactPhone active createdAt }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreatePartner($input: CreatePartnerInput!) {\n    createPartner(input: $input) {\n      partner { id name }\n      errors { field message code }\n    }\n  }\n"): (typeof documents)["\n  mutation CreatePartner($input: CreatePartnerInput!) {\n    createPartner(input: $input) {\n      partner { id name }\n      errors { field message code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdatePartner($input: UpdatePartnerInput!) {\n    updatePartner(input: $input) {\n      partner { id type code name contactName contactPhone active }\n      errors { field message code }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdatePartner($input: UpdatePartnerInput!) {\n    updatePartner(input: $input) {\n      partner { id type code name contactName contactPhone active }\n      errors { field message code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RolesAdmin {\n    roles { id code name nameEn isSupervisor permissions userCount system }\n    permissionCatalog { name description group }\n  }\n"): (typeof documents)["\n  query RolesAdmin {\n    roles { id code name nameEn isSupervisor permissions userCount system }\n    permissionCatalog { name description group }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DepartmentsAdmin {\n    departments { id code name nameEn description memberCount }\n  }\n"): (typeof documents)["\n  query DepartmentsAdmin {\n    departments { id code name nameEn description memberCount }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateRole($input: CreateRoleInput!) {\n    createRole(input: $input) {\n      role { id }\n      errors { field message code }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateRole($input: CreateRoleInput!) {\n    createRole(input: $input) {\n      role { id }\n      errors { field message code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateRole($input: UpdateRoleInput!) {\n    updateRole(input: $input) {\n      role { id code name nameEn isSupervisor permissions userCount system }\n      errors { field message code }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateRole($input: UpdateRoleInput!) {\n    updateRole(input: $input) {\n      role { id code name nameEn isSupervisor permissions userCount system }\n      errors { field message code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateDepartment($input: CreateDepartmentInput!) {\n    createDepartment(input: $input) {\n      department { id }\n      errors { field message code }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateDepartment($input: CreateDepartmentInput!) {\n    createDepartment(input: $input) {\n      department { id }\n      errors { field message code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateDepartment($input: UpdateDepartmentInput!) {\n    updateDepartment(input: $input) {\n      department { id code name nameEn description memberCount }\n      errors { field message code }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateDepartment($input: UpdateDepartmentInput!) {\n    updateDepartment(input: $input) {\n      department { id code name nameEn description memberCount }\n      errors { field message code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StaffUsers($first: Int, $after: String, $where: UserFilter, $sort: UserSort) {\n    users(first: $first, after: $after, where: $where, sort: $sort) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes {\n        id\n        email\n        name\n        locale\n        active\n        lockedUntil\n        lastLoginAt\n        createdAt\n        department { id name nameEn }\n        roles { id name nameEn }\n      }\n    }\n  }\n"): (typeof documents)["\n  query StaffUsers($first: Int, $after: String, $where: UserFilter, $sort: UserSort) {\n    users(first: $first, after: $after, where: $where, sort: $sort) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes {\n        id\n        email\n        name\n        locale\n        active\n        lockedUntil\n        lastLoginAt\n        createdAt\n        department { id name nameEn }\n        roles { id name nameEn }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StaffOptions {\n    departments { id code name nameEn }\n    roles { id code name nameEn isSupervisor }\n  }\n"): (typeof documents)["\n  query StaffOptions {\n    departments { id code name nameEn }\n    roles { id code name nameEn isSupervisor }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      user { id name }\n      errors { field message code }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      user { id name }\n      errors { field message code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateUser($input: UpdateUserInput!) {\n    updateUser(input: $input) {\n      user { id name active department { id name nameEn } roles { id name nameEn } locale }\n      errors { field message code }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateUser($input: UpdateUserInput!) {\n    updateUser(input: $input) {\n      user { id name active department { id name nameEn } roles { id name nameEn } locale }\n      errors { field message code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetUserPassword($input: ResetUserPasswordInput!) {\n    resetUserPassword(input: $input) {\n      user { id }\n      errors { field message code }\n    }\n  }\n"): (typeof documents)["\n  mutation ResetUserPassword($input: ResetUserPasswordInput!) {\n    resetUserPassword(input: $input) {\n      user { id }\n      errors { field message code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnlockUser($input: IdInput!) {\n    unlockUser(input: $input) {\n      user { id lockedUntil active }\n      errors { field message code }\n    }\n  }\n"): (typeof documents)["\n  mutation UnlockUser($input: IdInput!) {\n    unlockUser(input: $input) {\n      user { id lockedUntil active }\n      errors { field message code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      permissions\n      user {\n        id\n        email\n        name\n        locale\n        lastLoginAt\n        department { id code name nameEn }\n        roles { id code name nameEn isSupervisor }\n      }\n      apiToken { id name kind }\n    }\n  }\n"): (typeof documents)["\n  query Me {\n    me {\n      permissions\n      user {\n        id\n        email\n        name\n        locale\n        lastLoginAt\n        department { id code name nameEn }\n        roles { id code name nameEn isSupervisor }\n      }\n      apiToken { id name kind }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      user { id }\n      errors { field message code }\n    }\n  }\n"): (typeof documents)["\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      user { id }\n      errors { field message code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout {\n    logout { ok }\n  }\n"): (typeof documents)["\n  mutation Logout {\n    logout { ok }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetMyLocale($input: SetLocaleInput!) {\n    setMyLocale(input: $input) {\n      user { id locale }\n      errors { field message code }\n    }\n  }\n"): (typeof documents)["\n  mutation SetMyLocale($input: SetLocaleInput!) {\n    setMyLocale(input: $input) {\n      user { id locale }\n      errors { field message code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WorkspaceDepartments {\n    departments { id code name nameEn description memberCount }\n  }\n"): (typeof documents)["\n  query WorkspaceDepartments {\n    departments { id code name nameEn description memberCount }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DepartmentTeam($departmentId: ID!) {\n    users(first: 100, where: { departmentId: $departmentId }, sort: { field: NAME, direction: ASC }) {\n      totalCount\n      nodes {\n        id\n        name\n        email\n        active\n        roles { id name nameEn isSupervisor }\n      }\n    }\n  }\n"): (typeof documents)["\n  query DepartmentTeam($departmentId: ID!) {\n    users(first: 100, where: { departmentId: $departmentId }, sort: { field: NAME, direction: ASC }) {\n      totalCount\n      nodes {\n        id\n        name\n        email\n        active\n        roles { id name nameEn isSupervisor }\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;