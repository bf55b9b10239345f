import { graphql } from '../../../gql';

export const RefundsQuery = graphql(`
  query AsRefunds($first: Int, $after: String, $where: RefundFilter, $sort: RefundSort) {
    refunds(first: $first, after: $after, where: $where, sort: $sort) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes {
        id code amountFen method status needsSecondApproval reason orderCode requestedByLabel
        firstApproverLabel firstApprovedAt secondApproverLabel secondApprovedAt paidAt rejectionReason createdAt
        returnRequest { id code type }
      }
    }
  }
`);

export const ApproveRefundMutation = graphql(`
  mutation AsApproveRefund($input: RefundActionInput!) {
    approveRefund(input: $input) {
      refund { id status firstApproverLabel firstApprovedAt secondApproverLabel secondApprovedAt paidAt updatedAt }
      errors { field message code }
    }
  }
`);

export const RejectRefundMutation = graphql(`
  mutation AsRejectRefund($input: RefundActionInput!) {
    rejectRefund(input: $input) {
      refund { id status rejectionReason updatedAt }
      errors { field message code }
    }
  }
`);
