import { graphql } from '../../../gql';

export const CallbackTasksQuery = graphql(`
  query CsCallbackTasks($first: Int, $after: String, $where: CallbackTaskFilter, $sort: CallbackTimeSort) {
    callbackTasks(first: $first, after: $after, where: $where, sort: $sort) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes {
        id status dueAt scheduledAt attempts reached rating overdue callableNow nextCallableAt followUpNeeded followUpResolvedAt late
        customer { id name phone contactMasked vip memberLevel { id name } }
        campaign { id code name purpose callableHours }
        assignee { id name }
      }
    }
  }
`);

export const CallbackTaskQuery = graphql(`
  query CsCallbackTask($id: ID!) {
    callbackTask(id: $id) {
      id status dueAt scheduledAt attempts channel calledAt reached rating opinions suggestions
      followUpNeeded followUpNote followUpResolvedAt followUpResolution late completedAt overdue callableNow nextCallableAt memberAtStart
      customer { id name phone email contactMasked vip tags memberLevel { id name } }
      assignee { id name }
      complaintRequest { id status summary createdAt }
      campaign {
        id code name purpose status dueAt scriptOpening scriptSatisfied scriptUnsatisfied callableHours
        quietHours { start end }
      }
      history { id at actorLabel actor { id name } fromState toState note }
    }
  }
`);


export const RecordCallbackMutation = graphql(`
  mutation CsRecordCallback($input: RecordCallbackInput!) {
    recordCallback(input: $input) {
      task {
        id status attempts reached rating opinions suggestions followUpNeeded followUpNote completedAt calledAt channel late
        complaintRequest { id status summary createdAt }
      }
      complaintRequest { id status summary }
      errors { field message code }
    }
  }
`);

export const ScheduleCallbackMutation = graphql(`
  mutation CsScheduleCallback($input: ScheduleCallbackInput!) {
    scheduleCallback(input: $input) {
      task { id status scheduledAt }
      errors { field message code }
    }
  }
`);

export const RaiseComplaintMutation = graphql(`
  mutation CsRaiseCallbackComplaint($input: RaiseCallbackComplaintInput!) {
    raiseCallbackComplaint(input: $input) {
      complaintRequest { id status summary createdAt }
      errors { field message code }
    }
  }
`);

export const ResolveFollowUpMutation = graphql(`
  mutation CsResolveFollowUp($input: ResolveFollowUpInput!) {
    resolveCallbackFollowUp(input: $input) {
      task { id followUpNeeded followUpResolvedAt followUpResolution }
      errors { field message code }
    }
  }
`);
