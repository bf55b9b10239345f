import { graphql } from '../../../gql';
import type { PurchaseReturnStatus } from '../../../gql/graphql';

export const RETURN_STATUSES: PurchaseReturnStatus[] = ['DRAFT', 'SHIPPED', 'CREDITED', 'CANCELLED'];

export const PurchaseReturnsQuery = graphql(`
  query PurchaseReturns($first: Int, $after: String, $where: PurchaseReturnFilter, $sort: TimeSort) {
    purchaseReturns(first: $first, after: $after, where: $where, sort: $sort) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes {
        id code status totalAmount shippedAt creditedAt creditReference note createdAt
        supplier { id code name } warehouse { id code name } order { id code }
        lines { id quantity unitPrice source reason sku { id code spec { name value } product { id title } } }
        history { id at actorLabel actor { id name } fromState toState note }
      }
    }
  }
`);

export const DefectiveHoldingsQuery = graphql(`
  query ProcDefectiveHoldings($where: DefectiveHoldingFilter) {
    defectiveHoldings(first: 100, where: $where, sort: { direction: DESC }) {
      nodes { id source sourceRef reason quantity returnedQuantity heldQuantity createdAt sku { id code spec { name value } product { id title } } warehouse { id code name } supplier { id code name } }
    }
  }
`);

export const CreatePurchaseReturnMutation = graphql(`
  mutation CreatePurchaseReturn($input: CreatePurchaseReturnInput!) {
    createPurchaseReturn(input: $input) { purchaseReturn { id code } errors { field message code } }
  }
`);

export const ShipPurchaseReturnMutation = graphql(`
  mutation ShipPurchaseReturn($input: PurchaseDocumentActionInput!) {
    shipPurchaseReturn(input: $input) { purchaseReturn { id status shippedAt } errors { field message code } }
  }
`);

export const CreditPurchaseReturnMutation = graphql(`
  mutation CreditPurchaseReturn($input: CreditPurchaseReturnInput!) {
    creditPurchaseReturn(input: $input) { purchaseReturn { id status creditedAt creditReference } errors { field message code } }
  }
`);

export const CancelPurchaseReturnMutation = graphql(`
  mutation CancelPurchaseReturn($input: PurchaseDocumentActionInput!) {
    cancelPurchaseReturn(input: $input) { purchaseReturn { id status } errors { field message code } }
  }
`);
