import { graphql } from '../../../gql';

export const RolesAdminQuery = graphql(`
  query RolesAdmin {
    roles { id code name nameEn isSupervisor permissions userCount system }
    permissionCatalog { name description group }
  }
`);

export const DepartmentsAdminQuery = graphql(`
  query DepartmentsAdmin {
    departments { id code name nameEn description memberCount }
  }
`);

export const CreateRoleMutation = graphql(`
  mutation CreateRole($input: CreateRoleInput!) {
    createRole(input: $input) {
      role { id }
      errors { field message code }
    }
  }
`);

export const UpdateRoleMutation = graphql(`
  mutation UpdateRole($input: UpdateRoleInput!) {
    updateRole(input: $input) {
      role { id code name nameEn isSupervisor permissions userCount system }
      errors { field message code }
    }
  }
`);

export const CreateDepartmentMutation = graphql(`
  mutation CreateDepartment($input: CreateDepartmentInput!) {
    createDepartment(input: $input) {
      department { id }
      errors { field message code }
    }
  }
`);

export const UpdateDepartmentMutation = graphql(`
  mutation UpdateDepartment($input: UpdateDepartmentInput!) {
    updateDepartment(input: $input) {
      department { id code name nameEn description memberCount }
      errors { field message code }
    }
  }
`);
