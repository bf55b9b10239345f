import { graphql } from '../../../gql';

export const StaffUsersQuery = graphql(`
  query StaffUsers($first: Int, $after: String, $where: UserFilter, $sort: UserSort) {
    users(first: $first, after: $after, where: $where, sort: $sort) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes {
        id
        email
        name
        locale
        active
        lockedUntil
        lastLoginAt
        createdAt
        department { id name nameEn }
        roles { id name nameEn }
      }
    }
  }
`);

export const StaffOptionsQuery = graphql(`
  query StaffOptions {
    departments { id code name nameEn }
    roles { id code name nameEn isSupervisor }
  }
`);

export const CreateUserMutation = graphql(`
  mutation CreateUser($input: CreateUserInput!) {
    createUser(input: $input) {
      user { id name }
      errors { field message code }
    }
  }
`);

export const UpdateUserMutation = graphql(`
  mutation UpdateUser($input: UpdateUserInput!) {
    updateUser(input: $input) {
      user { id name active department { id name nameEn } roles { id name nameEn } locale }
      errors { field message code }
    }
  }
`);

export const ResetUserPasswordMutation = graphql(`
  mutation ResetUserPassword($input: ResetUserPasswordInput!) {
    resetUserPassword(input: $input) {
      user { id }
      errors { field message code }
    }
  }
`);

export const UnlockUserMutation = graphql(`
  mutation UnlockUser($input: IdInput!) {
    unlockUser(input: $input) {
      user { id lockedUntil active }
      errors { field message code }
    }
  }
`);
