import { graphql } from '../../gql';

export const WorkspaceDepartmentsQuery = graphql(`
  query WorkspaceDepartments {
    departments { id code name nameEn description memberCount }
  }
`);

export const DepartmentTeamQuery = graphql(`
  query DepartmentTeam($departmentId: ID!) {
    users(first: 100, where: { departmentId: $departmentId }, sort: { field: NAME, direction: ASC }) {
      totalCount
      nodes {
        id
        name
        email
        active
        roles { id name nameEn isSupervisor }
      }
    }
  }
`);
