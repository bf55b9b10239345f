import { graphql } from '../../../gql';

export const ApiTokensListQuery = graphql(`
  query ApiTokensList($first: Int, $after: String, $where: ApiTokenFilter, $sort: ApiTokenSort) {
    apiTokens(first: $first, after: $after, where: $where, sort: $sort) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes {
        id name kind prefix permissions expiresAt revokedAt lastUsedAt createdAt active
        partner { id name }
        createdBy { id name }
      }
    }
  }
`);

export const TokenFormOptionsQuery = graphql(`
  query TokenFormOptions {
    permissionCatalog { name description group }
    partners(first: 100, where: { active: true }, sort: { field: NAME, direction: ASC }) {
      nodes { id name code type }
    }
  }
`);

export const CreateApiTokenMutation = graphql(`
  mutation CreateApiToken($input: CreateApiTokenInput!) {
    createApiToken(input: $input) {
      secret
      apiToken { id name }
      errors { field message code }
    }
  }
`);

export const RevokeApiTokenMutation = graphql(`
  mutation RevokeApiToken($input: IdInput!) {
    revokeApiToken(input: $input) {
      apiToken { id revokedAt active }
      errors { field message code }
    }
  }
`);
