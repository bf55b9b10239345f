import { graphql } from '../../../gql';


export const CustomersCsvQuery = graphql(`
  query CsCustomersCsv($where: CustomerFilter, $sort: CustomerSort) {
    customersCsv(where: $where, sort: $sort)
  }
`);


export const CustomerQuery = graphql(`
  query CsCustomer($id: ID!) {
    customer(id: $id) {
      id
      name
      phone
      email
      address
      platformAccount
      contactMasked
      channel
      status
      tags
      notes
      vip
      vipSince
      isMember
      memberSince
      memberLevel { id name code }
      lifetimeValueFen
      orderCount
      lastOrderAt
      rfm { segment recency frequency monetary recencyDays }
      assignee { id name }
      assignedAt
      firstContactDueAt
      firstContactAt
      firstContactOverdue
      lastContactAt
      createdAt
      assignments {
        id assignedAt endedAt endReason method note dueAt firstContactAt firstContactLate assignedByLabel
        specialist { id name }
      }
    }
  }
`);

export const ContactLogsQuery = graphql(`
  query CsContactLogs($first: Int, $after: String, $where: ContactLogFilter) {
    contactLogs(first: $first, after: $after, where: $where) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes { id at kind channel direction outcome summary careType staffLabel }
    }
  }
`);

export const LogContactMutation = graphql(`
  mutation CsLogContact($input: LogContactInput!) {
    logContact(input: $input) {
      contact { id }
      errors { field message code }
    }
  }
`);

export const LogCareActionMutation = graphql(`
  mutation CsLogCareAction($input: LogCareActionInput!) {
    logCareAction(input: $input) {
      contact { id }
      errors { field message code }
    }
  }
`);

export const UpdateCustomerMutation = graphql(`
  mutation CsUpdateCustomer($input: UpdateCustomerInput!) {
    updateCustomer(input: $input) {
      customer { id tags notes }
      errors { field message code }
    }
  }
`);

export const SetMemberLevelMutation = graphql(`
  mutation CsSetMemberLevel($input: SetCustomerMemberLevelInput!) {
    setCustomerMemberLevel(input: $input) {
      customer { id vip vipSince isMember memberSince memberLevel { id name code } }
      errors { field message code }
    }
  }
`);

export const CreateCustomerMutation = graphql(`
  mutation CsCreateCustomer($input: CreateCustomerInput!) {
    createCustomer(input: $input) {
      customer { id }
      errors { field message code }
    }
  }
`);
