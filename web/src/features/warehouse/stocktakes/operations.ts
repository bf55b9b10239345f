import { graphql } from '../../../gql';

export const StocktakesQuery = graphql(`
  query Stocktakes($first: Int, $after: String, $where: StocktakeFilter, $sort: TimeSort) {
    stocktakes(first: $first, after: $after, where: $where, sort: $sort) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes {
        id
        code
        status
        note
        countedLines
        createdAt
        updatedAt
        warehouse { id code name }
      }
    }
  }
`);

export const StocktakeQuery = graphql(`
  query Stocktake($id: ID!) {
    stocktake(id: $id) {
      id
      code
      status
      note
      countedLines
      createdAt
      updatedAt
      warehouse { id code name }
      lines {
        id
        bookQuantity
        countedQuantity
        movementsDuringCount
        variance
        sku { id code barcode spec { name value } product { id title } }
      }
      history { id at actorLabel actor { id name } fromState toState note }
    }
  }
`);

export const OpenStocktakeMutation = graphql(`
  mutation OpenStocktake($input: OpenStocktakeInput!) {
    openStocktake(input: $input) {
      stocktake { id code }
      errors { field message code }
    }
  }
`);

export const EnterStocktakeCountsMutation = graphql(`
  mutation EnterStocktakeCounts($input: EnterStocktakeCountsInput!) {
    enterStocktakeCounts(input: $input) {
      stocktake { id countedLines updatedAt lines { id countedQuantity } }
      errors { field message code }
    }
  }
`);


export const SubmitStocktakeMutation = graphql(`
  mutation SubmitStocktake($input: DocumentActionInput!) {
    submitStocktake(input: $input) {
      stocktake { id status updatedAt history { id at actorLabel actor { id name } fromState toState note } }
      errors { field message code }
    }
  }
`);

export const ApproveStocktakeMutation = graphql(`
  mutation ApproveStocktake($input: DocumentActionInput!) {
    approveStocktake(input: $input) {
      stocktake {
        id status updatedAt
        lines { id movementsDuringCount variance }
        history { id at actorLabel actor { id name } fromState toState note }
      }
      errors { field message code }
    }
  }
`);

export const RejectStocktakeMutation = graphql(`
  mutation RejectStocktake($input: DocumentActionInput!) {
    rejectStocktake(input: $input) {
      stocktake { id status updatedAt history { id at actorLabel actor { id name } fromState toState note } }
      errors { field message code }
    }
  }
`);

export const CancelStocktakeMutation = graphql(`
  mutation CancelStocktake($input: DocumentActionInput!) {
    cancelStocktake(input: $input) {
      stocktake { id status updatedAt history { id at actorLabel actor { id name } fromState toState note } }
      errors { field message code }
    }
  }
`);

export const STOCKTAKE_STATUSES = ['COUNTING', 'SUBMITTED', 'APPROVED', 'CANCELLED'] as const;
