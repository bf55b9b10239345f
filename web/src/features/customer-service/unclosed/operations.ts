import { graphql } from '../../../gql';

export const UnclosedPurchasesQuery = graphql(`
  query CsUnclosedPurchases($first: Int, $after: String, $where: UnclosedPurchaseFilter, $sort: ChatTimeSort) {
    unclosedPurchases(first: $first, after: $after, where: $where, sort: $sort) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes {
        id askedAt productInterest reason reasonNote intent status nextFollowUpAt lastFollowUpAt followUpCount followUpNote
        customer { id name }
        staff { id name }
      }
    }
  }
`);
