import { graphql } from '../../../gql';

export const ReturnRequestsQuery = graphql(`
  query AsReturnRequests($first: Int, $after: String, $where: ReturnRequestFilter, $sort: ReturnRequestSort) {
    returnRequests(first: $first, after: $after, where: $where, sort: $sort) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes {
        id code type status reasonCode orderCode receiverName buyerAccount complaintCode units refundedFen requestedRefundFen createdAt updatedAt
        warehouse { id code name }
      }
    }
  }
`);

export const ReturnDetailFragment = graphql(`
  fragment AsReturnDetail on ReturnRequest {
    id code type status reasonCode note orderCode receiverName buyerAccount complaintCode requestedRefundFen refundedFen units
    createdAt updatedAt decidedAt decidedByLabel receivedAt endedAt
    order { id code status paidFen totalFen }
    warehouse { id code name }
    exchangeOrder { id code status }
    lines { id skuCode title quantity restockedQuantity defectiveQuantity uninspectedQuantity }
    inspections { id outcome quantity note inspectorLabel createdAt sku { id code } warehouse { id code name } }
    refunds { id code amountFen method status needsSecondApproval reason requestedByLabel firstApproverLabel secondApproverLabel paidAt rejectionReason createdAt }
    timeline { id at actorLabel actor { id name } fromState toState note }
  }
`);

export const ReturnRequestQuery = graphql(`
  query AsReturnRequest($id: ID!) {
    returnRequest(id: $id) { ...AsReturnDetail }
  }
`);

export const OpenReturnMutation = graphql(`
  mutation AsOpenReturn($input: OpenReturnRequestInput!) {
    openReturnRequest(input: $input) { returnRequest { id code } errors { field message code } }
  }
`);

export const ApproveReturnMutation = graphql(`
  mutation AsApproveReturn($input: ReturnActionInput!) {
    approveReturn(input: $input) { returnRequest { ...AsReturnDetail } errors { field message code } }
  }
`);

export const RejectReturnMutation = graphql(`
  mutation AsRejectReturn($input: ReturnActionInput!) {
    rejectReturn(input: $input) { returnRequest { ...AsReturnDetail } errors { field message code } }
  }
`);

export const CancelReturnMutation = graphql(`
  mutation AsCancelReturn($input: ReturnActionInput!) {
    cancelReturn(input: $input) { returnRequest { ...AsReturnDetail } errors { field message code } }
  }
`);

export const CompleteReturnMutation = graphql(`
  mutation AsCompleteReturn($input: ReturnActionInput!) {
    completeReturn(input: $input) { returnRequest { ...AsReturnDetail } errors { field message code } }
  }
`);

export const ReceiveReturnMutation = graphql(`
  mutation AsReceiveReturn($input: ReceiveReturnInput!) {
    receiveReturn(input: $input) { returnRequest { ...AsReturnDetail } errors { field message code } }
  }
`);

export const InspectReturnMutation = graphql(`
  mutation AsInspectReturn($input: InspectReturnInput!) {
    inspectReturn(input: $input) { returnRequest { ...AsReturnDetail } errors { field message code } }
  }
`);

export const CreateExchangeOrderMutation = graphql(`
  mutation AsCreateExchangeOrder($input: CreateExchangeOrderInput!) {
    createExchangeOrder(input: $input) { errors { field message code } }
  }
`);

export const RequestRefundMutation = graphql(`
  mutation AsRequestRefund($input: RequestRefundInput!) {
    requestRefund(input: $input) { refund { id code status } errors { field message code } }
  }
`);
