import { graphql } from '../../../gql';
import type { PurchaseOrderStatus } from '../../../gql/graphql';

export const PO_STATUSES: PurchaseOrderStatus[] = ['DRAFT', 'APPROVED', 'SENT', 'PARTIALLY_RECEIVED', 'RECEIVED', 'CLOSED', 'CANCELLED'];

export const PurchaseOrdersQuery = graphql(`
  query PurchaseOrders($first: Int, $after: String, $where: PurchaseOrderFilter, $sort: PurchaseOrderSort) {
    purchaseOrders(first: $first, after: $after, where: $where, sort: $sort) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes {
        id code status totalAmount expectedDeliveryDate promisedDeliveryDate overdue sentAt createdAt
        supplier { id code name } warehouse { id code name }
        lines { id quantity receivedQuantity openQuantity }
      }
    }
  }
`);

export const PurchaseOrderQuery = graphql(`
  query PurchaseOrder($id: ID!) {
    purchaseOrder(id: $id) {
      id code status totalAmount expectedDeliveryDate promisedDeliveryDate overdue note approvedAt sentAt confirmedAt receivedAt createdAt updatedAt
      supplier { id code name } warehouse { id code name }
      contract { id code title status endDate }
      plan { id code }
      lines {
        id quantity unitPrice amount receivedQuantity acceptedQuantity rejectedQuantity returnedQuantity openQuantity
        sku { id code spec { name value } product { id title } }
      }
      receipts {
        id code receivedAt receivedQuantity acceptedQuantity rejectedQuantity payableAmount onTime note receivedBy { id name }
        lines { id receivedQuantity acceptedQuantity rejectedQuantity rejectReason sku { id code } }
      }
      history { id at actorLabel actor { id name } fromState toState note }
    }
  }
`);

export const ContractOptionsQuery = graphql(`
  query ContractOptions($supplierId: ID) {
    contracts(first: 50, where: { supplierId: $supplierId, status: ACTIVE }, sort: { field: END_DATE, direction: ASC }) {
      nodes { id code title endDate }
    }
  }
`);

export const CreatePurchaseOrderMutation = graphql(`
  mutation CreatePurchaseOrder($input: CreatePurchaseOrderInput!) {
    createPurchaseOrder(input: $input) { purchaseOrder { id code } errors { field message code } }
  }
`);

export const UpdatePurchaseOrderMutation = graphql(`
  mutation UpdatePurchaseOrder($input: UpdatePurchaseOrderInput!) {
    updatePurchaseOrder(input: $input) {
      purchaseOrder { id expectedDeliveryDate note totalAmount contract { id code title status endDate } }
      errors { field message code }
    }
  }
`);

export const ApprovePurchaseOrderMutation = graphql(`
  mutation ApprovePurchaseOrder($input: PurchaseDocumentActionInput!) {
    approvePurchaseOrder(input: $input) { purchaseOrder { id status approvedAt history { id at actorLabel actor { id name } fromState toState note } } errors { field message code } }
  }
`);

export const SendPurchaseOrderMutation = graphql(`
  mutation SendPurchaseOrder($input: PurchaseDocumentActionInput!) {
    sendPurchaseOrder(input: $input) { purchaseOrder { id status sentAt history { id at actorLabel actor { id name } fromState toState note } } errors { field message code } }
  }
`);

export const CancelPurchaseOrderMutation = graphql(`
  mutation CancelPurchaseOrder($input: PurchaseDocumentActionInput!) {
    cancelPurchaseOrder(input: $input) { purchaseOrder { id status history { id at actorLabel actor { id name } fromState toState note } } errors { field message code } }
  }
`);

export const ClosePurchaseOrderMutation = graphql(`
  mutation ClosePurchaseOrder($input: PurchaseDocumentActionInput!) {
    closePurchaseOrder(input: $input) { purchaseOrder { id status history { id at actorLabel actor { id name } fromState toState note } } errors { field message code } }
  }
`);

export const ConfirmPurchaseOrderMutation = graphql(`
  mutation ConfirmPurchaseOrder($input: ConfirmPurchaseOrderInput!) {
    confirmPurchaseOrder(input: $input) { purchaseOrder { id promisedDeliveryDate confirmedAt overdue history { id at actorLabel actor { id name } fromState toState note } } errors { field message code } }
  }
`);
