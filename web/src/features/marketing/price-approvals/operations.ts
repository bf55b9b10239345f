import { graphql } from '../../../gql';

export const PriceChangesQuery = graphql(`
  query PriceChanges($first: Int, $after: String, $where: PriceChangeFilter) {
    priceChanges(first: $first, after: $after, where: $where) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes {
        id
        kind
        status
        currentFen
        proposedFen
        reason
        proposedById
        proposedByName
        decidedByName
        decidedAt
        decisionNote
        createdAt
        sku { id code priceFen vipPriceFen spec { name value } product { id title } }
        history { id at actorLabel actor { id name } fromState toState note }
      }
    }
  }
`);

export const ApprovePriceChangeMutation = graphql(`
  mutation ApprovePriceChange($input: DecidePriceChangeInput!) {
    approvePriceChange(input: $input) {
      priceChange { id status decidedAt decidedByName decisionNote sku { id priceFen vipPriceFen } }
      errors { field message code }
    }
  }
`);

export const RejectPriceChangeMutation = graphql(`
  mutation RejectPriceChange($input: DecidePriceChangeInput!) {
    rejectPriceChange(input: $input) {
      priceChange { id status decidedAt decidedByName decisionNote }
      errors { field message code }
    }
  }
`);
