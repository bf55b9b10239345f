import { graphql } from '../../../gql';

export const CampaignsQuery = graphql(`
  query CsCallbackCampaigns($first: Int, $after: String, $where: CallbackCampaignFilter, $sort: CallbackTimeSort) {
    callbackCampaigns(first: $first, after: $after, where: $where, sort: $sort) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes {
        id code name purpose status triggerAt dueAt
        progress { tasks open scheduled done expired reached overdue }
        coverage { members membersReached rate target meetsRule }
      }
    }
  }
`);

export const CampaignQuery = graphql(`
  query CsCallbackCampaign($id: ID!) {
    callbackCampaign(id: $id) {
      id code name purpose status triggerAt dueDays dueAt startedAt closedAt createdAt
      scriptOpening scriptSatisfied scriptUnsatisfied callableHours
      quietHours { start end }
      criteria { membersOnly memberLevelIds boughtFrom boughtTo segments tags vipOnly customerIds }
      specialists { id name }
      createdBy { id name }
      progress { tasks open scheduled done expired reached overdue }
      coverage { members membersReached rate target meetsRule }
      history { id at actorLabel actor { id name } fromState toState note }
      report {
        archived generatedAt tasks completed reached reachRate late members membersReached memberCoverage
        satisfied average unsatisfied complaints
        suggestions { taskId customerId customerName specialistName rating text }
        unresolvedFollowUps { taskId customerId customerName specialistName rating text }
        perSpecialist { specialistId specialistName tasks completed reached reachRate satisfied average unsatisfied late openFollowUps complaints }
      }
    }
  }
`);

export const AudienceCountQuery = graphql(`
  query CsCallbackAudienceCount($criteria: CallbackCriteriaInput) {
    callbackAudienceCount(criteria: $criteria)
  }
`);

export const ReportCsvQuery = graphql(`
  query CsCallbackReportCsv($campaignId: ID!) {
    callbackReportCsv(campaignId: $campaignId)
  }
`);

export const CreateCampaignMutation = graphql(`
  mutation CsCreateCallbackCampaign($input: CreateCallbackCampaignInput!) {
    createCallbackCampaign(input: $input) {
      campaign { id code }
      errors { field message code }
    }
  }
`);

export const StartCampaignMutation = graphql(`
  mutation CsStartCallbackCampaign($input: CampaignActionInput!) {
    startCallbackCampaign(input: $input) {
      campaign { id status startedAt }
      errors { field message code }
    }
  }
`);

export const CloseCampaignMutation = graphql(`
  mutation CsCloseCallbackCampaign($input: CampaignActionInput!) {
    closeCallbackCampaign(input: $input) {
      campaign { id status closedAt }
      errors { field message code }
    }
  }
`);

export const CancelCampaignMutation = graphql(`
  mutation CsCancelCallbackCampaign($input: CampaignActionInput!) {
    cancelCallbackCampaign(input: $input) {
      campaign { id status }
      errors { field message code }
    }
  }
`);
