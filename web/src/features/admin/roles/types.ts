import type { ResultOf } from '@graphql-typed-document-node/core';
import type { DepartmentsAdminQuery, RolesAdminQuery } from './operations';

export type RoleRow = ResultOf<typeof RolesAdminQuery>['roles'][number];
export type CatalogRow = ResultOf<typeof RolesAdminQuery>['permissionCatalog'][number];
export type DepartmentRow = ResultOf<typeof DepartmentsAdminQuery>['departments'][number];

export const CODE_PATTERN = /^[a-z0-9][a-z0-9._-]*$/;
