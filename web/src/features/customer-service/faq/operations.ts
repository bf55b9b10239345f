import { graphql } from '../../../gql';

export const QuickRepliesQuery = graphql(`
  query CsQuickReplies($first: Int, $after: String, $where: QuickReplyFilter, $sort: QuickReplySort) {
    quickReplies(first: $first, after: $after, where: $where, sort: $sort) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes { id kind category title content keywords usageCount active }
    }
  }
`);

export const UseQuickReplyMutation = graphql(`
  mutation CsUseQuickReply($input: IdInput!) {
    useQuickReply(input: $input) {
      quickReply { id usageCount }
      errors { field message code }
    }
  }
`);

export const CreateQuickReplyMutation = graphql(`
  mutation CsCreateQuickReply($input: CreateQuickReplyInput!) {
    createQuickReply(input: $input) {
      quickReply { id }
      errors { field message code }
    }
  }
`);
