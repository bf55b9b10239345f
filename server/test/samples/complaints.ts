import type { OperationSample } from '../operation-samples.js';

/** One harmless call per root operation of the complaints module (see operation-samples.ts). */
export const COMPLAINTS_SAMPLES: Record<string, OperationSample> = {
  complaints: { query: '{ complaints(first: 1) { totalCount } }' },
  complaint: { query: '{ complaint(id: "999999") { id } }' },
  overdueComplaints: { query: '{ overdueComplaints(first: 1) { totalCount } }' },
  complaintBoard: { query: '{ complaintBoard { state count } }' },
  complaintStatistics: { query: '{ complaintStatistics(from: "2026-01-01T00:00:00Z", to: "2026-02-01T00:00:00Z") { from } }' },
  complaintChoices: { query: '{ complaintChoices(complaintId: "999999") { suggestedSupplier { id } } }' },
  registerComplaint: { query: 'mutation { registerComplaint(input: { customerId: "999999", channel: PHONE, category: QUALITY, content: "", demand: "" }) { errors { code } } }' },
  assignComplaint: { query: 'mutation { assignComplaint(input: { id: "999999", handlerId: "999999" }) { errors { code } } }' },
  judgeComplaint: { query: 'mutation { judgeComplaint(input: { id: "999999", valid: false }) { errors { code } } }' },
  investigateComplaint: { query: 'mutation { investigateComplaint(input: { id: "999999", cause: OTHER, findings: "" }) { errors { code } } }' },
  proposeComplaintSolution: { query: 'mutation { proposeComplaintSolution(input: { complaintId: "999999", solution: APOLOGY, description: "" }) { errors { code } } }' },
  approveComplaintProposal: { query: 'mutation { approveComplaintProposal(input: { proposalId: "999999" }) { errors { code } } }' },
  rejectComplaintProposals: { query: 'mutation { rejectComplaintProposals(input: { id: "999999", note: "" }) { errors { code } } }' },
  recordComplaintImplementation: { query: 'mutation { recordComplaintImplementation(input: { id: "999999", note: "", notifiedChannel: PHONE }) { errors { code } } }' },
  recordComplaintAcceptance: { query: 'mutation { recordComplaintAcceptance(input: { id: "999999", confirmedBy: "", method: PHONE }) { errors { code } } }' },
  summarizeComplaint: { query: 'mutation { summarizeComplaint(input: { id: "999999", classification: "", rootCause: "", improvementAction: "" }) { errors { code } } }' },
};
