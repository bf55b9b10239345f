import { graphql } from '../../../gql';

export const FulfilmentQueueQuery = graphql(`
  query FulfilmentQueue($first: Int, $after: String, $where: OrderFilter) {
    fulfilmentQueue(first: $first, after: $after, where: $where) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes {
        id
        code
        status
        channel
        receiverName
        province
        city
        shippingMethod
        weightGrams
        paidAt
        shipFirst
        shipBlockers
        buyerNote
        warehouse { id code name }
        lines { id skuCode title quantity isGift }
        packChecklist { goodsChecked specMatches accessoriesIncluded giftsIncluded shippingSlipIncluded complete }
      }
    }
  }
`);

export const QueueAllocateMutation = graphql(`
  mutation QueueAllocate($input: AllocateOrderInput!) {
    allocateOrder(input: $input) { order { id status } errors { field message code } }
  }
`);

export const StartPickingMutation = graphql(`
  mutation StartPicking($input: OrderActionInput!) {
    startPicking(input: $input) { order { id status } errors { field message code } }
  }
`);

export const PackOrderMutation = graphql(`
  mutation PackOrder($input: PackOrderInput!) {
    packOrder(input: $input) { order { id status } errors { field message code } }
  }
`);

export const ShipOrderMutation = graphql(`
  mutation ShipOrder($input: ShipOrderInput!) {
    shipOrder(input: $input) {
      order { id status }
      shipments { id waybillNo }
      errors { field message code }
    }
  }
`);

export const ShipOrdersMutation = graphql(`
  mutation ShipOrders($input: ShipOrdersInput!) {
    shipOrders(input: $input) {
      results { orderId order { id status } errors { field message code } }
      errors { field message code }
    }
  }
`);
