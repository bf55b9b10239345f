import { graphql } from '../../../gql';

export const OrdersQuery = graphql(`
  query Orders($first: Int, $after: String, $where: OrderFilter, $sort: OrderSort) {
    orders(first: $first, after: $after, where: $where, sort: $sort) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes {
        id
        code
        platformOrderNo
        channel
        status
        receiverName
        province
        city
        totalFen
        paidFen
        placedAt
        paidAt
        shipFirst
        shipBlockers
        customer { id name }
        shipments { id waybillNo }
      }
    }
  }
`);


export const OrderQuery = graphql(`
  query Order($id: ID!) {
    order(id: $id) {
      id code platformOrderNo channel status currency
      buyerAccount buyerNote receiverName receiverPhone province city district addressDetail
      shippingMethod weightGrams goodsFen discountFen shippingFeeFen totalFen paidFen outstandingFen
      placedAt paidAt shippedAt deliveredAt endedAt endReason shipFirst shipBlockers updatedAt
      customer { id name }
      agent { id name }
      warehouse { id code name }
      addressConfirmation { at by method note }
      checkOverride { at by reason }
      packChecklist { goodsChecked specMatches accessoriesIncluded giftsIncluded shippingSlipIncluded complete checkedAt checkedBy }
      lines { id skuCode title quantity unitPriceFen discountFen lineTotalFen isGift vipPrice }
      payments { id kind method amountFen at reference note actorLabel actor { id name } }
      shipments {
        id waybillNo packageCount status shippedAt signedAt lastEventAt weightGrams
        courier { id code name }
        events { id at status location description source actorLabel actor { id name } }
      }
      timeline { id at actorLabel actor { id name } fromState toState note }
    }
  }
`);

/** Every order mutation refetches the order (the server's payload carries it too, but only its id is asked for). */
export const ConfirmOrderAddressMutation = graphql(`
  mutation ConfirmOrderAddress($input: ConfirmAddressInput!) {
    confirmOrderAddress(input: $input) { order { id } errors { field message code } }
  }
`);

export const AllocateOrderMutation = graphql(`
  mutation AllocateOrder($input: AllocateOrderInput!) {
    allocateOrder(input: $input) { order { id } errors { field message code } }
  }
`);

export const CancelOrderMutation = graphql(`
  mutation CancelOrder($input: EndOrderInput!) {
    cancelOrder(input: $input) { order { id } errors { field message code } }
  }
`);

export const CloseOrderMutation = graphql(`
  mutation CloseOrder($input: EndOrderInput!) {
    closeOrder(input: $input) { order { id } errors { field message code } }
  }
`);

export const CompleteOrderMutation = graphql(`
  mutation CompleteOrder($input: OrderActionInput!) {
    completeOrder(input: $input) { order { id } errors { field message code } }
  }
`);

export const OverrideAddressCheckMutation = graphql(`
  mutation OverrideAddressCheck($input: OverrideAddressCheckInput!) {
    overrideAddressCheck(input: $input) { order { id } errors { field message code } }
  }
`);

export const RecordPaymentMutation = graphql(`
  mutation RecordPayment($input: PaymentInput!) {
    recordPayment(input: $input) { payment { id } errors { field message code } }
  }
`);

export const RecordRefundMutation = graphql(`
  mutation RecordRefund($input: PaymentInput!) {
    recordRefund(input: $input) { payment { id } errors { field message code } }
  }
`);

export const ImportOrdersMutation = graphql(`
  mutation ImportOrdersCsv($input: ImportOrdersInput!) {
    importOrdersCsv(input: $input) {
      imported
      duplicates
      rowErrors { row column message code }
      errors { field message code }
    }
  }
`);

export const UpdateOrderAddressMutation = graphql(`
  mutation UpdateOrderAddress($input: UpdateOrderAddressInput!) {
    updateOrderAddress(input: $input) { order { id } errors { field message code } }
  }
`);
