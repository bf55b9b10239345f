import { graphql } from '../../../gql';

export const ComplaintBoardQuery = graphql(`
  query AsComplaintBoard($mine: Boolean) {
    complaintBoard(mine: $mine) { state step count overdueCount }
    complaints(first: 100, where: { open: true, mine: $mine }, sort: { field: DUE_AT, direction: ASC }) {
      totalCount
      nodes { ...AsComplaintRow }
    }
  }
`);

export const OverdueComplaintsQuery = graphql(`
  query AsOverdueComplaints($first: Int, $after: String, $responsibleDepartmentId: ID) {
    overdueComplaints(first: $first, after: $after, responsibleDepartmentId: $responsibleDepartmentId) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes { ...AsComplaintRow }
    }
  }
`);

export const OpenComplaintRequestsQuery = graphql(`
  query AsOpenComplaintRequests {
    complaintRequests(first: 20, where: { status: OPEN }) {
      totalCount
      nodes { id summary createdAt raisedByLabel raisedBy { id name } customer { id name } }
    }
  }
`);
