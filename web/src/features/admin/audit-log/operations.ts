import { graphql } from '../../../gql';

export const AuditLogsQuery = graphql(`
  query AuditLogs($first: Int, $after: String, $where: AuditLogFilter, $sort: AuditLogSort) {
    auditLogs(first: $first, after: $after, where: $where, sort: $sort) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes { id at actorLabel operation entityType entityId summary requestId actor { id name email } }
    }
  }
`);

export const AuditActorsQuery = graphql(`
  query AuditActors {
    users(first: 100, sort: { field: NAME, direction: ASC }) {
      nodes { id name email }
    }
  }
`);
