import { graphql } from '../../../gql';
import type { RfqStatus } from '../../../gql/graphql';

export const RFQ_STATUSES: RfqStatus[] = ['DRAFT', 'SENT', 'AWARDED', 'CLOSED', 'CANCELLED'];

export const RfqsQuery = graphql(`
  query Rfqs($first: Int, $after: String, $where: RfqFilter, $sort: TimeSort) {
    rfqs(first: $first, after: $after, where: $where, sort: $sort) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes { id code title status replyBy createdAt createdBy { id name } suppliers { id code name } lines { id } }
    }
  }
`);

export const RfqQuery = graphql(`
  query Rfq($id: ID!) {
    rfq(id: $id) {
      id code title status replyBy note negotiationNotes createdAt
      createdBy { id name }
      suppliers { id code name }
      lines { id quantity sku { id code spec { name value } product { id title } } }
      history { id at actorLabel actor { id name } fromState toState note }
    }
    rfqComparison(id: $id) {
      line { id }
      quotes {
        lineTotal expired meetsQuantity bestPrice bestLeadTime bestSupplierScore supplierScore
        quote { id unitPrice leadTimeDays minOrderQuantity validUntil note awarded supplier { id } }
      }
    }
  }
`);


export const CreateRfqMutation = graphql(`
  mutation CreateRfq($input: CreateRfqInput!) {
    createRfq(input: $input) { rfq { id code } errors { field message code } }
  }
`);

export const SendRfqMutation = graphql(`
  mutation SendRfq($input: RfqActionInput!) {
    sendRfq(input: $input) { rfq { id status updatedAt history { id at actorLabel actor { id name } fromState toState note } } errors { field message code } }
  }
`);

export const CloseRfqMutation = graphql(`
  mutation CloseRfq($input: RfqActionInput!) {
    closeRfq(input: $input) { rfq { id status updatedAt history { id at actorLabel actor { id name } fromState toState note } } errors { field message code } }
  }
`);

export const CancelRfqMutation = graphql(`
  mutation CancelRfq($input: RfqActionInput!) {
    cancelRfq(input: $input) { rfq { id status updatedAt history { id at actorLabel actor { id name } fromState toState note } } errors { field message code } }
  }
`);

export const RecordRfqQuotesMutation = graphql(`
  mutation RecordRfqQuotes($input: RecordRfqQuotesInput!) {
    recordRfqQuotes(input: $input) { rfq { id } errors { field message code } }
  }
`);

export const AwardRfqMutation = graphql(`
  mutation AwardRfq($input: AwardRfqInput!) {
    awardRfq(input: $input) {
      rfq { id status negotiationNotes updatedAt history { id at actorLabel actor { id name } fromState toState note } }
      errors { field message code }
    }
  }
`);
