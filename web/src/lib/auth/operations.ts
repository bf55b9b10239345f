import { graphql } from '../../gql';

export const MeQuery = graphql(`
  query Me {
    me {
      permissions
      user {
        id
        email
        name
        locale
        lastLoginAt
        department { id code name nameEn }
        roles { id code name nameEn isSupervisor }
      }
      apiToken { id name kind }
    }
  }
`);

export const LoginMutation = graphql(`
  mutation Login($input: LoginInput!) {
    login(input: $input) {
      user { id }
      errors { field message code }
    }
  }
`);

export const LogoutMutation = graphql(`
  mutation Logout {
    logout { ok }
  }
`);

export const SetMyLocaleMutation = graphql(`
  mutation SetMyLocale($input: SetLocaleInput!) {
    setMyLocale(input: $input) {
      user { id locale }
      errors { field message code }
    }
  }
`);
