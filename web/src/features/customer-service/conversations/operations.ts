import { graphql } from '../../../gql';

export const ConversationsQuery = graphql(`
  query CsConversations($first: Int, $after: String, $where: ConversationFilter, $sort: ChatTimeSort) {
    conversations(first: $first, after: $after, where: $where, sort: $sort) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes {
        id channel startedAt endedAt messageCount responseCount unansweredCount
        firstResponseSeconds firstResponseWithinTarget avgResponseSeconds source
        customer { id name }
        staff { id name }
      }
    }
  }
`);

export const ConversationQuery = graphql(`
  query CsConversation($id: ID!) {
    conversation(id: $id) {
      id channel startedAt note firstResponseSeconds avgResponseSeconds
      customer { id name }
      messages { id at sender text responseSeconds staff { id name } }
    }
  }
`);

export const ResponseTimeStatsQuery = graphql(`
  query CsResponseTimeStats($from: DateTime, $to: DateTime) {
    responseTimeStats(from: $from, to: $to) {
      from to targetSeconds stretchSeconds
      rows {
        conversations answeredConversations avgFirstResponseSeconds avgResponseSeconds firstResponseWithinTarget
        responses withinTarget withinStretch slowestSeconds
        specialist { id name }
      }
    }
  }
`);
