import { graphql } from '../../../gql';

export const LeadListsQuery = graphql(`
  query CsLeadLists($first: Int, $after: String, $where: LeadListFilter) {
    leadLists(first: $first, after: $after, where: $where) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes {
        id name campaign status targetConversions createdAt
        summary {
          leads called converted utilisation conversionRate targetAchieved
          refusalReasons { reason count }
          perStaff { leads called converted interested refused staff { id name } }
        }
      }
    }
  }
`);

export const LeadsQuery = graphql(`
  query CsLeads($first: Int, $after: String, $where: LeadFilter) {
    leads(first: $first, after: $after, where: $where) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes { id name phone outcome refusalReason attempts lastCalledAt note assignee { id name } customer { id name } }
    }
  }
`);

export const RecordLeadCallMutation = graphql(`
  mutation CsRecordLeadCall($input: RecordLeadCallInput!) {
    recordLeadCall(input: $input) {
      lead { id outcome refusalReason attempts lastCalledAt note }
      errors { field message code }
    }
  }
`);
