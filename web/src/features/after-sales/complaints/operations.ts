import { graphql } from '../../../gql';

export const ComplaintDetailFragment = graphql(`
  fragment AsComplaintDetail on Complaint {
    id code state step channel category content demand receivedAt dueAt overdue remainingSeconds resolvedWithin24h
    customer { id name phone }
    order { id code status paidFen lines { id title skuCode quantity isGift } }
    product { id title }
    sku { id code }
    handler { id name }
    registeredBy { id name }
    complaintRequest { id summary }
    valid demandReasonable judgmentNote invalidReply judgedAt
    responsibleDepartment { id code name nameEn }
    cause findings courierName investigatedAt
    responsibleUser { id name }
    supplier { id code name }
    proposals { id solution amountFen description status proposedByLabel decidedAt decisionNote createdAt proposedBy { id name } decidedBy { id name } }
    implementationNote disciplinaryNote notifiedChannel notifiedAt implementedAt
    returnRequest { id code status type }
    acceptanceConfirmedBy acceptanceMethod acceptedAt customerFeedback
    classification rootCause improvementAction resolvedAt resolutionMinutes
    followUpTask { id status dueAt assignee { id name } }
    timeline { id at actorLabel actor { id name } fromState toState note }
  }
`);

export const ComplaintQuery = graphql(`
  query AsComplaint($id: ID!) {
    complaint(id: $id) { ...AsComplaintDetail }
  }
`);

export const ComplaintRowFragment = graphql(`
  fragment AsComplaintRow on Complaint {
    id code state step channel category content receivedAt dueAt overdue resolvedAt resolutionMinutes resolvedWithin24h
    customer { id name }
    order { id code }
    handler { id name }
    responsibleDepartment { id name nameEn }
  }
`);

export const ComplaintsQuery = graphql(`
  query AsComplaints($first: Int, $after: String, $where: ComplaintFilter, $sort: ComplaintSort) {
    complaints(first: $first, after: $after, where: $where, sort: $sort) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes { ...AsComplaintRow }
    }
  }
`);

export const RegisterComplaintMutation = graphql(`
  mutation AsRegisterComplaint($input: RegisterComplaintInput!) {
    registerComplaint(input: $input) {
      complaint { id code }
      errors { field message code }
    }
  }
`);

export const JudgeComplaintMutation = graphql(`
  mutation AsJudgeComplaint($input: JudgeComplaintInput!) {
    judgeComplaint(input: $input) { complaint { ...AsComplaintDetail } errors { field message code } }
  }
`);

export const InvestigateComplaintMutation = graphql(`
  mutation AsInvestigateComplaint($input: InvestigateComplaintInput!) {
    investigateComplaint(input: $input) { complaint { ...AsComplaintDetail } errors { field message code } }
  }
`);

export const ProposeSolutionMutation = graphql(`
  mutation AsProposeSolution($input: ProposeComplaintSolutionInput!) {
    proposeComplaintSolution(input: $input) { complaint { ...AsComplaintDetail } errors { field message code } }
  }
`);

export const ApproveProposalMutation = graphql(`
  mutation AsApproveProposal($input: ApproveComplaintProposalInput!) {
    approveComplaintProposal(input: $input) { complaint { ...AsComplaintDetail } errors { field message code } }
  }
`);

export const RejectProposalsMutation = graphql(`
  mutation AsRejectProposals($input: RejectComplaintProposalsInput!) {
    rejectComplaintProposals(input: $input) { complaint { ...AsComplaintDetail } errors { field message code } }
  }
`);

export const RecordImplementationMutation = graphql(`
  mutation AsRecordImplementation($input: RecordComplaintImplementationInput!) {
    recordComplaintImplementation(input: $input) { complaint { ...AsComplaintDetail } errors { field message code } }
  }
`);

export const RecordAcceptanceMutation = graphql(`
  mutation AsRecordAcceptance($input: RecordComplaintAcceptanceInput!) {
    recordComplaintAcceptance(input: $input) { complaint { ...AsComplaintDetail } errors { field message code } }
  }
`);

export const SummarizeComplaintMutation = graphql(`
  mutation AsSummarizeComplaint($input: SummarizeComplaintInput!) {
    summarizeComplaint(input: $input) { complaint { ...AsComplaintDetail } errors { field message code } }
  }
`);

/** What the complaint forms pick from (handlers, responsible staff, suppliers), for after-sales staff without user:read or partner:read. */
export const ComplaintChoicesQuery = graphql(`
  query AsComplaintChoices($complaintId: ID) {
    complaintChoices(complaintId: $complaintId) {
      handlers { id name email }
      staff { id name email }
      suppliers { id code name }
      suggestedSupplier { id code name }
    }
  }
`);
