import { graphql } from '../../../gql';

export const TransfersQuery = graphql(`
  query Transfers($first: Int, $after: String, $where: TransferFilter, $sort: TimeSort) {
    transfers(first: $first, after: $after, where: $where, sort: $sort) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes {
        id
        code
        status
        note
        createdAt
        updatedAt
        fromWarehouse { id code name }
        toWarehouse { id code name }
      }
    }
  }
`);

export const TransferQuery = graphql(`
  query Transfer($id: ID!) {
    transfer(id: $id) {
      id
      code
      status
      note
      createdAt
      updatedAt
      fromWarehouse { id code name }
      toWarehouse { id code name }
      lines {
        id
        quantity
        receivedQuantity
        variance
        sku { id code spec { name value } product { id title } }
      }
      history { id at actorLabel actor { id name } fromState toState note }
    }
  }
`);


export const CreateTransferMutation = graphql(`
  mutation CreateTransfer($input: CreateTransferInput!) {
    createTransfer(input: $input) {
      transfer { id code }
      errors { field message code }
    }
  }
`);

export const ShipTransferMutation = graphql(`
  mutation ShipTransfer($input: DocumentActionInput!) {
    shipTransfer(input: $input) {
      transfer { id status updatedAt history { id at actorLabel actor { id name } fromState toState note } }
      errors { field message code }
    }
  }
`);

export const ReceiveTransferMutation = graphql(`
  mutation ReceiveTransfer($input: ReceiveTransferInput!) {
    receiveTransfer(input: $input) {
      transfer { id status updatedAt lines { id quantity receivedQuantity variance } history { id at actorLabel actor { id name } fromState toState note } }
      errors { field message code }
    }
  }
`);

export const CloseTransferMutation = graphql(`
  mutation CloseTransfer($input: DocumentActionInput!) {
    closeTransfer(input: $input) {
      transfer { id status updatedAt history { id at actorLabel actor { id name } fromState toState note } }
      errors { field message code }
    }
  }
`);

export const CancelTransferMutation = graphql(`
  mutation CancelTransfer($input: DocumentActionInput!) {
    cancelTransfer(input: $input) {
      transfer { id status updatedAt history { id at actorLabel actor { id name } fromState toState note } }
      errors { field message code }
    }
  }
`);

export const TRANSFER_STATUSES = ['DRAFT', 'SHIPPED', 'RECEIVED', 'CLOSED', 'CANCELLED'] as const;
