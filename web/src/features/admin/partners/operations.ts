import { graphql } from '../../../gql';

export const PartnersListQuery = graphql(`
  query PartnersList($first: Int, $after: String, $where: PartnerFilter, $sort: PartnerSort) {
    partners(first: $first, after: $after, where: $where, sort: $sort) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes { id type code name contactName contactPhone active createdAt }
    }
  }
`);

export const CreatePartnerMutation = graphql(`
  mutation CreatePartner($input: CreatePartnerInput!) {
    createPartner(input: $input) {
      partner { id name }
      errors { field message code }
    }
  }
`);

export const UpdatePartnerMutation = graphql(`
  mutation UpdatePartner($input: UpdatePartnerInput!) {
    updatePartner(input: $input) {
      partner { id type code name contactName contactPhone active }
      errors { field message code }
    }
  }
`);
