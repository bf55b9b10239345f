import { graphql } from '../../../gql';

export const ReceivePurchaseOrderMutation = graphql(`
  mutation ReceivePurchaseOrder($input: ReceivePurchaseOrderInput!) {
    receivePurchaseOrder(input: $input) {
      receipt {
        id code receivedQuantity acceptedQuantity rejectedQuantity payableAmount
        order { id status receivedAt lines { id receivedQuantity acceptedQuantity rejectedQuantity openQuantity } }
      }
      errors { field message code }
    }
  }
`);
